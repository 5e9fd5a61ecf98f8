package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.StoreException;
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
 * The roles of packaging/postgres/bureau-roles.sql, refused by the server itself (issue 16): 只读 changes nothing,
 * 编辑 changes the plan's data but not the locks (定稿), 管理员 does both. Skipped without the test server.
 */
class ServerRolesTest {
    @TempDir
    Path dir;

    /** Runs the IT script in {@code db} as the superuser (statements end a line with ";"; comment lines skipped). */
    private static void runScript(ServerAddress db) throws Exception {
        String script = Files.readString(Path.of("packaging/postgres/bureau-roles.sql"));
        try (Connection c = TestEngines.connect(db); Statement s = c.createStatement()) {
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

    private static ServerAddress as(ServerAddress db, String user) {
        return new ServerAddress(db.host(), db.port(), db.database(), user, db.sslmode());
    }

    private static void login(ServerAddress db, String user, String role) {
        TestEngines.admin(db, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + user + "')"
                + " THEN CREATE ROLE " + user + " LOGIN; END IF; END $$");
        TestEngines.admin(db, "GRANT " + role + " TO " + user);
    }

    @Test
    void eachRoleMayDoWhatItsScriptGrantsAndTheServerRefusesTheRest() throws Exception {
        ServerAddress db = TestEngines.freshServerDatabase();
        runScript(db);
        login(db, "wb_admin_t", "yanggu_admin");
        TestEngines.admin(db, "ALTER ROLE wb_admin_t SET ROLE yanggu_admin");
        login(db, "wb_editor_t", "yanggu_editor");
        login(db, "wb_reader_t", "yanggu_reader");
        // the 管理员 starts first: the tables are made; then IT runs the script again
        TestEngines.open(as(db, "wb_admin_t"), dir.resolve("admin")).close();
        runScript(db);

        try (Workbench editor = TestEngines.open(as(db, "wb_editor_t"), dir.resolve("editor"))) {
            Indicator tax = TestPlans.indicator(editor.editor().plan(), "亩均税收");
            editor.editor().apply(Edit.of("2023", Change.update(tax, EditorTest.withValue(tax, 2023, 5.2))));
            StoreException lock = assertThrows(StoreException.class, () -> editor.editor().lockYear(2023, "定稿"));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, lock.reason());
            assertTrue(ErrorText.describe(I18n.forLanguage("zh"), lock).contains("拒绝了这一步：您的角色无权进行"));
            assertTrue(editor.editor().locks().isEmpty(), "nothing locked");
        }
        try (Workbench reader = TestEngines.open(as(db, "wb_reader_t"), dir.resolve("reader"))) {
            Indicator tax = TestPlans.indicator(reader.editor().plan(), "亩均税收");
            StoreException edit = assertThrows(StoreException.class, () -> reader.editor().apply(
                    Edit.of("2024", Change.update(tax, EditorTest.withValue(tax, 2024, 5.3)))));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, edit.reason());
            assertEquals(5.2, tax.values().stream().filter(v -> v.year() == 2023).findFirst().orElseThrow().value(),
                    1e-9, "the reader sees the editor's value");
        }
        try (Workbench admin = TestEngines.open(as(db, "wb_admin_t"), dir.resolve("admin2"))) {
            admin.editor().lockYear(2023, "定稿");
            assertEquals(1, admin.editor().locks().size());
        }
    }
}
