package cn.yanggu.workbench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line builds the whole model of the subcommand a run names only (issue 17: --help in under 0.3 s); what
 * a user sees is the same as with every subcommand's model built: the help of every level, the answer to a mistyped
 * subcommand, and the subcommands themselves. The help texts themselves are stored at build time.
 */
class LazyModelTest {
    private final CliRun cli = new CliRun();

    /** What {@code args} print (standard output, then standard error) and exit with, with the whole model built. */
    private static String withWholeModel(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli c = new Cli((db, lang) -> {
            throw new AssertionError("no window");
        });
        c.out = new PrintWriter(out);
        c.err = new PrintWriter(err);
        CommandLine cl = Cli.commandLine(c, args, true);
        cl.setOut(c.out);
        cl.setErr(c.err);
        cl.setParameterExceptionHandler((ex, a) -> {
            c.err.println(c.i18n.get("cli.error.usage", ex.getMessage()));
            c.err.flush();
            return Cli.USAGE;
        });
        int code = cl.execute(args);
        c.out.flush();
        c.err.flush();
        return code + "\n" + out + "\n" + err;
    }

    @Test
    void everyHelpAndMistakeReadsAsWithTheWholeModel() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("--lang", "en", "--help"),
                List.of("export", "--help"), List.of("package", "--help"), List.of("package", "export", "--help"),
                List.of("version", "--help"), List.of("report", "--help"), List.of("--db", "x.db", "backup", "--help"),
                List.of("exprot", "--format", "json"), List.of("--nonsense"), List.of("export", "--format"))) {
            String[] a = args.toArray(String[]::new);
            int code = cli.run(a);
            assertEquals(withWholeModel(a), code + "\n" + cli.out() + "\n" + cli.err(), String.join(" ", args));
        }
    }

    @Test
    void everyHelpTextIsStoredByTheBuild() {
        // printed as stored, without building any model (issue 17: --help <= 0.3 s)
        assertNotNull(HelpTexts.forArgs(new String[] {"--help"}));
        assertNotNull(HelpTexts.forArgs(new String[] {"-h"}));
        for (Class<?> type : Cli.SUBCOMMANDS) {
            String name = type.getAnnotation(CommandLine.Command.class).name();
            assertEquals(HelpTexts.rendered(name, "--help"), HelpTexts.forArgs(new String[] {name, "--help"}), name);
        }
        assertNull(HelpTexts.forArgs(new String[] {"--lang", "en", "--help"}), "anything else is rendered by picocli");
    }

    @Test
    void theTopLevelHelpListsEverySubcommandWithItsDescription() {
        assertEquals(0, cli.run("--help"));
        for (Class<?> type : Cli.SUBCOMMANDS) {
            CommandLine.Command c = type.getAnnotation(CommandLine.Command.class);
            assertTrue(cli.out().contains(c.name()), c.name());
            assertTrue(cli.out().contains(c.description()[0].substring(0, 6)), c.name());
        }
    }
}
