package cn.yanggu.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One SQLite file and its single connection. All access is serialised through this object, which makes it
 * the one writer path of the application. Opening never modifies a file that is not a workbench database.
 */
public final class Database implements AutoCloseable {
    /** Versioned migrations, applied in order; the index + 1 is the schema version they produce. */
    static final List<String> MIGRATIONS = List.of("V1__plan.sql", "V2__audit_and_locks.sql", "V3__grading.sql",
            "V4__report_narratives.sql", "V5__admission.sql", "V6__exchange.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection connection;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Work done with the connection; may throw SQL errors. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * Opens (creating if needed) and migrates the database at {@code path}.
     *
     * @throws StoreException with a reason the user can act on
     */
    public static Database open(Path path) {
        Path file = path.toAbsolutePath().normalize();
        checkHeader(file);
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException | SecurityException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file, null, e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file, null, e);
        }
        Database db = new Database(file, c);
        try {
            db.prepare();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            if (Files.isDirectory(file)) {
                throw new StoreException(StoreException.Reason.CANNOT_OPEN, file, "is a directory", null);
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(StoreException.Reason.NOT_A_DATABASE, file, null, null);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file, null, e);
        }
    }

    private void prepare() {
        try {
            int version = userVersion();
            if (version > SCHEMA_VERSION) {
                throw new StoreException(StoreException.Reason.NEWER_VERSION, path,
                        "schema " + version + " > " + SCHEMA_VERSION, null);
            }
            if (version == 0 && hasTables()) {
                throw new StoreException(StoreException.Reason.FOREIGN_DATABASE, path, null, null);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            migrate(version);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            StoreException.Reason reason = msg.contains("not a database") || msg.contains("malformed")
                    ? StoreException.Reason.NOT_A_DATABASE
                    : msg.contains("readonly") || msg.contains("read-only") || msg.contains("unable to open")
                    ? StoreException.Reason.CANNOT_OPEN
                    : StoreException.Reason.FAILED;
            throw new StoreException(reason, path, null, e);
        }
    }

    private int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private boolean hasTables() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private void migrate(int from) throws SQLException {
        for (int v = from; v < MIGRATIONS.size(); v++) {
            String name = MIGRATIONS.get(v);
            List<String> statements = splitSql(readMigration(name));
            int target = v + 1;
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    private static String readMigration(String name) {
        try (InputStream in = Database.class.getResourceAsStream("/cn/yanggu/workbench/db/migration/" + name)) {
            Objects.requireNonNull(in, "missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a migration into statements: drops "--" comment lines and splits at ";" ending a line. */
    static List<String> splitSql(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    public Path path() {
        return path;
    }

    /** Runs read work on the connection. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.FAILED, path, null, e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.FAILED, path, null, e);
        }
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(c -> userVersion());
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to save
        }
    }
}
