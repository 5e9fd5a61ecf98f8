package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.ServerAddress;

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
 * One database and this workbench's single connection to it: an SQLite file (the single-PC default) or the
 * bureau's PostgreSQL server database ({@link ServerAddress}). All access is serialised through this object, which
 * makes it the one writer path of the application. Opening never modifies a file (or a server database) that is
 * not a workbench database. The same numbered migrations make both ({@link Dialect}).
 */
public final class Database implements AutoCloseable {
    /** Versioned migrations, applied in order; the index + 1 is the schema version they produce. */
    public static final List<String> MIGRATIONS = List.of("V1__plan.sql", "V2__audit_and_locks.sql", "V3__grading.sql",
            "V4__report_narratives.sql", "V5__admission.sql", "V6__exchange.sql", "V7__direction_targets.sql",
            "V8__office_register.sql", "V9__chain_maps_and_leads.sql", "V10__plan_versions.sql",
            "V11__plan_version_changes.sql", "V12__record_versions.sql",
            "V13__plan_version_zones.sql");
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** PostgreSQL: the schema version (SQLite keeps it in {@code PRAGMA user_version}). */
    static final String PG_VERSION_TABLE = "workbench_schema";
    /** PostgreSQL: the channel every committed write notifies, for the other open windows. */
    private static final String CHANNEL = "workbench_changed";
    /** PostgreSQL: the advisory lock the writers of one database take turns on (any number; the same everywhere). */
    private static final int WRITER_LOCK = 7317;

