package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code restore --in FILE.db --to postgresql://…} (issue 16): a 管理员 puts a backup in place of the server
 * database's whole content in one server transaction, after keeping a snapshot of what it replaces; an 编辑 is
 * refused by name and by the server; a copy that fails half-way, or a file that is no sound workbench database,
 * leaves the server as it was. Skipped without the test server.
 */
class ServerRestoreTest {
    private static final I18n ZH = I18n.forLanguage("zh");
    @TempDir
    Path dir;

    private static String hashOf(ServerAddress server) throws Exception {
        try (Connection c = TestEngines.connect(server)) {
            return ContentHash.of(c);
        }
    }

    private static String hashOf(Path file) {
        try (Database db = Database.open(file)) {
            return db.read(ContentHash::of);
        }
    }

    private static void setTax(Workbench wb, int year, double value) {
        Indicator tax = TestPlans.indicator(wb.editor().plan(), "亩均税收");
        wb.editor().apply(Edit.of(year + "", Change.update(tax, EditorTest.withValue(tax, year, value))));
    }

    private Path backupsAs(ServerAddress server) {
        return Workbench.serverBackups(dir.resolve("data"), server);
    }

    private java.util.List<Backups.Backup> beforeRestore(ServerAddress server) {
        return Backups.of(backupsAs(server)).list().stream()
                .filter(b -> b.reason() == Backups.Reason.BEFORE_RESTORE).toList();
    }

