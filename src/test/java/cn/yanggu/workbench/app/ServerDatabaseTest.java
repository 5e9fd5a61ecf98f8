package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.Dialect;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.StoreException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bureau's server database (issue 16): the same plan on PostgreSQL as in a file — the same JSON export, the same
 * content — and each fault of opening one refused with a message naming it, nothing changed. Needs the throw-away
 * server of {@code packaging/test-postgres.sh}; skipped (with that reason) without it.
 */
class ServerDatabaseTest {
    @TempDir
    Path dir;
    private final I18n zh = I18n.forLanguage("zh");

    /** The JSON export without the lines that name the database and the moment (the rest must be equal). */
    private static ObjectNode exported(Workbench wb, Path out) throws Exception {
        wb.exportJson(out, "test");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(out));
        for (var it = json.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getValue() instanceof ObjectNode header && header.has("exportedAt")) {
                header.remove("exportedAt");
                header.remove("database");
            }
        }
        return json;
    }

    @Test
    void aNewServerDatabaseHoldsThePlanAndExportsTheSameJsonAsAFile() throws Exception {
        ServerAddress server = TestEngines.freshServerDatabase();
        try (Workbench file = TestPlans.seeded(dir); Workbench pg = TestEngines.open(server, dir)) {
            assertEquals(file.loadPlan(), pg.loadPlan(), "the seeded plan");
            assertEquals(exported(file, dir.resolve("file.json")), exported(pg, dir.resolve("server.json")));
            assertEquals(file.database().read(ContentHash::of), pg.database().read(ContentHash::of), "content");
            assertEquals(Database.SCHEMA_VERSION, pg.schemaVersion());
        }
        // opened again: not seeded twice, same content
        try (Workbench again = TestEngines.open(server, dir); Workbench file = Workbench.open(dir.resolve("workbench.db"))) {
            assertEquals(file.database().read(ContentHash::of), again.database().read(ContentHash::of));
        }
    }

    @Test
    void theChangeLogNamesTheDatabaseUser() {
        ServerAddress server = TestEngines.freshServerDatabase();
        try (Workbench pg = TestEngines.open(server, dir)) {
            assertEquals(server.user(), pg.editor().userName());
        }
    }

    private String refusal(ServerAddress a) {
        StoreException e = assertThrows(StoreException.class, () -> TestEngines.open(a, dir).close());
        return ErrorText.describe(zh, e);
    }

    @Test
    void anUnreachableServerIsNamedAsSuch() {
        ServerAddress s = TestEngines.server();
        // nothing listens on port 1
        String msg = refusal(new ServerAddress("127.0.0.1", 1, "plan", "planner", "disable"));
        assertTrue(msg.startsWith("无法连接数据库服务器 postgresql://127.0.0.1:1/plan?user=planner"), msg);
        assertTrue(msg.contains("服务器无法访问"), msg);
        assertTrue(s.port() != 1);
    }

    @Test
    void aDatabaseTheServerDoesNotHaveIsNamedAsSuch() {
        ServerAddress s = TestEngines.server();
        String msg = refusal(new ServerAddress(s.host(), s.port(), "no_such_plan", s.user(), s.sslmode()));
        assertTrue(msg.startsWith("数据库服务器上没有这个数据库："), msg);
    }

    @Test
    void aMissingOrWrongPasswordIsNamedAsSuchAndPgpassIsRead() throws Exception {
        ServerAddress s = TestEngines.freshServerDatabase();
        TestEngines.admin(TestEngines.server(), "GRANT ALL ON DATABASE " + s.database() + " TO wb_pw");
        TestEngines.admin(new ServerAddress(s.host(), s.port(), s.database(), s.user(), s.sslmode()),
                "GRANT ALL ON SCHEMA public TO wb_pw");
        ServerAddress asUser = new ServerAddress("127.0.0.1", s.port(), s.database(), "wb_pw", s.sslmode());
        Path pgpass = dir.resolve("pgpass");
        String before = System.getProperty("org.postgresql.pgpassfile");
        try {
            System.setProperty("org.postgresql.pgpassfile", dir.resolve("none").toString());
            assertTrue(refusal(asUser).startsWith("数据库服务器 postgresql://127.0.0.1:"), "no password");
            Files.writeString(pgpass, "127.0.0.1:" + s.port() + ":" + s.database() + ":wb_pw:falsch\n");
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            String msg = refusal(asUser);
            assertTrue(msg.contains("拒绝登录：用户名或密码不对"), msg);
            assertTrue(!msg.contains("falsch"), "the password is never in a message");
            Files.writeString(pgpass, "127.0.0.1:" + s.port() + ":*:wb_pw:richtig-2026\n");
            try (Workbench wb = TestEngines.open(asUser, dir)) {
                assertEquals("wb_pw", wb.editor().userName());
            }
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        ServerAddress s = TestEngines.freshServerDatabase();
        try (Connection c = TestEngines.connect(s); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)");
        }
        String msg = refusal(s);
        assertTrue(msg.contains("属于其他程序"), msg);
        try (Connection c = TestEngines.connect(s); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "nothing was created");
        }
    }

    @Test
    void aSchemaNewerThanTheWorkbenchIsRefusedUntouched() throws Exception {
        ServerAddress s = TestEngines.freshServerDatabase();
        TestEngines.open(s, dir).close();
        try (Connection c = TestEngines.connect(s); Statement st = c.createStatement()) {
            st.execute("UPDATE workbench_schema SET version = 99");
        }
        String msg = refusal(s);
        assertTrue(msg.contains("已由更新版本的工作台升级"), msg);
    }

    @Test
    void theMigrationsTranslateForPostgresqlWithoutTouchingSqlite() {
        String sql = "CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    v REAL, b BLOB, s TEXT NOT NULL DEFAULT 'INTEGER',\n"
                + "    r TEXT REFERENCES x (code) ON UPDATE CASCADE\n);";
        assertEquals(java.util.List.of(sql), Dialect.SQLITE.statements(sql));
        var pg = Dialect.POSTGRESQL.statements(sql);
        assertEquals(2, pg.size(), "the table and the trigger that numbers its ids");
        assertTrue(pg.get(0).contains("id BIGINT PRIMARY KEY"), pg.get(0));
        assertTrue(pg.get(0).contains("v DOUBLE PRECISION, b BYTEA, s TEXT COLLATE \"C\" NOT NULL DEFAULT 'INTEGER'"), pg.get(0));
        assertTrue(pg.get(0).contains("ON UPDATE CASCADE DEFERRABLE INITIALLY IMMEDIATE"), pg.get(0));
        String marked = "-- postgresql: ALTER TABLE a DROP CONSTRAINT c;\n-- sqlite-only begin\nDROP TABLE a;\n-- sqlite-only end\nSELECT 1;";
        assertEquals(java.util.List.of("DROP TABLE a;", "SELECT 1;"), Dialect.SQLITE.statements(marked));
        assertEquals(java.util.List.of("ALTER TABLE a DROP CONSTRAINT c;", "SELECT 1;"), Dialect.POSTGRESQL.statements(marked));
    }
}
