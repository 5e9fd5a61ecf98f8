package cn.yanggu.workbench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The installed launchers (Linux and Windows) and {@code java -jar}'s relaunch start the window with the same JVM
 * options: jpackage's argument files cannot read {@code jvm.options}, so this compares them.
 */
class JvmOptionsTest {
    private static List<String> javaOptions(String installer) throws Exception {
        return Files.readAllLines(Path.of("packaging", installer, "jpackage.args"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("--java-options "))
                .map(l -> l.substring("--java-options ".length()).strip()).toList();
    }

    @Test
    void theInstallersAndTheRelaunchUseOneListOfOptions() throws Exception {
        List<String> options = Relaunch.options();
        assertTrue(options.contains("-XX:+UseSerialGC") && options.contains("-XX:TieredStopAtLevel=1")
                && options.contains("-Dfile.encoding=UTF-8"), options.toString());
        assertEquals(options, javaOptions("linux"), "packaging/linux/jpackage.args");
        assertEquals(options, javaOptions("windows"), "packaging/windows/jpackage.args");
    }
}
