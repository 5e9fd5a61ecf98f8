package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.domain.ServerAddress;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window on the bureau's server shows what the connected user's role may do (issue 16): the status bar names
 * the role; 只读 gets no 新增/删除, read-only forms, no undo, no import; 编辑 edits but sees no 定稿 and no
 * restore. Skipped without the test server (YANGGU_TEST_PG).
 */
class RolesWindowTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {   // not started when the server case is skipped
            FxToolkit.cleanupStages();
        }
    }

    private static ServerAddress database(Path dir) throws Exception {
        ServerAddress db = TestEngines.freshServerDatabase();
        TestEngines.runRolesScript(db);
        TestEngines.login(db, "wb_admin_w", "yanggu_admin");
        TestEngines.admin(db, "ALTER ROLE wb_admin_w SET ROLE yanggu_admin");
        TestEngines.login(db, "wb_editor_w", "yanggu_editor");
        TestEngines.login(db, "wb_reader_w", "yanggu_reader");
        TestEngines.open(TestEngines.as(db, "wb_admin_w"), dir.resolve("admin")).close();
        TestEngines.runRolesScript(db);
        return db;
    }

    private void start(ServerAddress as) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new WorkbenchApp(as.toString(), "zh", Clock.systemDefaultZone()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#status-state").queryAs(Label.class).getText().startsWith("已加载"));
    }

    private MenuItem menuItem(String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aReaderSeesThePlanButNothingThatWouldChangeIt() throws Exception {
        ServerAddress db = database(dir);
        start(TestEngines.as(db, "wb_reader_w"));
        assertEquals("角色：只读", robot.lookup("#status-role").queryAs(Label.class).getText());
        assertTrue(menuItem("menu-undo").isDisable(), "no undo for 只读");
        assertFalse(menuItem("menu-restore").isVisible(), "no restore for 只读");

        robot.clickOn("#nav-projects");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#action-add"), "no 新增");
        assertFalse(shown("#action-delete"), "no 删除");
        robot.lookup(".record-form .text-input").queryAllAs(TextInputControl.class)
                .forEach(f -> assertFalse(f.isEditable(), "a form field is read-only: " + f.getId()));

        robot.clickOn("#nav-values");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#values-import-xlsx"), "no import");
        assertFalse(shown("#values-lock"), "no 定稿");
        assertTrue(shown("#values-export-template"), "the template is still there to print or pass on");
    }

    @Test
    void anEditorEditsButNeitherLocksYearsNorChangesStandards() throws Exception {
        ServerAddress db = database(dir);
        start(TestEngines.as(db, "wb_editor_w"));
        assertEquals("角色：编辑", robot.lookup("#status-role").queryAs(Label.class).getText());
        assertFalse(menuItem("menu-restore").isVisible(), "restore is the 管理员's");

        robot.clickOn("#nav-projects");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#action-add"), "an editor adds projects");

        robot.clickOn("#nav-values");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#values-import-xlsx"), "an editor imports figures");
        assertFalse(shown("#values-lock"), "定稿 is the 管理员's");
        assertFalse(shown("#values-unlock"));

        robot.clickOn("#nav-thresholds");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#action-add"), "the admission standards are the 管理员's");
        robot.interact(() -> robot.lookup("#thresholds-table").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#threshold-form").query().isDisabled(), "the standard's form is read-only");
    }
}
