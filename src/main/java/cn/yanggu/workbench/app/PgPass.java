package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.ServerAddress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OS user's PostgreSQL password file (pgpass), where the password of a server database is kept and nowhere else
 * (issue 16): {@code PGPASSFILE}, else {@code %APPDATA%\postgresql\pgpass.conf} on Windows, else {@code ~/.pgpass}.
 * The file is written whole, readable by its owner only (mode 600), and the driver reads it when it connects.
 */
public final class PgPass {
    private final Path file;

    public PgPass(Path file) {
        this.file = file;
    }

    /** The password file the PostgreSQL driver reads for this OS user. */
    public static PgPass ofUser() {
        return new PgPass(location(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", ".")));
    }

    /** Where the driver looks, as libpq does. */
    static Path location(Map<String, String> env, String osName, String userHome) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("postgresql").resolve("pgpass.conf");
        }
        return Path.of(userHome, ".pgpass");
    }

    public Path file() {
        return file;
    }

    /**
     * Keeps {@code password} for {@code server} (its host, port, database and user): replaces the line for exactly
     * these, keeps every other line, and leaves the file owner-only. The password is not logged or kept elsewhere.
     */
    public void save(ServerAddress server, char[] password) throws IOException {
        String key = String.join(":", escape(server.host()), String.valueOf(server.port()), escape(server.database()),
                escape(server.user())) + ":";
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith(key)) {
                    lines.add(line);
                }
            }
        }
        lines.add(key + escape(new String(password)));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        AtomicFile.writePrivate(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** pgpass escapes ':' and '\' with a backslash. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:");
    }
}
