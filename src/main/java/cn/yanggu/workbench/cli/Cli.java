package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.AdmissionText;
import cn.yanggu.workbench.app.DataPaths;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Admission;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.yanggu.workbench.domain.ServerAddress;
import java.util.concurrent.Callable;

/**
 * The command line. Without a subcommand it starts the window; with one it works headless (no display needed)
 * and prints at most one line on failure. Exit codes: 0 done, 1 the work failed, 2 bad arguments.
 */
// scope INHERIT: every subcommand (and a new one, without anyone remembering) answers --help and --version;
// asking for help makes required options not required, so `report --help` prints its usage and exits 0
@Command(name = "planning-workbench", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, scope = CommandLine.ScopeType.INHERIT,
        description = {"阳谷经济开发区规划工作台 — Yanggu Zone Planning Workbench.",
                "不带子命令时打开工作台窗口 / without a subcommand, opens the workbench window."})
public final class Cli implements Callable<Integer> {
    /**
     * The subcommands, in the order {@code --help} lists them. Not in the annotation: picocli would build the model of
     * every command and option by reflection on each run (0.2 s, most of {@code --help}); {@link #commandLine} builds
     * the one a run names and only a name and description for the others.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(Cli.Export.class, Cli.Import.class,
            ChartsCommand.class, ChainMapCommand.class, DeckCommand.class, VersionCommand.class, TemplateCommand.class,
            Cli.CheckAdmission.class, ReportCommand.class, PackageCommand.class, BackupCommand.class,
            RestoreCommand.class, MigrateCommand.class);
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Starts the window; returns when it is closed. */
    @FunctionalInterface
    public interface GuiStarter {
        /** {@code database}: a file path or a server address ({@code postgresql://…}). */
        void start(String database, String language);
    }

    @Option(names = "--db", paramLabel = "FILE|postgresql://HOST[:PORT]/DB?user=NAME",
            description = "数据库文件（默认：用户数据目录下的 workbench.db），或局内数据库服务器（密码取自 pgpass）/ database file"
                    + " (default: workbench.db in the user data folder), or the bureau's server database (password from pgpass)")
    String db;

    @Option(names = "--lang", paramLabel = "zh|en", description = "界面语言 / UI language (zh, en)")
    String lang;

    private final GuiStarter gui;
    I18n i18n = I18n.forLanguage(null);
    PrintWriter err;
    PrintWriter out;

    public Cli(GuiStarter gui) {
        this.gui = gui;
    }

    /** Parses and runs {@code args}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, GuiStarter gui) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli prints for --version, without first building the model of every command and option by
            // reflection (0.2 s of a 0.4 s run)
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return OK;
        }
        String help = HelpTexts.forArgs(args);
        if (help != null) {
            out.print(help);
            out.flush();
            return OK;
        }
        Cli cli = new Cli(gui);
        cli.err = err;
        cli.out = out;
        cli.i18n = I18n.forLanguage(languageIn(args));
        String[] window = windowOptions(args);
        if (window != null) {
            // a window start (only --db and --lang, each at most once): what picocli would do, without building its
            // model of every command and option by reflection (some 190 classes on the way to the first frame)
            cli.db = window[0];
            cli.lang = window[1];
            try {
                return cli.call();
            } catch (CliFailure f) {
                return cli.fail(f.code, f.getMessage());
            }
        }
        CommandLine cl = commandLine(cli, args, false);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(cli.i18n.get("cli.error.usage", ex.getMessage()));
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            // a failure already worded for the user (e.g. the database cannot be opened) is printed as it is
            err.println(ex instanceof CliFailure ? ex.getMessage()
                    : cli.i18n.get("cli.error.unexpected", String.valueOf(ex.getMessage())));
            err.flush();
            return ex instanceof CliFailure f ? f.code : FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line of {@code cli} for {@code args}: the subcommand they name (the first argument after the
     * top-level options) with its whole model, every other one by its name and description only, which is all the
     * top-level help and picocli's "did you mean" need ({@code full}: every subcommand's whole model).
     */
    static CommandLine commandLine(Cli cli, String[] args, boolean full) {
        CommandLine cl = new CommandLine(cli);
        String named = subcommandIn(args);
        for (Class<?> type : SUBCOMMANDS) {
            Command c = type.getAnnotation(Command.class);
            if (full || c.name().equals(named) || java.util.Arrays.asList(c.aliases()).contains(named)) {
                cl.addSubcommand(type);
            } else {
                CommandLine.Model.CommandSpec outline = CommandLine.Model.CommandSpec.create().name(c.name())
                        .aliases(c.aliases());
                outline.usageMessage().description(c.description());
                cl.addSubcommand(c.name(), new CommandLine(outline));
            }
        }
        return cl;
    }

