package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moving up and back (issue 16) on the command line: {@code migrate --from FILE.db --to postgresql://…} onto an empty
 * server database (refused when it is not empty; a failure half-way leaves it empty), {@code --db postgresql://…
 * backup --out FILE.db} as an SQLite snapshot any workbench opens, and the round trip file → server → file equal by
 * content hash. Skipped without the test server.
 */
class ServerCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), (db, l) -> { });
        return new Run(code, out.toString(), err.toString());
    }

    private static String hashOf(Path file) {
        try (Workbench wb = Workbench.open(file)) {
            return wb.contentHash();
        }
    }

    private static String hashOf(ServerAddress server) throws Exception {
        try (Connection c = TestEngines.connect(server)) {
            return ContentHash.of(c);
        }
    }

    @Test
    void aFileMovesToTheServerAndBackEqualByContentHash() throws Exception {
        Path file = dir.resolve("township.db");
        TestPlans.withActuals(dir.resolve("t")).close();
        Files.copy(dir.resolve("t").resolve("workbench.db"), file);
        String original = hashOf(file);
        ServerAddress server = TestEngines.freshServerDatabase();

        Run migrated = cli("migrate", "--from", file.toString(), "--to", server.toString());
        assertEquals(0, migrated.code(), migrated.err());
        assertTrue(migrated.out().startsWith("已将 " + file.toAbsolutePath() + " 迁移到 " + server), migrated.out());
        assertTrue(migrated.out().contains(original.substring(0, 12)), migrated.out());
        assertEquals(original, hashOf(server), "the server holds the file's content");

        Path snapshot = dir.resolve("快照.db");
        Run backup = cli("--db", server.toString(), "backup", "--out", snapshot.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().startsWith("已将服务器数据库 " + server + " 备份为 SQLite 快照"), backup.out());
        assertEquals(original, hashOf(snapshot), "the snapshot opens in any workbench with the same content");
        try (Workbench fromFile = Workbench.open(file); Workbench fromSnapshot = Workbench.open(snapshot)) {
            assertEquals(fromFile.loadPlan(), fromSnapshot.loadPlan());
            assertEquals(fromFile.editor().audit(), fromSnapshot.editor().audit(), "the change log moved along");
        }
    }

    @Test
    void aServerDatabaseThatIsNotEmptyIsRefusedAndKeptAsItWas() throws Exception {
        Path file = dir.resolve("a.db");
        TestPlans.seeded(dir).close();
        Files.copy(dir.resolve("workbench.db"), file);
        ServerAddress server = TestEngines.seededServerDatabase(dir);
        String before = hashOf(server);
        Run refused = cli("migrate", "--from", file.toString(), "--to", server.toString());
        assertEquals(Cli.FAILED, refused.code());
        assertTrue(refused.err().startsWith("迁移未进行，服务器上未作任何改动：目标数据库 "), refused.err());
        assertTrue(refused.err().contains("中已有数据"), refused.err());
        assertEquals(before, hashOf(server));
    }

    @Test
    void aMigrationThatFailsHalfWayLeavesTheServerEmpty() throws Exception {
        Path file = dir.resolve("a.db");
        TestPlans.withActuals(dir).close();
        Files.copy(dir.resolve("workbench.db"), file);
        ServerAddress server = TestEngines.freshServerDatabase();
        Database.open(server, (d, v) -> { }).close();   // the schema, no rows
        try (Connection c = TestEngines.connect(server); Statement s = c.createStatement()) {
            // the server fails on the last table the copy writes (tables go in name order)
            s.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " RAISE EXCEPTION 'disk full'; END $$");
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON zone FOR EACH ROW EXECUTE FUNCTION refuse()");
        }
        Run failed = cli("migrate", "--from", file.toString(), "--to", server.toString());
        assertEquals(Cli.FAILED, failed.code());
        try (Database db = Database.open(server, (d, v) -> { })) {
            assertTrue(db.isEmpty(), "nothing of the copy is on the server");
        }
    }

    @Test
    void aBackupIsRestoredOntoTheServerAndWhatItReplacedIsKeptInTheUsersDataFolder() throws Exception {
        ServerAddress server = TestEngines.seededServerDatabase(dir);
        Path backup = dir.resolve("备份.db");
        assertEquals(0, cli("--db", server.toString(), "backup", "--out", backup.toString()).code());
        try (Workbench wb = TestEngines.open(server, dir.resolve("w"))) {
            TestPlans.enterActuals(wb);
        }
        String changed = hashOf(server);

        Run restored = cli("restore", "--in", backup.toString(), "--to", server.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(hashOf(backup), hashOf(server));
        assertTrue(restored.out().startsWith("已用 " + backup.toAbsolutePath() + " 恢复服务器数据库 " + server + "："),
                restored.out());
        assertTrue(restored.out().contains(hashOf(backup).substring(0, 12)), restored.out());
        // the before-restore snapshot: in the user's data folder (the tests' XDG_DATA_HOME), named for the server
        String said = restored.out().substring(restored.out().indexOf("已另存为 ") + "已另存为 ".length()).strip();
        Path kept = Path.of(said);
        assertEquals(Workbench.serverBackups(cn.yanggu.workbench.app.DataPaths.system().dataDirectory(), server)
                .resolveSibling("backups"), kept.getParent());
        assertTrue(kept.getFileName().toString().endsWith("_before-restore.db"), said);
        assertEquals(changed, hashOf(kept), "the server's content before the restore");
    }

    @Test
    void anEditorsRestoreIsRefusedNamingTheRole() throws Exception {
        ServerAddress db = TestEngines.seededServerDatabase(dir);
        TestEngines.runRolesScript(db);
        TestEngines.login(db, "wb_restore_cli_editor", "yanggu_editor");
        ServerAddress asEditor = TestEngines.as(db, "wb_restore_cli_editor");
        String before = hashOf(db);
        Path backup = dir.resolve("备份.db");
        TestPlans.seeded(dir.resolve("b")).close();
        Files.copy(dir.resolve("b").resolve("workbench.db"), backup);
        Run refused = cli("restore", "--in", backup.toString(), "--to", asEditor.toString());
        assertEquals(Cli.FAILED, refused.code());
        assertEquals("无法从 " + backup.toAbsolutePath() + " 恢复服务器数据库，服务器上未作任何改动：只有管理员可以恢复服务器数据库 "
                + asEditor + "：用户 wb_restore_cli_editor 的角色是“编辑”。", refused.err().strip());
        assertEquals(before, hashOf(db));
    }

    @Test
    void aServerIsRestoredOnlyByRestoreToAndABadFileIsNamed() throws Exception {
        ServerAddress server = TestEngines.seededServerDatabase(dir);
        String before = hashOf(server);
        Path backup = dir.resolve("备份.db");
        TestPlans.seeded(dir.resolve("b")).close();
        Files.copy(dir.resolve("b").resolve("workbench.db"), backup);
        Run other = cli("--db", server.toString(), "restore", "--in", backup.toString());
        assertEquals(Cli.FAILED, other.code());
        assertTrue(other.err().contains("restore --in 备份.db --to postgresql://"), other.err());

        Path text = Files.writeString(dir.resolve("说明.db"), "不是数据库");
        Run bad = cli("restore", "--in", text.toString(), "--to", server.toString());
        assertEquals(Cli.FAILED, bad.code());
        assertTrue(bad.err().startsWith("无法从 " + text.toAbsolutePath() + " 恢复服务器数据库，服务器上未作任何改动："), bad.err());
        assertTrue(bad.err().contains("无法打开 " + text.toAbsolutePath() + "：该文件不是数据库文件"), bad.err());
        assertEquals(before, hashOf(server));
    }

    @Test
    void aBadTargetAddressIsOneLine() {
        Run bad = cli("migrate", "--from", "x.db", "--to", "postgresql://host/db");
        assertEquals(Cli.USAGE, bad.code());
        assertTrue(bad.err().contains("缺少用户名"), bad.err());
    }
}
