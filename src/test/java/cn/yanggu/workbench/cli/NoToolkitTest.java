package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commands start as fast as a JVM can and run on PCs without a display: started through the real entry point
 * ({@link Launcher}) in a JVM that logs every class it loads, with a display set (as on an office PC, where the
 * launcher could start the toolkit early), no command loads a class of JavaFX — so none initialises the toolkit — and
 * {@code --version} and {@code --help} do not touch the database either (no SQLite class, no file made).
 */
class NoToolkitTest {
    @TempDir
    Path dir;

    /** The classes a run of the launcher with {@code args} loaded (names), after checking it ended with exit 0. */
    private List<String> loadedBy(String name, String... args) throws Exception {
        return loadedBy(name, List.of(), args);
    }

    private List<String> loadedBy(String name, List<String> jvmOptions, String... args) throws Exception {
        Path log = dir.resolve(name + ".classes");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-Xlog:class+load=info:file=" + log));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", ":0");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), name);
        assertEquals(0, p.exitValue(), name + ": " + output);
        return Files.readAllLines(log).stream()
                .filter(l -> l.contains(" source: "))
                .map(l -> l.replaceFirst("^.*\\]\\s*", "").replaceFirst(" source: .*$", ""))
                .toList();
    }

    private static List<String> javaFx(List<String> classes) {
        return classes.stream().filter(c -> c.startsWith("javafx.") || c.startsWith("com.sun.javafx.")
                || c.startsWith("com.sun.glass.") || c.startsWith("com.sun.prism.")).toList();
    }

    @Test
    void versionAndHelpLoadNeitherTheToolkitNorTheDatabase() throws Exception {
        Path db = dir.resolve("never.db");
        for (String arg : List.of("--version", "--help")) {
            List<String> classes = loadedBy(arg.substring(2), "--db", db.toString(), arg);
            assertTrue(classes.contains(Launcher.class.getName()), "the log lists the classes loaded");
            assertEquals(List.of(), javaFx(classes), arg);
            assertEquals(List.of(), classes.stream().filter(c -> c.startsWith("org.sqlite.")
                    || c.startsWith("cn.yanggu.workbench.store.")).toList(), arg);
            assertFalse(Files.exists(db), arg + " made a database");
        }
    }

    @Test
    void commandsThatWriteFilesNeverLoadTheToolkit() throws Exception {
        String db = dir.resolve("w.db").toString();
        assertEquals(List.of(), javaFx(loadedBy("xlsx", "--db", db, "export", "--format", "xlsx", "--out",
                dir.resolve("plan.xlsx").toString())));
        assertEquals(List.of(), javaFx(loadedBy("charts", "--db", db, "charts", "--out",
                dir.resolve("charts").toString())));
        assertEquals(List.of(), javaFx(loadedBy("deck", "--db", db, "deck", "--out",
                dir.resolve("deck.pptx").toString())));
    }

    @Test
    void aWindowStartBuildsNoCommandLineModel() throws Exception {
        // headless (Monocle); the start-up probe closes the window once the overview is complete
        List<String> classes = loadedBy("window", List.of("-Djava.awt.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dworkbench.probe=exit"),
                "--db", dir.resolve("w.db").toString(), "--lang", "zh");
        assertTrue(classes.contains("cn.yanggu.workbench.ui.overview.OverviewView"), "the window came up");
        assertEquals(List.of(), classes.stream().filter(c -> c.startsWith("picocli.")).toList(),
                "--db and --lang are read without picocli's model of every command");
    }
}