    /**
     * The values of {@code --db} and {@code --lang} (null where not given) when {@code args} hold nothing else and
     * each at most once, with a value; null otherwise (the parser then says what is wrong).
     */
    static String[] windowOptions(String[] args) {
        String[] values = new String[2];
        boolean[] seen = new boolean[2];
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int which = a.equals("--db") || a.startsWith("--db=") ? 0 : a.equals("--lang") || a.startsWith("--lang=") ? 1
                    : -1;
            if (which < 0 || seen[which]) {
                return null;
            }
            seen[which] = true;
            int eq = a.indexOf('=');
            if (eq >= 0) {
                values[which] = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                values[which] = args[++i];
            } else {
                return null;
            }
        }
        return values;
    }

    /** The first argument after {@code --db FILE} and {@code --lang L} (in either form), or null. */
    private static String subcommandIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db") || a.equals("--lang")) {
                i++;
            } else if (!a.startsWith("--db=") && !a.startsWith("--lang=")) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether {@code args} ask for the window and nothing else: only {@code --db FILE} and {@code --lang L} (in
     * either form), each at most once. The launcher starts the toolkit early for these (and {@code java -jar}
     * relaunches); anything else is left to the parser.
     */
    public static boolean opensWindow(String[] args) {
        return windowOptions(args) != null;
    }

    private static String languageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        if (!I18n.isSupported(lang)) {
            return fail(USAGE, i18n.get("cli.error.lang", lang));
        }
        if (server() != null) {
            gui.start(server().toString(), lang);
        } else {
            gui.start(database().toString(), lang);
        }
        return OK;
    }

    /** The language of messages (for subcommands in their own files). */
    I18n i18n() {
        return i18n;
    }

    /** Where subcommands print their result. */
    PrintWriter out() {
        return out;
    }

    /** The database file (the default one when --db is not given); for a server database, see {@link #server()}. */
    Path database() {
        return db != null && !ServerAddress.isServer(db) ? Path.of(db) : DataPaths.system().defaultDatabase();
    }

    /**
     * The server database --db names, or null for a file.
     *
     * @throws CliFailure when the address is malformed (one line saying what is wrong)
     */
    ServerAddress server() {
        if (!ServerAddress.isServer(db)) {
            return null;
        }
        try {
            return ServerAddress.parse(db);
        } catch (ServerAddress.Malformed e) {
            throw new CliFailure(USAGE, ErrorText.describe(i18n, e));
        }
    }

    int fail(int code, String line) {
        err.println(line);
        err.flush();
        return code;
    }

    /** Opens the database, turning a store problem into one line in the UI language. */
    Workbench open() {
        ServerAddress server = server();
        Path path = server == null ? database() : null;
        try {
            return server != null ? Workbench.open(server) : Workbench.open(path);
        } catch (RuntimeException e) {
            throw new CliFailure(FAILED, ErrorText.describe(i18n, e));
        }
    }

    /** A failure already worded for the user, and the exit code it ends the run with. */
    static final class CliFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        CliFailure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** {@code export}: writes the whole plan to a file. */
    @Command(name = "export", description = "导出全部规划数据 / export the whole plan")
    static final class Export extends Subcommand {
        @Mixin
        JsonOrXlsx format;

        @Mixin
        OutFile out;

        @Override
        public Integer call() {
            boolean xlsx = format.xlsx(t());
            return writeFile(out, (wb, target) -> {
                if (xlsx) {
                    wb.xlsx().export(target, t(), Version.version(), java.time.ZoneId.systemDefault());
                } else {
                    wb.exportJson(target, Version.version());
                }
            });
        }
    }

    /** {@code import}: applies a file in the export format, all or nothing. */
    @Command(name = "import", description = "导入导出格式的规划数据（全部成功或不做任何改动）/ import a file in the export format (all or nothing)")
    static final class Import extends Subcommand {
        @Mixin
        JsonOrXlsx format;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "输入文件 / input file")
        Path in;

        @Option(names = "--report", paramLabel = "FILE",
                description = "xlsx：把每个错误单元格写入此文本文件 / xlsx: write every bad cell to this text file")
        Path report;

        @Option(names = "--accept-warnings",
                description = "xlsx：与上年值相差 50 倍以上的数值核对无误，仍然导入 / xlsx: import values 50 times or more away from last year's (checked)")
        boolean acceptWarnings;

        @Override
        public Integer call() {
            I18n t = t();
            Cli parent = cli();
            boolean xlsx = format.xlsx(t);
            if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
                return parent.fail(FAILED, t.get("cli.error.cannotRead", in.toAbsolutePath()));
            }
            if (xlsx) {
                return XlsxImport.run(parent, in, report, acceptWarnings);
            }
            try (Workbench wb = open()) {
                var result = wb.importJson(in);
                out().println(t.get("cli.imported", in.getFileName(), result.created(), result.updated(),
                        result.deleted(), result.leads(), result.links(), result.versions()));
                return OK;
            } catch (EditRejected e) {
                StringBuilder b = new StringBuilder(t.get("cli.importRejected", in.getFileName(), e.problems().size()));
                e.problems().stream().limit(50).forEach(p -> b.append(System.lineSeparator()).append("  ")
                        .append(ErrorText.located(t, p)));
                return parent.fail(FAILED, b.toString());
            } catch (CliFailure e) {
                throw e;   // already worded: printed by the execution exception handler
            } catch (IOException | RuntimeException e) {
                return parent.fail(FAILED, t.get("cli.importFailed", in.getFileName(), ErrorText.describe(t, e)));
            }
        }
    }

    /** Exit code of {@code check-admission} when any rule fails. */
    public static final int RULE_FAILED = 3;

    /** {@code check-admission}: a proposed project against the plan's admission rules. */
    @Command(name = "check-admission", description = "入园评审：新项目是否达到规划的入园门槛 / check a proposed project against the admission rules")
    static final class CheckAdmission extends Subcommand {
        @Option(names = "--land-mu", paramLabel = "N", description = "用地（亩）/ land in mu")
        Double landMu;

        @Option(names = "--land-m2", paramLabel = "N", description = "用地（平方米，1 亩 = 666.67 m²）/ land in m²")
        Double landM2;

        @Option(names = "--investment-wan", paramLabel = "N", description = "总投资（万元）/ total investment in 10,000 yuan")
        Double investmentWan;

        @Option(names = "--investment-yuan", paramLabel = "N", description = "总投资（元），代替 --investment-wan / total investment in yuan")
        Double investmentYuan;

        @Option(names = "--tax-wan", paramLabel = "N", description = "预计年税收（万元）/ expected annual tax in 10,000 yuan")
        Double taxWan;

        @Option(names = "--tax-yuan", paramLabel = "N", description = "预计年税收（元），代替 --tax-wan / expected annual tax in yuan")
        Double taxYuan;

        @Option(names = "--site-m2", required = true, paramLabel = "N", description = "用地面积（平方米）")
        double site;

        @Option(names = "--floor-m2", required = true, paramLabel = "N", description = "总建筑面积（平方米）")
        double floor;

        @Option(names = "--footprint-m2", required = true, paramLabel = "N", description = "建筑基底面积（平方米）")
        double footprint;

        @Option(names = "--year", paramLabel = "Y", description = "按该年执行的门槛评审（默认今年）/ use the thresholds in force in year Y (default: this year)")
        Integer year;

        @Option(names = "--save-to-project", paramLabel = "CODE", description = "把评审结果保存到该项目（项目代码或名称）/ save the check with this project (code or name)")
        String project;

        @Override
        public Integer call() {
            I18n t = t();
            Cli parent = cli();
            if ((landMu == null) == (landM2 == null)) {
                return parent.fail(USAGE, t.get("cli.admission.land"));
            }
            if ((investmentWan == null) == (investmentYuan == null) || (taxWan == null) == (taxYuan == null)) {
                return parent.fail(USAGE, t.get("admission.cli.money"));
            }
            int y = year != null ? year : java.time.LocalDate.now().getYear();
            if (y < cn.yanggu.workbench.domain.Validation.MIN_YEAR || y > cn.yanggu.workbench.domain.Validation.MAX_YEAR) {
                return parent.fail(USAGE, t.get("admission.cli.year", y));
            }
            double mu = landMu != null ? landMu : Admission.muFromSquareMetres(landM2);
            double investment = investmentWan != null ? investmentWan : investmentYuan / 10000.0;
            double tax = taxWan != null ? taxWan : taxYuan / 10000.0;
            for (double v : new double[] {mu, investment, tax, site, floor, footprint}) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    return parent.fail(USAGE, t.get("cli.admission.negative"));
                }
            }
            if (mu == 0 || site == 0) {
                return parent.fail(USAGE, t.get("cli.admission.zero"));
            }
            var proposal = new Admission.Proposal(mu, investment, tax, site, floor, footprint);
            var implausible = Admission.implausible(proposal);
            if (!implausible.isEmpty()) {
                // figures that cannot all be true get no verdict: each named by its option
                return parent.fail(USAGE, implausible.stream().map(p -> "--"
                        + p.field().replaceAll("([a-z])([A-Z0-9])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
                        + "：" + ErrorText.problem(t, p)).collect(java.util.stream.Collectors.joining("；")));
            }
            try (Workbench wb = open()) {
                var plan = wb.loadPlan();
                String code = null;
                if (project != null) {
                    code = plan.projects().stream().filter(p -> p.code().equals(project.strip())
                            || p.name().equals(project.strip())).map(cn.yanggu.workbench.domain.Project::code)
                            .findFirst().orElse(null);
                    if (code == null) {
                        return parent.fail(USAGE, t.get("admission.cli.noProject", project));
                    }
                }
                var results = Admission.check(proposal, plan.thresholdsInForce(), y);
                out().println(t.get("admission.cli.heading", y));
                for (Admission.Result r : results) {
                    out().println(AdmissionText.line(t, r));
                }
                boolean all = Admission.allPass(results);
                out().println(all ? t.get("cli.admission.allPass") : t.get("cli.admission.someFail"));
                if (code != null) {
                    wb.editor().saveAdmissionCheck(code, null, y, proposal, landMu != null ? landMu : landM2,
                            landMu != null ? "mu" : "m2");
                    out().println(t.get("admission.cli.saved", code));
                }
                return all ? OK : RULE_FAILED;
            } catch (EditRejected e) {
                return parent.fail(FAILED, ErrorText.describe(t, e));
            }
        }
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        static String version() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"阳谷经济开发区规划工作台 / Yanggu Zone Planning Workbench " + version()};
        }
    }
}
