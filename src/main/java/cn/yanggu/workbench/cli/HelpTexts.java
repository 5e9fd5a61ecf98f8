package cn.yanggu.workbench.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The usage texts of {@code --help} and {@code SUBCOMMAND --help}, rendered by picocli at build time (the
 * {@code process-classes} phase runs {@link #main}) and printed as they are at run time: building the command
 * model by reflection took most of a 0.3 s run (issue 17: ≤ 0.3 s). {@code LazyModelTest} checks that what a run
 * prints is what picocli prints with the whole model built.
 */
public final class HelpTexts {
    private static final String FOLDER = "help/";

    private HelpTexts() {
    }

    /**
     * The stored text {@code args} ask for — exactly {@code --help} or {@code -h}, alone or after a subcommand's
     * name — or null (anything else, or a build without the texts: picocli renders it then).
     */
    static String forArgs(String[] args) {
        String name;
        if (args.length == 1 && isHelp(args[0])) {
            name = "planning-workbench";
        } else if (args.length == 2 && isHelp(args[1]) && names().contains(args[0])) {
            name = args[0];
        } else {
            return null;
        }
        try (InputStream in = HelpTexts.class.getResourceAsStream(FOLDER + name + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    /** The subcommands' names, as the command line takes them (aliases too). */
    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Class<?> type : Cli.SUBCOMMANDS) {
            CommandLine.Command c = type.getAnnotation(CommandLine.Command.class);
            out.add(c.name());
            out.addAll(List.of(c.aliases()));
        }
        return out;
    }

    /** What picocli prints for {@code args} (a help request), with the whole model built and no colours. */
    static String rendered(String... args) {
        StringWriter out = new StringWriter();
        Cli cli = new Cli((db, lang) -> {
            throw new IllegalStateException("help opens no window");
        });
        cli.out = new PrintWriter(out);
        cli.err = new PrintWriter(new StringWriter());
        CommandLine cl = Cli.commandLine(cli, args, true);
        cl.setOut(cli.out);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.execute(args);
        cli.out.flush();
        return out.toString();
    }

    /** Build step: writes every stored text into the folder {@code args[0]} (the classes' help folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        write(folder.resolve("planning-workbench.txt"), rendered("--help"));
        for (Class<?> type : Cli.SUBCOMMANDS) {
            String name = type.getAnnotation(CommandLine.Command.class).name();
            write(folder.resolve(name + ".txt"), rendered(name, "--help"));
        }
    }

    private static void write(Path file, String text) throws IOException {
        cn.yanggu.workbench.app.AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
