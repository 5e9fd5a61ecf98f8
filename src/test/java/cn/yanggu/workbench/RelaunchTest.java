package cn.yanggu.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A window started from the workbench's jar (as {@code java -jar} does) runs in a second JVM with the desktop
 * options; the first start leaves a class archive beside the jar, and the next start runs with it. A command does
 * not relaunch. (Headless: the window is Monocle's, and the start-up probe closes it once the overview is complete.)
 */
class RelaunchTest {
    @TempDir
    Path dir;

    /** target/classes as a jar in {@code dir} (the libraries stay on the class path after it). */
    private Path jar() throws Exception {
        Path classes = Path.of("target", "classes");
        Path jar = dir.resolve("planning-workbench.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String run(Path jar, Path db, String jvmOption, String... args) throws Exception {
        String libraries = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> !p.endsWith("classes") && !p.endsWith("test-classes"))
                .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElse("");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), jvmOption, "-XX:+PrintCommandLineFlags", "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dworkbench.probe=exit", "-cp", jar + java.io.File.pathSeparator + libraries,
                Launcher.class.getName(), "--db", db.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        OutputStream ignored = p.getOutputStream();
        ignored.close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), output);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    /** The flag lines the JVMs printed at their start: the first JVM's, then the window's (if relaunched). */
    private static List<String> jvms(String output) {
        return output.lines().filter(l -> l.startsWith("-XX:")).toList();
    }

    @Test
    void aWindowStartFromTheJarRunsWithTheDesktopOptionsAndFromTheSecondStartWithTheArchive() throws Exception {
        Path jar = jar();
        Path archive = dir.resolve("planning-workbench.jsa");
        Path db = dir.resolve("w.db");

        String first = run(jar, db, "-Xshare:auto");
        List<String> started = jvms(first);
        assertEquals(2, started.size(), "the jar's JVM and the window's: " + first);
        assertFalse(started.get(0).contains("-XX:+UseSerialGC"), started.get(0));
        assertTrue(started.get(1).contains("-XX:+UseSerialGC") && started.get(1).contains("-XX:TieredStopAtLevel=1")
                && started.get(1).contains("-XX:ArchiveClassesAtExit="), "the window's JVM: " + started.get(1));
        assertTrue(first.lines().anyMatch(l -> l.startsWith("probe first-frame-ms=")), first);
        assertTrue(Files.size(archive) > 1_000_000, "the archive made when the window closed");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".tmp")).toList(), "nothing half-made");
        }

        // -Xshare:on (passed on to the window's JVM after its own -Xshare:auto): it fails unless the archive maps
        String second = run(jar, db, "-Xshare:on");
        assertTrue(jvms(second).get(1).contains("-XX:SharedArchiveFile=" + archive), second);

        // a command answers from the first JVM
        String version = run(jar, db, "-Xshare:auto", "--version");
        assertEquals(1, jvms(version).size(), version);
    }
}
