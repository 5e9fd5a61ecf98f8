package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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

    @Test
    void aFileIsItsUsersOwnAndGrantsAmountToTheRoleTheWindowShows(@TempDir Path files) {
        try (Workbench wb = TestPlans.seeded(files)) {
            assertEquals(Role.ADMIN, wb.role(), "a SQLite file: 管理员 as before");
        }
        assertEquals(Role.ADMIN, Role.of(new cn.yanggu.workbench.store.Database.Grants(true, true)));
        assertEquals(Role.EDITOR, Role.of(new cn.yanggu.workbench.store.Database.Grants(true, false)));
        assertEquals(Role.READER, Role.of(new cn.yanggu.workbench.store.Database.Grants(false, false)));
        assertTrue(Role.EDITOR.mayEdit() && !Role.EDITOR.mayAdminister());
        assertTrue(!Role.READER.mayEdit() && !Role.READER.mayAdminister());
        assertEquals("只读", Role.READER.label(I18n.forLanguage("zh")));
        assertEquals("Editor", Role.EDITOR.label(I18n.forLanguage("en")));
    }

    @Test
    void eachRoleMayDoWhatItsScriptGrantsAndTheServerRefusesTheRest() throws Exception {
        ServerAddress db = TestEngines.freshServerDatabase();
        TestEngines.runRolesScript(db);
        TestEngines.login(db, "wb_admin_t", "yanggu_admin");
        TestEngines.admin(db, "ALTER ROLE wb_admin_t SET ROLE yanggu_admin");
        TestEngines.login(db, "wb_editor_t", "yanggu_editor");
        TestEngines.login(db, "wb_reader_t", "yanggu_reader");
        // the 管理员 starts first: the tables are made; then IT runs the script again
        TestEngines.open(TestEngines.as(db, "wb_admin_t"), dir.resolve("admin")).close();
        TestEngines.runRolesScript(db);

        try (Workbench editor = TestEngines.open(TestEngines.as(db, "wb_editor_t"), dir.resolve("editor"))) {
            Indicator tax = TestPlans.indicator(editor.editor().plan(), "亩均税收");
            editor.editor().apply(Edit.of("2023", Change.update(tax, EditorTest.withValue(tax, 2023, 5.2))));
            assertEquals(Role.EDITOR, editor.role());
            StoreException lock = assertThrows(StoreException.class, () -> editor.editor().lockYear(2023, "定稿"));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, lock.reason());
            assertTrue(ErrorText.describe(I18n.forLanguage("zh"), lock).contains("拒绝了这一步：您的角色无权进行"));
            assertTrue(editor.editor().locks().isEmpty(), "nothing locked");
        }
        // a database whose map nobody has seeded yet (only commands ran on it) still opens for a reader
        TestEngines.admin(db, "DELETE FROM chain_map_seeded");
        try (Workbench reader = TestEngines.open(TestEngines.as(db, "wb_reader_t"), dir.resolve("reader"))) {
            assertEquals(Role.READER, reader.role());
            Indicator tax = TestPlans.indicator(reader.editor().plan(), "亩均税收");
            StoreException edit = assertThrows(StoreException.class, () -> reader.editor().apply(
                    Edit.of("2024", Change.update(tax, EditorTest.withValue(tax, 2024, 5.3)))));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, edit.reason());
            assertEquals(5.2, tax.values().stream().filter(v -> v.year() == 2023).findFirst().orElseThrow().value(),
                    1e-9, "the reader sees the editor's value");
        }
        try (Workbench admin = TestEngines.open(TestEngines.as(db, "wb_admin_t"), dir.resolve("admin2"))) {
            assertEquals(Role.ADMIN, admin.role());
            admin.editor().lockYear(2023, "定稿");
            assertEquals(1, admin.editor().locks().size());
        }
    }
}
