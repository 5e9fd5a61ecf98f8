package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    @TempDir
    Path dir;

    private static double area(Workbench wb) {
        return wb.editor().plan().zone("east").orElseThrow().areaKm2();
    }

    private static void setArea(Workbench wb, double area) {
        Zone z = wb.editor().plan().zone("east").orElseThrow();
        wb.editor().apply(Edit.of("面积", Change.update(z, new Zone(z.code(), z.name(), z.kind(), area, z.east(),
                z.west(), z.south(), z.north(), z.source(), z.note()))));
    }

    private static double areaIn(Path db) {
        try (Workbench wb = Workbench.open(db)) {
            return area(wb);
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    @Test
    void anImportFirstBacksUpTheDatabaseAsItWasAndAMalformedFileMakesNoBackup() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("plan.json");
        try (Workbench wb = Workbench.open(db)) {
            setArea(wb, 20.5);
            wb.exportJson(file, "test");
            setArea(wb, 30.5);
            Path broken = dir.resolve("broken.json");
            Files.writeString(broken, "{ \"zones\": [", StandardCharsets.UTF_8);
            assertThrows(PlanJson.FormatException.class, () -> wb.importJson(broken));
            assertEquals(List.of(), wb.backups().list(), "nothing was imported, so nothing was backed up");

            wb.importJson(file);
            assertEquals(20.5, area(wb));
            List<Backups.Backup> list = wb.backups().list();
            assertEquals(1, list.size());
            assertEquals(Backups.Reason.BEFORE_IMPORT, list.get(0).reason());
            assertEquals(dir.resolve("backups"), list.get(0).file().getParent());
            assertTrue(list.get(0).file().getFileName().toString().matches("w_\\d{8}-\\d{6}-\\d{3}_before-import\\.db"));
            Path copy = dir.resolve("copy.db");
            Files.copy(list.get(0).file(), copy);
            assertEquals(30.5, areaIn(copy), "the backup holds the data from before the import");
        }
    }

    @Test
    void automaticBackupsAreRotatedToTheNewestTwentyAndManualOnesAreKept() {
        Path db = dir.resolve("w.db");
        try (Workbench wb = Workbench.open(db)) {
            Backups.Backup firstManual = wb.backup(Backups.Reason.MANUAL);
            for (int i = 0; i < Backups.KEEP_AUTOMATIC + 5; i++) {
                wb.backup(i % 2 == 0 ? Backups.Reason.BEFORE_IMPORT : Backups.Reason.ON_EXIT);
            }
            wb.backup(Backups.Reason.MANUAL);
            List<Backups.Backup> list = wb.backups().list();
            assertEquals(Backups.KEEP_AUTOMATIC, list.stream().filter(b -> b.reason().automatic()).count());
            assertEquals(2, list.stream().filter(b -> b.reason() == Backups.Reason.MANUAL).count());
            assertTrue(list.contains(firstManual), "the oldest manual backup is still there");
            assertEquals(Backups.Reason.MANUAL, list.get(0).reason(), "newest first");
            assertTrue(list.stream().allMatch(b -> b.size() > 0));
        }
    }

    @Test
    void closingAfterChangesMakesAnOnExitBackupAndClosingWithoutChangesDoesNot() {
        Path db = dir.resolve("w.db");
        Workbench.open(db).close();   // created and seeded: a change
        Backups backups = Backups.of(db);
        assertEquals(1, backups.list().size());
        Workbench.open(db).close();   // only read
        assertEquals(1, backups.list().size());
        try (Workbench wb = Workbench.open(db)) {
            setArea(wb, 15.0);
        }
        assertEquals(2, backups.list().size());
        assertEquals(Backups.Reason.ON_EXIT, backups.list().get(0).reason());
    }

    /**
     * Makes the (closed) database {@code db} one of the previous schema version: without the tables of the last
     * migration, and with its version.
     */
    static void makePreviousVersion(Path db) throws Exception {
        String last = Database.MIGRATIONS.get(Database.MIGRATIONS.size() - 1);
        String script;
        try (java.io.InputStream in = Database.class.getResourceAsStream("/cn/yanggu/workbench/db/migration/" + last)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher created = java.util.regex.Pattern.compile("CREATE TABLE (\\w+)").matcher(script);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            while (created.find()) {
                s.execute("DROP TABLE IF EXISTS " + created.group(1));
            }
            s.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION - 1));
        }
    }

    @Test
    void anOlderDatabaseIsCopiedBeforeItIsMigrated() throws Exception {
        Path db = dir.resolve("old.db");
        try (Workbench wb = Workbench.open(db)) {
            setArea(wb, 17.25);
        }
        makePreviousVersion(db);
        for (Backups.Backup b : Backups.of(db).list()) {
            Files.delete(b.file());
        }
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(Database.SCHEMA_VERSION, wb.schemaVersion());
            assertEquals(17.25, area(wb));
            List<Backups.Backup> list = wb.backups().list();
            assertEquals(1, list.size());
            assertEquals(Backups.Reason.BEFORE_MIGRATION, list.get(0).reason());
            assertEquals(Database.SCHEMA_VERSION - 1, userVersion(list.get(0).file()),
                    "the copy is the database before the migration");
        }
    }

    @Test
    void restoreBringsBackABackupAndKeepsTheReplacedDatabase() {
        Path db = dir.resolve("w.db");
        Backups.Backup saved;
        try (Workbench wb = Workbench.open(db)) {
            setArea(wb, 21.0);
            saved = wb.backup(Backups.Reason.MANUAL);
            setArea(wb, 22.0);
        }
        try (Workbench wb = Workbench.restore(db, saved.file())) {
            assertEquals(21.0, area(wb));
            Backups.Backup before = wb.backups().list().stream()
                    .filter(b -> b.reason() == Backups.Reason.BEFORE_RESTORE).findFirst().orElseThrow();
            Path copy = dir.resolve("before.db");
            try {
                Files.copy(before.file(), copy);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(22.0, areaIn(copy), "the replaced database was kept");
        }
    }

    @Test
    void aBadBackupIsRefusedAndTheDatabaseIsLeftExactlyAsItWas() throws Exception {
        Path db = dir.resolve("w.db");
        Workbench.open(db).close();
        Path text = dir.resolve("text.db");
        Files.writeString(text, "not a database");
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
        }
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (x)");
        }
        byte[] before = Files.readAllBytes(db);
        int backups = Backups.of(db).list().size();
        for (Path bad : List.of(text, newer, foreign, dir.resolve("missing.db"))) {
            byte[] badBefore = Files.exists(bad) ? Files.readAllBytes(bad) : null;
            StoreException e = assertThrows(StoreException.class, () -> Workbench.restore(db, bad), bad.toString());
            assertEquals(bad.toAbsolutePath(), e.path(), "the message names the file the user chose");
            assertArrayEquals(before, Files.readAllBytes(db), bad.toString());
            assertEquals(backups, Backups.of(db).list().size(), "no before-restore copy for a refused restore");
            if (badBefore != null) {
                assertArrayEquals(badBefore, Files.readAllBytes(bad), "the chosen file is only read");
            }
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void restoreIsRefusedWhileTheDatabaseIsOpen() {
        Path db = dir.resolve("w.db");
        try (Workbench wb = Workbench.open(db)) {
            Backups.Backup b = wb.backup(Backups.Reason.MANUAL);
            StoreException e = assertThrows(StoreException.class, () -> Workbench.restore(db, b.file()));
            assertEquals(StoreException.Reason.IN_USE, e.reason());
            assertNotNull(wb.loadPlan());
        }
    }
}
