package cn.yanggu.workbench;

import cn.yanggu.workbench.cli.Cli;
import cn.yanggu.workbench.ui.WorkbenchApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench runs on air-gapped PCs: in a JVM whose security manager refuses (and records) every socket —
 * connect, listen, accept, datagram, name lookup — every command-line command and a start of the window (headless)
 * run to their normal end and no socket is asked for.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    @Test
    void noCommandAndNoWindowStartOpensASocket() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.security.manager=allow", "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dworkbench.probe=exit",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        List<String> lines = output.lines().filter(l -> l.startsWith("SOCKET") || l.startsWith("RAN")).toList();
        System.out.println(output.lines().filter(l -> l.startsWith("LOOKUP") || l.startsWith("RAN")).toList());
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("SOCKET")).toList(), output);
        // the one lookup allowed to be attempted (and refused): the JDK's font configuration on Linux asks for this
        // machine's own name to name its cache file; it copes with the refusal and no socket follows
        assertTrue(output.lines().filter(l -> l.startsWith("LOOKUP"))
                .allMatch(l -> l.endsWith(" by sun.font.FcFontConfiguration")), output);
        List<String> ran = lines.stream().filter(l -> l.startsWith("RAN")).toList();
        assertEquals(List.of("RAN --help 0", "RAN --version 0", "RAN export 0", "RAN import 0", "RAN charts 0",
                "RAN charts-svg 0", "RAN deck 0", "RAN check-admission 0", "RAN backup 0", "RAN restore 0",
                "RAN export-xlsx 0", "RAN template 0", "RAN import-xlsx 0", "RAN report 0", "RAN package-export 0",
                "RAN package-dry-run 0", "RAN package-import 0", "RAN bad-file 1", "RAN window 0"), ran, output);
        assertEquals(0, p.exitValue(), output);
    }

    /** The forked JVM: a socket-refusing security manager, then every command and the window. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            String db = dir.resolve("w.db").toString();
            System.setSecurityManager(new SecurityManager() {
                @Override
                public void checkPermission(Permission perm) {
                    if (perm instanceof SocketPermission) {
                        if (perm.getActions().equals("resolve")) {
                            // a name lookup, refused too; the caller is named so the test can say whose it was
                            String caller = java.util.Arrays.stream(new Throwable().getStackTrace())
                                    .map(StackTraceElement::getClassName)
                                    .filter(c -> !c.startsWith("java.") && !c.contains("NoNetworkTest"))
                                    .findFirst().orElse("?");
                            System.out.println("LOOKUP " + perm.getName() + " by " + caller);
                        } else {
                            System.out.println("SOCKET " + perm);
                        }
                        System.out.flush();
                        throw new SecurityException("no network: " + perm);
                    }
                }

                @Override
                public void checkPermission(Permission perm, Object context) {
                    checkPermission(perm);
                }
            });
            java.nio.file.Files.writeString(dir.resolve("text.db"), "not a database");
            List<String[]> commands = new ArrayList<>();
            commands.add(new String[] {"--help", "--help"});
            commands.add(new String[] {"--version", "--version"});
            commands.add(new String[] {"export", "--db", db, "export", "--format", "json", "--out", dir.resolve("p.json").toString()});
            commands.add(new String[] {"import", "--db", db, "import", "--format", "json", "--in", dir.resolve("p.json").toString()});
            commands.add(new String[] {"charts", "--db", db, "charts", "--out", dir.resolve("png").toString(),
                "--width", "640", "--height", "360"});
            commands.add(new String[] {"charts-svg", "--db", db, "charts", "--format", "svg", "--out", dir.resolve("svg").toString()});
            commands.add(new String[] {"deck", "--db", db, "deck", "--out", dir.resolve("d.pptx").toString()});
            commands.add(new String[] {"check-admission", "--db", db, "check-admission", "--land-mu", "50",
                "--investment-wan", "20000", "--tax-wan", "2000", "--site-m2", "33333", "--floor-m2", "60000",
                "--footprint-m2", "20000"});
            commands.add(new String[] {"backup", "--db", db, "backup", "--out", dir.resolve("b.db").toString()});
            commands.add(new String[] {"restore", "--db", db, "restore", "--in", dir.resolve("b.db").toString()});
            commands.add(new String[] {"export-xlsx", "--db", db, "export", "--format", "xlsx", "--out",
                dir.resolve("p.xlsx").toString()});
            commands.add(new String[] {"template", "--db", db, "template", "--year", "2023", "--out",
                dir.resolve("t.xlsx").toString()});
            commands.add(new String[] {"import-xlsx", "--db", db, "import", "--format", "xlsx", "--in",
                dir.resolve("t.xlsx").toString()});
            commands.add(new String[] {"report", "--db", db, "report", "--year", "2023", "--kind", "midterm", "--out",
                dir.resolve("r.docx").toString()});
            commands.add(new String[] {"package-export", "--db", db, "package", "export", "--office", "十五里园镇",
                "--out", dir.resolve("k.ygpkg").toString()});
            commands.add(new String[] {"package-dry-run", "--db", db, "package", "import", "--in",
                dir.resolve("k.ygpkg").toString(), "--dry-run"});
            commands.add(new String[] {"package-import", "--db", db, "package", "import", "--in",
                dir.resolve("k.ygpkg").toString(), "--theirs"});
            commands.add(new String[] {"bad-file", "--db", dir.resolve("text.db").toString(), "export", "--format",
                "json", "--out", dir.resolve("x.json").toString()});
            for (String[] c : commands) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                String[] cliArgs = java.util.Arrays.copyOfRange(c, 1, c.length);
                int code = Cli.run(cliArgs, new PrintWriter(out), new PrintWriter(err), (d, l) -> {
                    throw new AssertionError("no window here");
                });
                if (c[0].equals("check-admission") && code == Cli.RULE_FAILED) {
                    code = 0;   // a verdict either way is a normal end
                }
                if (code != 0 && !c[0].equals("bad-file")) {
                    System.out.println("ERR " + c[0] + ": " + err);
                }
                System.out.println("RAN " + c[0] + " " + code);
            }
            // the window as the launcher starts it (the toolkit early): opens the database, shows the overview with
            // its data, quits (-Dworkbench.probe=exit)
            cn.yanggu.workbench.ui.EarlyToolkit early = cn.yanggu.workbench.ui.EarlyToolkit.begin();
            int code = Cli.run(new String[] {"--db", db}, new PrintWriter(System.out), new PrintWriter(System.out),
                    (d, l) -> WorkbenchApp.launchWith(d, l, early));
            System.out.println("RAN window " + code);
            System.out.flush();
            System.exit(0);
        }
    }
}
