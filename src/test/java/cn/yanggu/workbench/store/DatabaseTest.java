package cn.yanggu.workbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsMigratedToTheCurrentSchemaWithWalAndForeignKeys() {
        Path file = dir.resolve("sub/folder/new.db");
        try (Database db = Database.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, db.schemaVersion());
            List<String> tables = db.read(c -> strings(c, "SELECT name FROM sqlite_master WHERE type='table'"));
            assertTrue(tables.containsAll(List.of("plan_info", "zone", "chain", "chain_link", "chain_enterprise",
                    "enterprise", "project", "project_listing", "indicator", "indicator_value", "threshold",
                    "efficiency_class", "plan_note")), tables.toString());
            assertEquals("wal", db.read(c -> strings(c, "PRAGMA journal_mode")).get(0));
            assertEquals("1", db.read(c -> strings(c, "PRAGMA foreign_keys")).get(0));
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void reopeningDoesNotMigrateAgain() {
        Path file = dir.resolve("a.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, db.schemaVersion());
        }
    }

    @Test
    void aForeignKeyViolationRollsBackTheWholeTransaction() {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO enterprise (code, position, name, source) VALUES ('e', 0, 'E', 's')");
                    s.execute("INSERT INTO project (code, position, name, kind, source, enterprise_code)"
                            + " VALUES ('p', 0, 'P', 'project', 's', 'missing')");
                }
                return null;
            }));
            assertEquals("0", db.read(c -> strings(c, "SELECT count(*) FROM enterprise")).get(0),
                    "the first insert of the failed transaction is gone too");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("report.db");
        byte[] content = "这不是数据库 / not a database, just text".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.NOT_A_DATABASE, e.reason());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir), "no -wal or -shm files were created beside it");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.FOREIGN_DATABASE, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseFromANewerWorkbenchIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 5));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.NEWER_VERSION, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        List<String> parts = Database.splitSql("-- comment\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n  y\n);\n");
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (\n  y\n);"), parts);
    }

    private static List<Path> list(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static List<String> strings(Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