    /** A township's file migrated onto a new server database; returns the server database. */
    private ServerAddress migrated() {
        Path file = dir.resolve("township.db");
        TestPlans.seeded(dir.resolve("t")).close();
        try {
            Files.copy(dir.resolve("t").resolve("workbench.db"), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ServerAddress server = TestEngines.freshServerDatabase();
        ServerTransfer.migrate(file, server);
        return server;
    }

    @Test
    void aBackupRestoredOntoTheServerIsItsContentAgainAndWhatItReplacedIsKept() throws Exception {
        ServerAddress server = migrated();
        try (Workbench wb = TestEngines.open(server, dir.resolve("w1"))) {
            setTax(wb, 2023, 5.2);
        }
        Path backup = dir.resolve("备份.db");
        ServerTransfer.Copied snapshot = ServerTransfer.snapshot(server, backup);
        try (Workbench other = TestEngines.open(server, dir.resolve("w2"))) {
            setTax(other, 2024, 6.6);   // work done after the backup, which the restore takes back
            String beforeRestore = hashOf(server);
            assertNotEquals(snapshot.contentHash(), beforeRestore);
            CountDownLatch heard = new CountDownLatch(1);
            try (AutoCloseable watch = other.watchOthers(heard::countDown)) {
                ServerTransfer.Restored done = ServerTransfer.restore(backup, server, backupsAs(server));

                assertEquals(snapshot.contentHash(), done.copied().contentHash());
                assertEquals(snapshot.contentHash(), hashOf(server), "the server holds the backup's content");
                assertTrue(heard.await(10, TimeUnit.SECONDS), "an open window hears of the restore");
                other.editor().refresh();
                Indicator tax = TestPlans.indicator(other.editor().plan(), "亩均税收");
                assertTrue(tax.values().stream().noneMatch(v -> v.year() == 2024 && v.value() == 6.6),
                        "the open window shows the restored plan");
                assertTrue(tax.values().stream().anyMatch(v -> v.year() == 2023 && v.value() == 5.2));
                // what the restore replaced is a snapshot any workbench opens, named for the server and database
                assertEquals(1, beforeRestore(server).size());
                Path kept = done.before().file();
                assertEquals(kept, beforeRestore(server).get(0).file());
                assertTrue(kept.getFileName().toString().startsWith(server.host() + "_" + server.port() + "_"
                        + server.database() + "_"), kept.toString());
                assertEquals(beforeRestore, hashOf(kept));
            }
            // the window goes on working on the restored database
            setTax(other, 2024, 7.7);
        }
    }

    @Test
    void aBackupOfAnOlderVersionIsBroughtToTheCurrentSchemaFirstAndACopyOfItKept() throws Exception {
        ServerAddress server = migrated();
        Path old = dir.resolve("旧版本备份.db");
        try (Workbench wb = TestPlans.seeded(dir.resolve("o"))) {
            setTax(wb, 2022, 5.1);
        }
        Files.copy(dir.resolve("o").resolve("workbench.db"), old);
        BackupsTest.makePreviousVersion(old);

        ServerTransfer.restore(old, server, backupsAs(server));

        assertEquals(Database.SCHEMA_VERSION, Database.verify(old), "the file was brought to this version");
        List<Backups.Backup> copies = Backups.of(old).list();
        assertEquals(1, copies.size());
        assertEquals(Backups.Reason.BEFORE_MIGRATION, copies.get(0).reason());
        assertEquals(Database.SCHEMA_VERSION - 1, Database.verify(copies.get(0).file()), "a copy as it was");
        assertEquals(hashOf(old), hashOf(server));
        try (Workbench wb = TestEngines.open(server, dir.resolve("w"))) {
            Indicator tax = TestPlans.indicator(wb.editor().plan(), "亩均税收");
            assertTrue(tax.values().stream().anyMatch(v -> v.year() == 2022 && v.value() == 5.1));
        }
    }

    @Test
    void anEditorIsRefusedByNameAndTheServerRefusesItAnyway() throws Exception {
        ServerAddress db = TestEngines.freshServerDatabase();
        TestEngines.runRolesScript(db);
        TestEngines.login(db, "wb_restore_admin", "yanggu_admin");
        TestEngines.admin(db, "ALTER ROLE wb_restore_admin SET ROLE yanggu_admin");
        TestEngines.login(db, "wb_restore_editor", "yanggu_editor");
        ServerAddress asAdmin = TestEngines.as(db, "wb_restore_admin");
        TestEngines.open(asAdmin, dir.resolve("admin")).close();
        TestEngines.runRolesScript(db);
        Path backup = dir.resolve("备份.db");
        ServerTransfer.snapshot(asAdmin, backup);
        try (Workbench admin = TestEngines.open(asAdmin, dir.resolve("admin2"))) {
            setTax(admin, 2023, 5.2);
        }
        String before = hashOf(db);
        ServerAddress asEditor = TestEngines.as(db, "wb_restore_editor");

        ServerTransfer.NotAdministrator refused = assertThrows(ServerTransfer.NotAdministrator.class,
                () -> ServerTransfer.restore(backup, asEditor, backupsAs(asEditor)));
        assertEquals(Role.EDITOR, refused.role());
        String text = ErrorText.describe(ZH, refused);
        assertTrue(text.startsWith("只有管理员可以恢复服务器数据库 " + asEditor + "：用户 wb_restore_editor 的角色是“编辑”"), text);
        assertEquals(before, hashOf(db), "nothing changed");
        assertTrue(beforeRestore(asEditor).isEmpty(), "nothing written, not even the snapshot");

        // past the workbench's own check, the server refuses to empty the tables for an editor
        try (Database server = Database.open(asEditor, (d, v) -> { }); Database file = Database.open(backup)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.replaceContent(file, server));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, e.reason());
        }
        assertEquals(before, hashOf(db));

        // the 管理员 may
        ServerTransfer.restore(backup, asAdmin, backupsAs(asAdmin));
        assertEquals(hashOf(backup), hashOf(db));
    }

    /** A server database edited after its snapshot {@code backup()}, and a trigger on its last table to copy. */
    private record Armed(ServerAddress server, Path backup, String before) {
    }