    private final Path path;
    private final ServerAddress server;
    private final Dialect dialect;
    /** The connection in use; on a server replaced by a new one after it broke ({@link #ensureConnected}). */
    private Connection connection;
    /**
     * On a server: the last use of the connection failed, so it may be broken (the network dropped, the server
     * restarted): the next use checks it first and connects again if it is.
     */
    private boolean suspect;
    /** On a server: the backend process of {@link #connection} (its own NOTIFYs are not news to this window). */
    private volatile int backendPid;
    /** Transactions open on {@link #connection} (nested reads inside one never swap the connection under it). */
    private int transactions;
    /** Closed: never connected again (a listener hearing the server back after the window closed). */
    private boolean closed;
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
        this.server = null;
        this.dialect = Dialect.SQLITE;
        this.connection = connection;
        this.lock = lock;
    }

    private Database(ServerAddress server, Connection connection) {
        this.path = null;
        this.server = server;
        this.dialect = Dialect.POSTGRESQL;
        this.connection = connection;
        this.lock = null;
    }

    /**
     * Connects to the server database at {@code server} (the password from pgpass, never from the address) and
     * brings its schema to this version, calling {@code beforeMigration} first when it is older. Several
     * workbenches may have it open at once. Refuses, changing nothing, a server that cannot be reached, a user or
     * password it does not accept, a database it does not have, a database of another program, a newer schema.
     *
     * @throws StoreException with a reason the user can act on
     */
    public static Database open(ServerAddress server, BeforeMigration beforeMigration) {
        Database db = new Database(server, connect(server));
        try {
            db.backendPid = backendPid(db.connection);
            db.prepare(beforeMigration, false);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * A new connection to {@code server} with the address and settings it was opened with (the password, as at
     * open, from pgpass: the driver reads it when it connects).
     */
    private static Connection connect(ServerAddress server) {
        try {
            java.util.Properties props = new java.util.Properties();
            props.setProperty("user", server.user());
            return DriverManager.getConnection(jdbcUrl(server), props);
        } catch (SQLException e) {
            throw classify(server, e);
        }
    }

    private static int backendPid(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * On a server whose connection may have broken (its last use failed, or {@code always}): checks it with a round
     * trip and, when it is gone, connects again with the same address and settings. Nothing is re-run: a write that
     * was cut off was rolled back by the server, and the caller said so to the user.
     *
     * @throws StoreException SERVER_UNREACHABLE (or another fault of connecting) while the server is still away;
     *                        the next use tries again
     */
    private void ensureConnected(boolean always) {
        if (server == null || !(suspect || always) || transactions > 0 || closed) {
            return;
        }
        try {
            if (!connection.isClosed() && connection.isValid(5)) {
                suspect = false;
                return;
            }
        } catch (SQLException e) {
            // as good as gone: connect again
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is broken: nothing to release
        }
        connection = connect(server);
        backendPid = backendPid(connection);
        suspect = false;
    }

    /**
     * Makes sure this server database's connection works (connecting again if the server went away and is back),
     * e.g. once the listener of {@link #watchOthers} heard the server again. A file: nothing to do.
     */
    public synchronized void reconnectIfBroken() {
        ensureConnected(true);
    }

    /** The JDBC URL of {@code server} (no password: the driver takes it from pgpass). */
    private static String jdbcUrl(ServerAddress server) {
        return "jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                + java.net.URLEncoder.encode(server.database(), StandardCharsets.UTF_8) + "?sslmode=" + server.sslmode()
                + "&ApplicationName=planning-workbench&connectTimeout=10&tcpKeepAlive=true";
    }

    /** Something watching for other workbenches' changes; closing it stops watching. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Calls {@code changed} (on a background thread of its own, at most once a {@code quietMillis}) after another
     * workbench committed a change to this server database: a second connection listens (PostgreSQL LISTEN/NOTIFY);
     * this workbench's own writes are not reported. A file database has one writer: nothing to watch.
     */
    public Watch watchOthers(Runnable changed, long quietMillis) {
        if (dialect != Dialect.POSTGRESQL) {
            return () -> { };
        }
        Listener listener = new Listener(changed, quietMillis);
        listener.listen();   // a fault of the first connection is the caller's to report
        Thread thread = new Thread(listener::run, "workbench-listen");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            thread.interrupt();
            listener.close();
        };
    }

    /**
     * The second connection of {@link #watchOthers}: LISTENs, and when the server goes away (the network dropped,
     * the server restarted) tries again every {@value #RELISTEN_MILLIS} ms until it is back; then it LISTENs again
     * and reports one change, as others may have written meanwhile.
     */
    private final class Listener {
        private final Runnable changed;
        private final long quietMillis;
        private volatile Connection connection;
        private volatile boolean closed;

        Listener(Runnable changed, long quietMillis) {
            this.changed = changed;
            this.quietMillis = quietMillis;
        }

        void listen() {
            Connection c = connect(server);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            } catch (SQLException e) {
                closeQuietly(c);
                throw classify(server, e);
            }
            connection = c;
            if (closed) {
                closeQuietly(c);
            }
        }

        void run() {
            while (!closed && !Thread.currentThread().isInterrupted()) {
                try {
                    hear();
                } catch (SQLException e) {
                    // the server went away: listen again once it is back
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (closed || !again()) {
                    return;
                }
            }
        }

        /** Reports others' changes until the connection fails. */
        private void hear() throws SQLException, InterruptedException {
            org.postgresql.PGConnection pg = connection.unwrap(org.postgresql.PGConnection.class);
            while (!closed && !Thread.currentThread().isInterrupted()) {
                org.postgresql.PGNotification[] got = pg.getNotifications(1000);
                boolean others = false;
                for (org.postgresql.PGNotification n : got == null ? new org.postgresql.PGNotification[0] : got) {
                    others |= n.getPID() != backendPid;
                }
                if (others) {
                    // a burst of writes (a pasted block, an import) is reported once
                    Thread.sleep(quietMillis);
                    pg.getNotifications(1);
                    changed.run();
                }
            }
        }

        /** Waits for the server and LISTENs again; true once it does (then one change is reported). */
        private boolean again() {
            closeQuietly(connection);
            while (!closed && !Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(RELISTEN_MILLIS);
                    listen();
                    // the window's own connection broke too when the server restarted: connect it before re-reading
                    try {
                        reconnectIfBroken();
                    } catch (StoreException e) {
                        // the re-read reports it
                    }
                    changed.run();
                    return true;
                } catch (StoreException e) {
                    // still away
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }

        void close() {
            closed = true;
            closeQuietly(connection);
        }
    }

    /** How often a listener whose server went away tries to listen again. */
    private static final long RELISTEN_MILLIS = 1000;

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing to release
        }
    }

    /** The server this database is on, or null for a file. */
    public ServerAddress server() {
        return server;
    }

    /** The engine. */
    public Dialect dialect() {
        return dialect;
    }

    /** Where the database is, for messages: its file ({@link Path}) or its server ({@link ServerAddress}). */
    public Object where() {
        return server != null ? server : path;
    }

    /**
     * The name the change log records for changes made here: on a server the database user (what the server knows
     * the person by), on a file {@code osUser}.
     */
    public String userName(String osUser) {
        return server != null ? server.user() : osUser;
    }

    /** What the connected user may change, as the server's grants say (on a file: everything). */
    public record Grants(boolean changesData, boolean locksAndStandards) {
    }

    /**
     * Asks the server once what the connected user may change: the plan's data (UPDATE on {@code project}),
     * the year locks and admission standards (INSERT on {@code year_lock} and {@code threshold}). A file grants all.
     */
    public Grants grants() {
        if (server == null) {
            return new Grants(true, true);
        }
        return read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery(
                    "SELECT has_table_privilege('public.project', 'UPDATE'),"
                            + " has_table_privilege('public.year_lock', 'INSERT')"
                            + " AND has_table_privilege('public.threshold', 'INSERT')")) {
                r.next();
                return new Grants(r.getBoolean(1), r.getBoolean(1) && r.getBoolean(2));
            }
        });
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

    static StoreException classify(Object where, SQLException e) {
        if (where instanceof ServerAddress server) {
            return classifyServer(server, e);
        }
        Path file = (Path) where;
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

    /** A PostgreSQL error by its SQLSTATE: which of the faults a user can act on it is. */
    private static StoreException classifyServer(ServerAddress server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        StoreException.Reason reason = switch (state) {
            case "28P01", "28000", "08004" -> StoreException.Reason.AUTHENTICATION;
            case "3D000" -> StoreException.Reason.NO_SUCH_DATABASE;
            case "42501" -> StoreException.Reason.PERMISSION_DENIED;
            case "08001" -> StoreException.Reason.SERVER_UNREACHABLE;
            case "08000", "08003", "08006", "08007", "57P01", "57P02", "57P03" -> StoreException.Reason.CONNECTION_LOST;
            default -> StoreException.Reason.FAILED;
        };
        return new StoreException(reason, server, null, e);
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
            if (version > 0 && dialect == Dialect.SQLITE && checkBeside && version == SCHEMA_VERSION) {
                quickCheck = quickCheckBeside();
            } else if (version > 0 && dialect == Dialect.SQLITE) {
                // a damaged file is refused before anything is written to it
                check("quick_check");
            }
            if (dialect == Dialect.SQLITE) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA foreign_keys = ON");
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                }
            }
            if (version > 0 && version < SCHEMA_VERSION) {
                beforeMigration.run(this, version);
            }
            migrate(version);
        } catch (SQLException e) {
            throw classify(where(), e);
        }
    }

    /**
     * Writes a consistent copy of this database to {@code out} (SQLite's {@code VACUUM INTO}: a complete, compact
     * database as of the last commit). {@code out} must not exist.
     */
    public synchronized void backupTo(Path out) {
        if (dialect == Dialect.POSTGRESQL) {
            snapshotTo(out);
            return;
        }
        try (java.sql.PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, out.toAbsolutePath().toString());
            s.execute();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.FAILED, path, "backup to " + out, e);
        }
    }

    /**
     * Writes the consistent SQLite snapshot of this (server) database to the new file {@code out}: the current
     * schema, then every table's rows as of one moment (one repeatable-read transaction). Any workbench opens it.
     */
    private void snapshotTo(Path out) {
        Path file = out.toAbsolutePath().normalize();
        try (Connection target = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Database copy = new Database(file, target, null);
            copy.prepare((d, v) -> { }, false);
            copyContent(this, copy);
            try (Statement s = target.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            }
        } catch (SQLException e) {
            throw classify(file, e);
        }
    }

    /** The tables of this database (all but the schema version), by name. */
    public List<String> tableNames() {
        return tables();
    }

    /** The tables whose rows are the database's content (all but the schema version), by name. */
    synchronized List<String> tables() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            String sql = dialect == Dialect.POSTGRESQL
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                      + " AND table_type = 'BASE TABLE' AND table_name <> '" + PG_VERSION_TABLE + "' ORDER BY table_name"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Whether no table of this database holds a row (a new database, migrated and not yet seeded). */
    public boolean isEmpty() {
        for (String table : tables()) {
            boolean any = read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                    return rs.next();
                }
            });
            if (any) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies every row of {@code from} into the empty database {@code to} of the same schema version, in one
     * transaction of {@code to} (all or nothing) reading one consistent state of {@code from}. Works between the
     * engines both ways: a single-PC file onto the server ({@code migrate}), the server into a file (backup).
     *
     * @throws StoreException NOT_EMPTY (nothing copied) when {@code to} holds any row, NEWER_VERSION or FAILED when
     *                        the schema versions differ
     */
    public static void copyContent(Database from, Database to) {
        copy(from, to, false);
    }

    /**
     * Replaces the whole content of {@code to} with that of {@code from} (the same schema version), in one transaction
     * of {@code to}: every table emptied (PostgreSQL: one {@code TRUNCATE} of them all), then every row of one
     * consistent state of {@code from} copied, and the content hash checked equal to {@code from}'s before the commit
     * — all or nothing. A server refuses it to a user without the right to empty the tables (PERMISSION_DENIED);
     * the other workbenches on a server hear of it as of any write.
     *
     * @throws StoreException NEWER_VERSION or FAILED when the schema versions differ, FAILED when the copy differs
     */
    public static void replaceContent(Database from, Database to) {
        copy(from, to, true);
    }

    private static void copy(Database from, Database to, boolean replace) {
        if (from.schemaVersion() != to.schemaVersion()) {
            throw StoreException.of(from.schemaVersion() > to.schemaVersion() ? StoreException.Reason.NEWER_VERSION
                    : StoreException.Reason.FAILED, from.where(), "schema " + from.schemaVersion() + " -> "
                    + to.schemaVersion(), null);
        }
        if (!replace && !to.isEmpty()) {
            throw StoreException.of(StoreException.Reason.NOT_EMPTY, to.where(), null, null);
        }
        List<String> tables = to.tables();
        synchronized (from) {
            from.readConsistent(src -> {
                if (to.dialect == Dialect.SQLITE) {
                    to.read(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("PRAGMA foreign_keys = OFF");   // rows come table by table
                        }
                        return null;
                    });
                }
                try {
                    to.inTransaction(dst -> {
                        if (to.dialect == Dialect.POSTGRESQL) {
                            try (Statement s = dst.createStatement()) {
                                s.execute("SET CONSTRAINTS ALL DEFERRED");
                            }
                        }
                        if (replace) {
                            empty(dst, to.dialect, tables);
                        }
                        for (String table : tables) {
                            copyTable(src, dst, table);
                        }
                        // the copy is committed only when its content is the source's, value for value
                        String copied = ContentHash.of(dst);
                        String source = ContentHash.of(src);
                        if (!copied.equals(source)) {
                            throw StoreException.of(StoreException.Reason.FAILED, to.where(),
                                    "copy differs from its source: " + copied + " != " + source, null);
                        }
                        return null;
                    });
                } finally {
                    if (to.dialect == Dialect.SQLITE) {
                        to.read(c -> {
                            try (Statement s = c.createStatement()) {
                                s.execute("PRAGMA foreign_keys = ON");
                            }
                            return null;
                        });
                    }
                }
                return null;
            });
        }
    }

    /** Empties {@code tables} in the transaction of {@code dst}: PostgreSQL one TRUNCATE of all of them at once. */
    private static void empty(Connection dst, Dialect dialect, List<String> tables) throws SQLException {
        try (Statement s = dst.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                s.execute("TRUNCATE " + String.join(", ", tables));
            } else {
                for (String table : tables) {
                    s.execute("DELETE FROM " + table);
                }
            }
        }
    }

    /**
     * Runs {@code work} while no other workbench on this server database writes: their writes wait (they take
     * turns on the same advisory lock, held here for the session) until it returns. For work made of several steps
     * that must see and replace one state, e.g. a snapshot before a restore and the restore itself. A file has one
     * writer already.
     */
    public <T> T excludingWriters(java.util.function.Supplier<T> work) {
        if (dialect != Dialect.POSTGRESQL) {
            return work.get();
        }
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + WRITER_LOCK + ")");
            }
            return null;
        });
        try {
            return work.get();
        } finally {
            try {
                read(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_unlock(" + WRITER_LOCK + ")");
                    }
                    return null;
                });
            } catch (StoreException e) {
                // the connection is gone: the server released the session's lock with it
            }
        }
    }

    private static void copyTable(Connection src, Connection dst, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = dst.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i));
            }
        }
        String list = String.join(", ", columns);
        try (Statement s = src.createStatement(); ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + table);
             java.sql.PreparedStatement ins = dst.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")")) {
            int batch = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = rs.getObject(i);
                    if (v == null) {
                        ins.setNull(i, java.sql.Types.NULL);
                    } else {
                        ins.setObject(i, v);
                    }
                }
                ins.addBatch();
                if (++batch % 500 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
    }

    /**
     * Runs read work that must see one moment of the database, however many queries it makes (PostgreSQL: a
     * repeatable-read transaction, as other workbenches may commit in between; SQLite: this connection is the only
     * writer, so every read already does).
     */
    public synchronized <T> T readConsistent(SqlWork<T> work) {
        if (dialect == Dialect.SQLITE) {
            return read(work);
        }
        ensureConnected(false);
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return transaction(work, false);
            } finally {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            suspect = true;
            throw classify(where(), e);
        }
    }

    /** Number of transactions this connection committed since it was opened. */
    public synchronized long commits() {
        return commits;
    }

    private int userVersion() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            if (!pgHasTable(PG_VERSION_TABLE)) {
                return 0;
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM " + PG_VERSION_TABLE + " WHERE id = 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private boolean pgHasTable(String table) throws SQLException {
        try (java.sql.PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private boolean hasTables() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private void migrate(int from) throws SQLException {
        for (int v = from; v < MIGRATIONS.size(); v++) {
            String name = MIGRATIONS.get(v);
            List<String> statements = dialect.statements(readMigration(name));
            int target = v + 1;
            int before = v;
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    if (dialect == Dialect.POSTGRESQL) {
                        // one workbench migrates; another starting at the same moment waits, then finds it done
                        s.execute("SELECT pg_advisory_xact_lock(7316)");
                        if (userVersion() != before) {
                            return null;
                        }
                        s.execute(Dialect.PG_NEXT_ID);
                    }
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    if (dialect == Dialect.POSTGRESQL) {
                        s.execute("CREATE TABLE IF NOT EXISTS " + PG_VERSION_TABLE
                                + " (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)");
                        s.execute("INSERT INTO " + PG_VERSION_TABLE + " (id, version) VALUES (1, " + target
                                + ") ON CONFLICT (id) DO UPDATE SET version = excluded.version");
                    } else {
                        s.execute("PRAGMA user_version = " + target);
                    }
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
        ensureConnected(false);
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            suspect = server != null;
            throw classify(where(), e);
        } catch (RuntimeException e) {
            suspect = server != null;
            throw e;
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it. On a server the writers of all
     * workbenches take turns (a transaction-scoped advisory lock, released at commit or rollback), as SQLite's one
     * writer at a time does: numbering (audit batches, ids) and version checks need no retry. Nothing is written
     * before the file's integrity check (run beside the first reads) has passed.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        checked();
        return transaction(work, true);
    }

    private synchronized <T> T transaction(SqlWork<T> work, boolean writer) {
        ensureConnected(false);
        try {
            connection.setAutoCommit(false);
            transactions++;
            try {
                if (writer && dialect == Dialect.POSTGRESQL) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
                    }
                }
                T result = work.apply(connection);
                if (writer && dialect == Dialect.POSTGRESQL) {
                    // the other workbenches on this database hear of it when (and only if) it commits
                    try (Statement s = connection.createStatement()) {
                        s.execute("NOTIFY " + CHANNEL);
                    }
                }
                connection.commit();
                commits++;
                return result;
            } catch (SQLException | RuntimeException e) {
                // on a server the connection may be what failed: the next use checks it (never re-running this)
                suspect = server != null;
                rollbackQuietly();
                throw e;
            } finally {
                transactions--;
                resetAutoCommit();
            }
        } catch (SQLException e) {
            throw classify(where(), e);
        }
    }

    /** A rollback on a broken connection cannot fail the caller a second time: the server drops the work. */
    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolled back the transaction itself
        }
    }

    private void resetAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone; the next use reports it
        }
    }

    /** The handle of a transaction this database opened ({@code c} is the connection given to the work). */
    public Tx tx(Connection c) {
        return new Tx(c, where(), dialect);
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(c -> userVersion());
    }

    @Override
    public synchronized void close() {
        closed = true;
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
