package cn.yanggu.workbench.cli;

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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** backup and restore on the command line; bad database files give one line, exit 1 and stay as they were. */
class SafetyCliTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String exported(Path db) throws Exception {
        Path json = dir.resolve("e.json");
        assertEquals(0, run("--db", db.toString(), "export", "--format", "json", "--out", json.toString()), cli.err());
        // the export's header has the time of export; the data after it is what is compared
        String s = Files.readString(json);
        return s.substring(s.indexOf("\"plan\""));
    }

    @Test
    void backupThenRestoreBringsTheDataBack() throws Exception {
        Path db = dir.resolve("w.db");
        String original = exported(db);
        Path copy = dir.resolve("copy.db");
        assertEquals(0, run("--db", db.toString(), "backup", "--out", copy.toString()), cli.err());
        assertTrue(cli.out().contains(copy.toString()), cli.out());

        Path other = dir.resolve("other.json");
        Files.writeString(other, original.replace("\"亩均税收\"", "\"亩均税收（改）\"").replaceFirst("^", "{ "));
        assertEquals(0, run("--db", db.toString(), "import", "--format", "json", "--in", other.toString()), cli.err());
        assertTrue(exported(db).contains("亩均税收（改）"));

        assertEquals(0, run("--db", db.toString(), "restore", "--in", copy.toString()), cli.err());
        assertTrue(cli.out().contains("before-restore"), cli.out());
        assertEquals(original, exported(db));
    }

    @Test
    void badDatabaseFilesGiveOneLineAndExitOneAndAreNotChanged() throws Exception {
        Path text = dir.resolve("text.db");
        Files.writeString(text, "这不是数据库");
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("PRAGMA user_version = 999");
        }
        Path damaged = dir.resolve("damaged.db");
        exported(damaged);
        long size = Files.size(damaged);
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            raf.seek(size / 2 / 4096 * 4096);
            raf.write(new byte[4096 * 2]);   // two data pages zeroed
        }
        Path readOnly = dir.resolve("ro.db");
        exported(readOnly);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        for (Path bad : List.of(text, newer, damaged, readOnly)) {
            byte[] before = Files.readAllBytes(bad);
            for (String[] command : List.of(
                    new String[] {"export", "--format", "json", "--out", dir.resolve("x.json").toString()},
                    new String[] {"import", "--format", "json", "--in", dir.resolve("e.json").toString()},
                    new String[] {"backup", "--out", dir.resolve("x.db").toString()})) {
                String[] args = new String[command.length + 2];
                args[0] = "--db";
                args[1] = bad.toString();
                System.arraycopy(command, 0, args, 2, command.length);
                int code = run(args);
                if (bad == readOnly && command[0].equals("backup")) {
                    assertEquals(0, code, "a read-only database can still be copied");
                    continue;
                }
                assertEquals(1, code, bad + " " + command[0]);
                assertEquals(1, cli.err().strip().lines().count(), cli.err());
                assertTrue(cli.err().contains(bad.getFileName().toString()), cli.err());
                assertArrayEquals(before, Files.readAllBytes(bad), bad + " " + command[0]);
            }
        }
        assertTrue(run("--db", damaged.toString(), "export", "--format", "json", "--out", "x.json") == 1
                && cli.err().contains("损坏"), cli.err());
        assertTrue(run("--db", readOnly.toString(), "export", "--format", "json", "--out", "x.json") == 1
                && cli.err().contains("只读"), cli.err());
    }

    @Test
    void writeCommandsAreRefusedWhileTheDatabaseIsOpenButBackupWorks() throws Exception {
        Path db = dir.resolve("w.db");
        String original = exported(db);
        try (var open = cn.yanggu.workbench.app.Workbench.open(db)) {
            Files.writeString(dir.resolve("in.json"), "{ " + original);
            assertEquals(1, run("--db", db.toString(), "import", "--format", "json", "--in",
                    dir.resolve("in.json").toString()));
            assertTrue(cli.err().contains(String.valueOf(ProcessHandle.current().pid())), cli.err());
            assertEquals(1, cli.err().strip().lines().count());
            assertEquals(0, run("--db", db.toString(), "backup", "--out", dir.resolve("live.db").toString()),
                    cli.err());
            assertEquals(1, run("--db", db.toString(), "restore", "--in", dir.resolve("live.db").toString()));
            assertTrue(cli.err().contains("另一个工作台"), cli.err());
            open.loadPlan();
        }
    }
}