    /**
     * Migrates, snapshots, sets 亩均税收 2023 to 5.2, and puts {@code function} (PL/pgSQL body) as a trigger on the last
     * table a copy writes (tables go in name order), so it runs after the TRUNCATE.
     */
    private Armed armed(String name, String function) throws Exception {
        ServerAddress server = migrated();
        Path backup = dir.resolve("备份.db");
        ServerTransfer.snapshot(server, backup);
        try (Workbench wb = TestEngines.open(server, dir.resolve("w"))) {
            setTax(wb, 2023, 5.2);
        }
        String before = hashOf(server);
        try (Connection c = TestEngines.connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " + function
                    + " END $$");
            s.execute("CREATE TRIGGER " + name + " BEFORE INSERT ON zone FOR EACH ROW EXECUTE FUNCTION " + name + "()");
        }
        return new Armed(server, backup, before);
    }

    @Test
    void aCopyThatFailsHalfWayLeavesTheServerAsItWas() throws Exception {
        // the server fails (a full disk) on the last table the copy writes
        Armed a = armed("refuse", "RAISE EXCEPTION 'disk full';");
        ServerAddress server = a.server();
        StoreException failed = assertThrows(StoreException.class,
                () -> ServerTransfer.restore(a.backup(), server, backupsAs(server)));
        assertTrue(failed.getMessage().contains("disk full") || String.valueOf(failed.getCause()).contains("disk full"),
                failed.getMessage());
        assertEquals(a.before(), hashOf(server), "every row as it was, none of the backup's");
        try (Workbench wb = TestEngines.open(server, dir.resolve("w2"))) {
            Indicator tax = TestPlans.indicator(wb.editor().plan(), "亩均税收");
            assertTrue(tax.values().stream().anyMatch(v -> v.year() == 2023 && v.value() == 5.2));
        }
    }

    @Test
    void aConnectionDroppedDuringTheCopyLeavesTheServerAsItWas() throws Exception {
        // the network drops while the rows are being copied
        Armed a = armed("drop_me", "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW;");
        ServerAddress server = a.server();
        String before = a.before();
        StoreException dropped = assertThrows(StoreException.class,
                () -> ServerTransfer.restore(a.backup(), server, backupsAs(server)));
        assertEquals(StoreException.Reason.CONNECTION_LOST, dropped.reason(), dropped.getMessage());
        assertTrue(ErrorText.describe(ZH, dropped).contains("连接中断"), ErrorText.describe(ZH, dropped));
        assertEquals(before, hashOf(server), "every row as it was, none of the backup's");
    }

    @Test
    void aFileThatIsNoSoundWorkbenchDatabaseIsRefusedNamingItAndTheServerIsKept() throws Exception {
        ServerAddress server = migrated();
        String before = hashOf(server);
        Path text = dir.resolve("说明.db");
        Files.writeString(text, "这不是数据库");
        Path empty = Files.createFile(dir.resolve("空.db"));
        Path foreign = dir.resolve("其他程序.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)");
        }
        Path newer = dir.resolve("新版本.db");
        TestPlans.seeded(dir.resolve("n")).close();
        Files.copy(dir.resolve("n").resolve("workbench.db"), newer);
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
        }
        Path missing = dir.resolve("没有.db");
        for (Path bad : new Path[] {text, empty, foreign, newer, missing}) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> ServerTransfer.restore(bad, server, backupsAs(server)), bad.toString());
            String said = ErrorText.describe(ZH, e);
            assertTrue(said.contains(bad.toAbsolutePath().normalize().toString()), said);
        }
        assertEquals(StoreException.Reason.NEWER_VERSION, assertThrows(StoreException.class,
                () -> ServerTransfer.restore(newer, server, backupsAs(server))).reason());
        assertEquals(StoreException.Reason.FOREIGN_DATABASE, assertThrows(StoreException.class,
                () -> ServerTransfer.restore(foreign, server, backupsAs(server))).reason());
        assertEquals(before, hashOf(server));
        assertTrue(beforeRestore(server).isEmpty(), "the server was not even snapshot");
        assertFalse(Files.exists(missing), "a missing file is not made");
    }
}
