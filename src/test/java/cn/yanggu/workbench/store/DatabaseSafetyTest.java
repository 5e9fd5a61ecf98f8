package cn.yanggu.workbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged, read-only and already-open databases are refused and left exactly as they were. */
class DatabaseSafetyTest {
    @TempDir
    Path dir;

    /** A workbench database with some rows, closed. */
    private Path database(String name) throws Exception {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (int i = 0; i < 400; i++) {
                        s.execute("INSERT INTO zone (code, position, name, kind, source) VALUES ('z" + i + "', " + i
                                + ", '" + "园区".repeat(40) + i + "', 'industrial', 'test')");
                    }
                }
                return null;
            });
        }
        return file;
    }

    @Test
    void aDamagedDatabaseIsRefusedAsCorruptAndLeftUntouched() throws Exception {
        Path file = database("damaged.db");
        long size = Files.size(file);
        assertTrue(size > 4 * 4096, "the database spans several pages");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(7).nextBytes(junk);
            raf.seek(size - 2 * 4096);   // a data page; the header and the schema page stay intact
            raf.write(junk);
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.CORRUPT, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
        StoreException v = assertThrows(StoreException.class, () -> Database.verify(file));
        assertEquals(StoreException.Reason.CORRUPT, v.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDamagedDatabaseCheckedBesideItsFirstReadsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = database("damaged-beside.db");
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(7).nextBytes(junk);
            raf.seek(size - 2 * 4096);
            raf.write(junk);
        }
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.openCheckingBeside(file, (opened, from) -> { })) {
            StoreException write = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM zone");
                }
                return null;
            }));
            assertEquals(StoreException.Reason.CORRUPT, write.reason());
            StoreException checked = assertThrows(StoreException.class, db::checked);
            assertEquals(StoreException.Reason.CORRUPT, checked.reason());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aSoundDatabaseCheckedBesideItsFirstReadsOpensAndWrites() throws Exception {
        Path file = database("sound.db");
        try (Database db = Database.openCheckingBeside(file, (opened, from) -> { })) {
            assertEquals(Integer.valueOf(400), db.<Integer>read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM zone")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }));
            db.checked();
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM zone WHERE code = 'z1'");
                }
                return null;
            });
        }
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = database("readonly.db");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        List<Path> filesBefore = list(dir);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Reason.READ_ONLY, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(filesBefore, list(dir), "no lock, -wal or -shm file was created");
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsRefused() throws Exception {
        Path file = database("in-folder.db");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertEquals(StoreException.Reason.READ_ONLY, e.reason());
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondOpenInThisProcessIsRefusedWithThePidUntilTheFirstCloses() throws Exception {
        Path file = database("twice.db");
        try (Database first = Database.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertEquals(StoreException.Reason.IN_USE, e.reason());
            assertEquals(String.valueOf(ProcessHandle.current().pid()), e.detail());
            assertEquals(Database.SCHEMA_VERSION, first.schemaVersion(), "the first stays usable");
        }
        Database.open(file).close();   // free again
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsRefusedWithThatProcessId() throws Exception {
        refusedWhileAnotherProcessHolds(database("other-process.db"));
    }

    /**
     * A GTK file dialog showing the database's folder opens and closes the files it lists; on Linux closing any
     * descriptor of a file drops the process's POSIX locks on it. The guard must hold all the same.
     */
    @Test
    void theGuardHoldsAfterTheProcessOpensAndClosesItsFilesAsAFileDialogWould() throws Exception {
        refusedWhileAnotherProcessHolds(database("dialog.db"), "browse");
    }

    /**
     * Another process opens {@code file} (with {@code browse}: then opens and closes every file of its folder); a start
     * here is refused with that process's id; once it is killed, nothing it left blocks the next start.
     */
    private static void refusedWhileAnotherProcessHolds(Path file, String... holderArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString()));
        command.addAll(List.of(holderArgs));
        Process holder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertEquals("OPEN", line, "the other process opened the database");
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertEquals(StoreException.Reason.IN_USE, e.reason());
            assertEquals(String.valueOf(holder.pid()), e.detail());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        Database.open(file).close();   // the operating system released the lock (and the guard) with the process
    }

    /**
     * Opens a database and keeps it open until killed (for the tests above); with {@code browse}, first opens and
     * closes every file of the database's folder, as a file dialog's listing and preview do.
     */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            if (args.length > 1) {
                try (var files = Files.list(Path.of(args[0]).toAbsolutePath().getParent())) {
                    for (Path f : files.toList()) {
                        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "r")) {
                            r.read();
                        }
                    }
                }
            }
            System.out.println("OPEN");
            System.out.flush();
            System.in.read();   // holds the database until the test kills this process (or closes its input)
            db.close();
        }
    }

    @Test
    void copyIntoWorksWhileTheDatabaseIsOpenForWriting() throws Exception {
        Path file = database("live.db");
        Path copy = dir.resolve("copy.db");
        try (Database db = Database.open(file)) {
            Database.copyInto(file, copy);
            assertEquals(Database.SCHEMA_VERSION, Database.verify(copy));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM zone")) {
                assertEquals(400, rs.getInt(1));
            }
            assertEquals(Database.SCHEMA_VERSION, db.schemaVersion());
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
