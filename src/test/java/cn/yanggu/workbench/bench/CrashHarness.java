package cn.yanggu.workbench.bench;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Crash safety: a child JVM writes bursts of edits through the real application path (Workbench → Editor, one
 * transaction each, some edits of three records, an import of the whole plan and a manual backup now and then)
 * and prints the id of every edit once {@code apply} has returned (committed). The harness kills it with SIGKILL
 * after a random number of acknowledgements — while it is in the middle of the next write — then reopens the
 * database and checks {@code PRAGMA integrity_check}, that every acknowledged edit is there, and that no
 * three-record edit is there in part. Repeated RUNS times on one database.
 * Run: {@code packaging/crash-harness.sh [RUNS]} (default 200).
 */
public final class CrashHarness {
    /** Figures of a harness run. */
    public record Result(int runs, int corruptions, int lostEdits, int partialEdits, long acknowledged,
                         int childFailures) {
        @Override
        public String toString() {
            return "runs=" + runs + " corruptions=" + corruptions + " lostEdits=" + lostEdits
                    + " partialEdits=" + partialEdits + " acknowledgedEdits=" + acknowledged
                    + " childFailures=" + childFailures;
        }

        public boolean clean() {
            return corruptions == 0 && lostEdits == 0 && partialEdits == 0 && childFailures == 0;
        }
    }

    private CrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Path.of(args[1]), args[2], Long.parseLong(args[3]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("crash-harness");
        Result r = run(runs, dir.resolve("crash.db"), 20240601L, System.getProperty("java.class.path"), System.out);
        System.out.println("RESULT " + r);
        System.exit(r.clean() ? 0 : 1);
    }

    /** Runs the harness; {@code classpath} must hold the application and this class. */
    public static Result run(int runs, Path db, long seed, String classpath, PrintStream log) throws Exception {
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int corruptions = 0;
        int lost = 0;
        int partial = 0;
        int childFailures = 0;
        Path childErr = db.resolveSibling("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 1; run <= runs; run++) {
            int killAfter = 1 + random.nextInt(40);
            Process p = new ProcessBuilder(java, "-Xmx200m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                    CrashHarness.class.getName(), "child", db.toString(), "r" + run, Long.toString(random.nextLong()))
                    .redirectError(childErr.toFile()).start();
            int acks = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        String id = line.substring(4);
                        acknowledged.add(id);
                        if (id.contains("-g")) {
                            groups.add(id);
                        }
                        if (++acks >= killAfter) {
                            p.destroyForcibly();   // SIGKILL on Linux and macOS, TerminateProcess on Windows
                            break;
                        }
                    }
                }
            }
            p.waitFor(60, TimeUnit.SECONDS);
            if (acks < killAfter) {
                // the child stopped by itself: a failure of the harness or the application, not a kill
                childFailures++;
                log.println("run " + run + ": the child ended by itself after " + acks + " edits: "
                        + Files.readString(childErr).lines().limit(5).toList());
            }
            // check what is on disk
            String integrity;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                integrity = rs.next() ? rs.getString(1) : "?";
            }
            int runLost = 0;
            int runPartial = 0;
            if (!"ok".equals(integrity)) {
                corruptions++;
            } else {
                Set<String> present = new HashSet<>();
                try (Workbench wb = Workbench.open(db)) {
                    for (Project pr : wb.loadPlan().projects()) {
                        present.add(pr.code());
                    }
                }
                for (String id : acknowledged) {
                    if (!present.contains(id)) {
                        runLost++;
                    }
                }
                Set<String> groupIds = new HashSet<>();
                for (String code : present) {
                    int g = code.indexOf("-g");
                    if (g > 0 && code.lastIndexOf('-') > g) {
                        groupIds.add(code.substring(0, code.lastIndexOf('-')));
                    }
                }
                for (String group : groupIds) {
                    for (int k = 0; k < 3; k++) {
                        if (!present.contains(group + "-" + k)) {
                            runPartial++;
                        }
                    }
                }
                lost += runLost;
                partial += runPartial;
            }
            log.println("run " + run + ": killed after " + acks + " acknowledged edits; integrity_check=" + integrity
                    + "; lost=" + runLost + "; partial=" + runPartial + "; acknowledged so far=" + acknowledged.size());
            log.flush();
        }
        return new Result(runs, corruptions, lost, partial, acknowledged.size(), childFailures);
    }

    /** The child: writes until it is killed, printing each committed edit's id. */
    private static void child(Path db, String prefix, long seed) throws IOException {
        Random random = new Random(seed);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (Workbench wb = Workbench.open(db)) {
            Plan plan = wb.loadPlan();
            Project template = plan.projects().get(0);
            Path export = db.resolveSibling(prefix + "-export.json");
            for (int n = 0; ; n++) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    // a three-record edit: all of it or nothing
                    String group = prefix + "-g" + n;
                    List<Change> changes = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        changes.add(Change.create(copy(template, group + "-" + k)));
                    }
                    wb.editor().apply(new Edit("crash " + group, changes));
                    for (int k = 0; k < 3; k++) {
                        out.println("ACK " + group + "-" + k);
                    }
                } else if (kind == 1) {
                    // the whole plan written back in one import transaction (with its before-import backup)
                    wb.exportJson(export, "crash");
                    wb.importJson(export);
                } else if (kind == 2) {
                    wb.backup(cn.yanggu.workbench.app.Backups.Reason.MANUAL);
                } else {
                    String id = prefix + "-" + n;
                    wb.editor().apply(Edit.of("crash " + id, Change.create(copy(template, id))));
                    out.println("ACK " + id);
                }
                out.flush();
            }
        }
    }

    private static Project copy(Project p, String code) {
        return new Project(code, "崩溃测试 " + code, p.chainCode(), p.zoneCode(), p.enterpriseCode(), p.kind(),
                p.stage(), p.investmentWan(), p.startYear(), p.finishYear(), List.of(), List.of(), p.source(), null);
    }
}
