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
    public static final List<String> MIGRATIONS = List.of("V1__plan.sql", "V2__audit_and_locks.sql", "V3__grading.sql",
            "V4__report_narratives.sql", "V5__admission.sql", "V6__exchange.sql", "V7__direction_targets.sql",
            "V8__office_register.sql", "V9__chain_maps_and_leads.sql", "V10__plan_versions.sql",
            "V11__plan_version_changes.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection connection;
    private final DatabaseLock lock;
    private long commits;
    /**
     * The result of {@code PRAGMA quick_check} ("ok" or SQLite's first complaint) when it runs beside the first reads
     * ({@link #openCheckingBeside}); otherwise done before {@link #open} returned.
     */
    private volatile java.util.concurrent.CompletableFuture<String> quickCheck =
            java.util.concurrent.CompletableFuture.completedFuture("ok");

    private Database(Path path, Connection connection, DatabaseLock lock) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
    }

    /** Called with the open database before it is migrated from an older schema (e.g. to copy it first). */
    @FunctionalInterface
    public interface BeforeMigration {
        void run(Database db, int fromVersion);
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
        return open(path, (db, from) -> { });
    }

    /**
     * Opens (creating if needed) and migrates the database at {@code path}, calling {@code beforeMigration} first
     * when an existing database has an older schema. Refuses, without changing the file, a file that is not a
     * workbench database, is damaged, is newer, is read-only, or is open in another workbench (the lock is held
     * until {@link #close()}, so there is never a second writer).
     *
     * @throws StoreException with a reason the user can act on
     */
    public static Database open(Path path, BeforeMigration beforeMigration) {
        return open(path, beforeMigration, false);
    }

    /**
     * {@link #open(Path, BeforeMigration)}, except that a database of the current schema (nothing to migrate) is
     * checked ({@code PRAGMA quick_check}, which reads every page: a tenth of a second for a plan with 10,000
     * projects) on a read-only connection of its own, beside the reads that follow. Nothing is written before the
     * check has passed ({@link #inTransaction} waits for it); the caller must call {@link #checked()} before it
     * shows anything it read, and refuse the database when that throws.
     */
    public static Database openCheckingBeside(Path path, BeforeMigration beforeMigration) {
        return open(path, beforeMigration, true);
    }

    private static Database open(Path path, BeforeMigration beforeMigration, boolean checkBeside) {
        Path file = path.toAbsolutePath().normalize();
        checkHeader(file);
        checkWritable(file);
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException | SecurityException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file, null, e);
        }
        DatabaseLock lock = DatabaseLock.acquire(file);
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            lock.close();
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, file, null, e);
        }
        Database db = new Database(file, c, lock);
        try {
            db.prepare(beforeMigration, checkBeside);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A read-only file, or one in a read-only folder, is refused rather than opened for writing. */
    private static void checkWritable(Path file) {
        Path parent = file.getParent();
        if (Files.exists(file) && readOnly(file)) {
            throw new StoreException(StoreException.Reason.READ_ONLY, file, "file", null);
        }
        if (parent != null && Files.isDirectory(parent) && readOnly(parent)) {
            throw new StoreException(StoreException.Reason.READ_ONLY, file, "folder", null);
        }
    }

    /**
     * Not writable for this user, or marked read-only by its owner (a POSIX file without the owner's write bit:
     * an administrator could still write it, but the mark says it is not to be changed).
     */
    private static boolean readOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            return Files.getFileStore(p).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Checks, without migrating or locking, that {@code file} is a complete workbench database this version can
     * open: SQLite header, our schema (not newer), and a passing {@code PRAGMA integrity_check}. Used on a copy of
     * a backup before it replaces a database. Returns its schema version.
     */
    public static int verify(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, f, "no such file", null);
        }
        checkHeader(f);
        try {
            if (Files.size(f) == 0) {
                throw new StoreException(StoreException.Reason.NOT_A_DATABASE, f, null, null);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, f, null, e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            Database probe = new Database(f, c, null);
            int version = probe.userVersion();
            if (version > SCHEMA_VERSION) {
                throw new StoreException(StoreException.Reason.NEWER_VERSION, f,
                        "schema " + version + " > " + SCHEMA_VERSION, null);
            }
            if (version == 0) {
                throw new StoreException(probe.hasTables() ? StoreException.Reason.FOREIGN_DATABASE
                        : StoreException.Reason.NOT_A_DATABASE, f, null, null);
            }
            probe.check("integrity_check");
            return version;
        } catch (SQLException e) {
            throw classify(f, e);
        }
    }

    /**
     * Copies the workbench database {@code file} into the new file {@code out} with {@code VACUUM INTO}, on a
     * connection of its own that only reads (no lock: a window may have the database open and keep writing; the
     * copy is the state of one moment). Refuses a file that is not a sound workbench database, unchanged.
     */
    public static void copyInto(Path file, Path out) {
        Path f = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(f)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, f, "no such file", null);
        }
        checkHeader(f);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            Database probe = new Database(f, c, null);
            int version = probe.userVersion();
            if (version > SCHEMA_VERSION) {
                throw new StoreException(StoreException.Reason.NEWER_VERSION, f, null, null);
            }
            if (version == 0) {
                throw new StoreException(probe.hasTables() ? StoreException.Reason.FOREIGN_DATABASE
                        : StoreException.Reason.NOT_A_DATABASE, f, null, null);
            }
            probe.check("quick_check");
            try (java.sql.PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, out.toAbsolutePath().toString());
                s.execute();
            }
        } catch (SQLException e) {
            throw classify(f, e);
        }
    }

    /** Runs {@code PRAGMA quick_check} on a read-only connection of its own, in a thread of its own. */
    private java.util.concurrent.CompletableFuture<String> quickCheckBeside() {
        var result = new java.util.concurrent.CompletableFuture<String>();
        Thread t = new Thread(() -> {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                result.complete(rs.next() ? rs.getString(1) : "");
            } catch (SQLException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "quick-check " + path.getFileName());
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Waits for the check of a database opened with {@link #openCheckingBeside} (returns at once otherwise).
     *
     * @throws StoreException {@code CORRUPT} when the file failed it
     */
    public void checked() {
        String first;
        try {
            first = quickCheck.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof SQLException sql ? classify(path, sql)
                    : new StoreException(StoreException.Reason.FAILED, path, "quick_check", e.getCause());
        }
        if (!"ok".equalsIgnoreCase(first)) {
            throw new StoreException(StoreException.Reason.CORRUPT, path, first, null);
        }
    }

    private void check(String pragma) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            String first = rs.next() ? rs.getString(1) : "";
            if (!"ok".equalsIgnoreCase(first)) {
                throw new StoreException(StoreException.Reason.CORRUPT, path, first, null);
            }
        }
    }

    static StoreException classify(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        StoreException.Reason reason = msg.contains("malformed") || msg.contains("corrupt")
                ? StoreException.Reason.CORRUPT
                : msg.contains("not a database") ? StoreException.Reason.NOT_A_DATABASE
                : msg.contains("readonly") || msg.contains("read-only")
                ? StoreException.Reason.READ_ONLY
                : msg.contains("unable to open") ? StoreException.Reason.CANNOT_OPEN
                : StoreException.Reason.FAILED;
        return new StoreException(reason, file, null, e);
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

    private void prepare(BeforeMigration beforeMigration, boolean checkBeside) {
        try {
            int version = userVersion();
            if (version > SCHEMA_VERSION) {
                throw new StoreException(StoreException.Reason.NEWER_VERSION, path,
                        "schema " + version + " > " + SCHEMA_VERSION, null);
            }
            if (version == 0 && hasTables()) {
                throw new StoreException(StoreException.Reason.FOREIGN_DATABASE, path, null, null);
            }
            if (version > 0 && checkBeside && version == SCHEMA_VERSION) {
                quickCheck = quickCheckBeside();
            } else if (version > 0) {
                // a damaged file is refused before anything is written to it
                check("quick_check");
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            if (version > 0 && version < SCHEMA_VERSION) {
                beforeMigration.run(this, version);
            }
            migrate(version);
        } catch (SQLException e) {
            throw classify(path, e);
        }
    }

    /**
     * Writes a consistent copy of this database to {@code out} (SQLite's {@code VACUUM INTO}: a complete, compact
     * database as of the last commit). {@code out} must not exist.
     */
    public synchronized void backupTo(Path out) {
        try (java.sql.PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, out.toAbsolutePath().toString());
            s.execute();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.FAILED, path, "backup to " + out, e);
        }
    }

    /** Number of transactions this connection committed since it was opened. */
    public synchronized long commits() {
        return commits;
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
            throw classify(path, e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        checked();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                commits++;
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw classify(path, e);
        }
    }

    /** The handle of a transaction this database opened ({@code c} is the connection given to the work). */
    public Tx tx(Connection c) {
        return new Tx(c, path);
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(c -> userVersion());
    }

    @Override
    public synchronized void close() {
        // the check's own connection is closed before the lock is given up
        quickCheck.handle((ok, failed) -> null).join();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to save
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
