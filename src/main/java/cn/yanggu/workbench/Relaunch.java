package cn.yanggu.workbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A window started with {@code java -jar planning-workbench.jar} (a developer's start) runs in a second JVM started
 * the way the installed launcher starts it: with the desktop JVM options ({@code jvm.options}: serial collector, C1
 * only, heap sized for the plan) and a class archive (AppCDS) beside the jar. The first window start makes the
 * archive when it ends ({@code -XX:ArchiveClassesAtExit}, written under a temporary name and moved into place only
 * after a clean exit); later starts map it while the jar and its libraries are older than it. Java 17 cannot take
 * either from the jar's manifest (Java 19 adds {@code -XX:+AutoCreateSharedArchive}).
 * <p>
 * Not for the command line (it answers in a fraction of a second as it is), the installed launcher (which has both),
 * classes outside a jar (tests, an IDE), nor with {@code -Dworkbench.relaunch=false}. The second JVM gets this one's
 * options after the desktop ones (so the user's own win), its arguments, and the moment this JVM started (the
 * start-up probe measures from it).
 */
final class Relaunch {
    /** Set in the second JVM: the milliseconds since the epoch at which the first one started. */
    static final String STARTED = "workbench.relaunchedFrom";

    private Relaunch() {
    }

    /**
     * Runs the window in a second JVM when that is worth it; returns its exit code, or -1 when this JVM is to go on
     * itself.
     */
    static int ifWorthIt(String[] args) {
        if (System.getProperty(STARTED) != null || System.getProperty("jpackage.app-version") != null
                || "false".equalsIgnoreCase(System.getProperty("workbench.relaunch"))) {
            return -1;
        }
        Path jar = ownJar();
        if (jar == null) {
            return -1;
        }
        try {
            List<String> options = options();
            Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
            Path making = null;
            List<String> command = new ArrayList<>();
            // the same program as this JVM's (javaw.exe when the jar was double-clicked on Windows: no console)
            command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                    "bin", System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe"
                            : "java").toString()));
            command.addAll(options);
            if (fresh(archive, jar)) {
                command.add("-XX:SharedArchiveFile=" + archive);
                command.add("-Xshare:auto");
            } else if (Files.isWritable(jar.getParent())) {
                Files.deleteIfExists(archive);
                making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:ArchiveClassesAtExit=" + making);
                command.add("-Xlog:cds=off,cds+dynamic=off");   // the classes it cannot archive are no news to a user
            }
            command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-D" + STARTED + "=" + ProcessHandle.current().info().startInstant()
                    .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis()));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Launcher.class.getName());
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // their options are in this JVM's input arguments, passed on above: not twice
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            Process window = builder.start();
            Thread stop = new Thread(window::destroy, "relaunch-stop");
            Runtime.getRuntime().addShutdownHook(stop);   // this JVM stopped (Ctrl+C, a kill): the window closes too
            int code = waitFor(window);
            Runtime.getRuntime().removeShutdownHook(stop);
            if (making != null) {
                if (code == 0 && Files.isRegularFile(making) && Files.size(making) > 0) {
                    Files.move(making, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(making);
                }
            }
            return code;
        } catch (IOException | RuntimeException e) {
            return -1;   // no second JVM (no java binary, no options): this one shows the window as it is
        }
    }

    private static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The desktop JVM options (the installers' list). */
    static List<String> options() throws IOException {
        List<String> options = new ArrayList<>();
        try (InputStream in = Relaunch.class.getResourceAsStream("jvm.options")) {
            if (in == null) {
                throw new IOException("jvm.options missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    options.add(line.strip());
                }
            }
        }
        return options;
    }

    /** This class's jar, or null when it was loaded from a folder. */
    private static Path ownJar() {
        try {
            var source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toAbsolutePath() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code archive} was made after the jar and the libraries beside it last changed. */
    private static boolean fresh(Path archive, Path jar) throws IOException {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(archive);
        if (Files.getLastModifiedTime(jar).compareTo(made) >= 0) {
            return false;
        }
        Path lib = jar.resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            try (var jars = Files.list(lib)) {
                for (Path p : (Iterable<Path>) jars::iterator) {
                    if (Files.getLastModifiedTime(p).compareTo(made) >= 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
