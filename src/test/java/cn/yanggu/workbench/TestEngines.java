package cn.yanggu.workbench;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.store.Dialect;
import cn.yanggu.workbench.domain.ServerAddress;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two engines the store runs on, for tests parameterised over both. The PostgreSQL case needs a throw-away
 * server named by the environment variable {@value #VARIABLE} (a {@code postgresql://HOST:PORT/DB?user=NAME} address
 * of a user allowed to create databases; {@code packaging/test-postgres.sh start} prints it); without it the server
 * case is skipped with that reason, so the suite passes on a PC without PostgreSQL.
 */
public final class TestEngines {
    public static final String VARIABLE = "YANGGU_TEST_PG";
    public static final String SKIPPED = VARIABLE + " is not set: the PostgreSQL case is skipped"
            + " (packaging/test-postgres.sh start runs a throw-away server and prints the variable)";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
    private static ServerAddress seededTemplate;

    private TestEngines() {
    }

    /** The server of the environment, or a skipped test. */
    public static ServerAddress server() {
        String spec = System.getenv(VARIABLE);
        Assumptions.assumeTrue(spec != null && !spec.isBlank(), SKIPPED);
        return ServerAddress.parse(spec);
    }

    /** A new, empty database on the test server (skips the test when there is none). */
    public static ServerAddress freshServerDatabase() {
        ServerAddress admin = server();
        String name = "wbtest_" + RUN + "_" + COUNTER.incrementAndGet();
        admin(admin, "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        return new ServerAddress(admin.host(), admin.port(), name, admin.user(), admin.sslmode());
    }

    /** Runs {@code sql} on the test server's own database as its administrator (creating databases, roles). */
    public static void admin(ServerAddress admin, String sql) {
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A plain JDBC connection to {@code a} (for tests that look behind the store, or break a connection). */
    public static Connection connect(ServerAddress a) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.user());
        return DriverManager.getConnection("jdbc:postgresql://" + a.host() + ":" + a.port() + "/" + a.database(), p);
    }

    /** Opens (creating and seeding) a workbench on {@code engine}: a file in {@code dir}, or a new server database. */
    public static Workbench seeded(Dialect engine, Path dir) {
        if (engine == Dialect.SQLITE) {
            return TestPlans.seeded(dir);
        }
        return open(seededServerDatabase(dir), dir);
    }

    /**
     * A new server database holding the seeded plan: a copy of one seeded once per test run (PostgreSQL copies a
     * template database in a fraction of the time migrating and seeding takes).
     */
    public static synchronized ServerAddress seededServerDatabase(Path dir) {
        ServerAddress admin = server();
        if (seededTemplate == null) {
            ServerAddress template = freshServerDatabase();
            open(template, dir.resolve("template")).close();
            seededTemplate = template;
        }
        String name = "wbtest_" + RUN + "_" + COUNTER.incrementAndGet();
        admin(admin, "CREATE DATABASE " + name + " TEMPLATE " + seededTemplate.database());
        return new ServerAddress(admin.host(), admin.port(), name, admin.user(), admin.sslmode());
    }

    /** Opens a workbench on the server database {@code db}, its keys and snapshots in {@code dir}. */
    public static Workbench open(ServerAddress db, Path dir) {
        return Workbench.open(db, dir.resolve("keys"), dir.resolve("server-backups").resolve("server.db"));
    }

    /** Runs packaging/postgres/bureau-roles.sql in {@code db} as the superuser (statements end a line with ";"). */
    public static void runRolesScript(ServerAddress db) throws Exception {
        String script = java.nio.file.Files.readString(Path.of("packaging/postgres/bureau-roles.sql"));
        try (Connection c = connect(db); java.sql.Statement s = c.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                sql.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    s.execute(sql.toString());
                    sql.setLength(0);
                }
            }
        }
    }

    /** {@code db} as the login {@code user}. */
    public static ServerAddress as(ServerAddress db, String user) {
        return new ServerAddress(db.host(), db.port(), db.database(), user, db.sslmode());
    }

    /** Makes the login {@code user} (no password: the test server trusts local logins) a member of {@code role}. */
    public static void login(ServerAddress db, String user, String role) {
        admin(db, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + user + "')"
                + " THEN CREATE ROLE " + user + " LOGIN; END IF; END $$");
        admin(db, "GRANT " + role + " TO " + user);
    }
}
