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

    /** The window of the test (null before it starts). */
    private javafx.application.Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {   // not started when the server case is skipped
            // stops the window: its database connection and its listener end with it
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        if (FxToolkit.isFXApplicationThreadRunning()) {
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
        if (app != null) {   // a second window in one test: the first one stops
            FxToolkit.cleanupApplication(app);
        }
        app = FxToolkit.setupApplication(() -> new WorkbenchApp(as.toString(), "zh", Clock.systemDefaultZone()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#status-state").queryAs(Label.class).getText().startsWith("已加载"));
    }

    private MenuItem menuItem(String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Whether the node is on screen: it and every node it sits in visible. */
    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
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

    private static final String READ_ONLY = "只读：本账户只能查看";

    /** How many changes the server's change log holds (read as the 管理员 in a workbench of its own). */
    private int changes(ServerAddress db) {
        try (cn.yanggu.workbench.app.Workbench wb = TestEngines.open(TestEngines.as(db, "wb_admin_w"),
                dir.resolve("check-" + System.nanoTime()))) {
            return wb.editor().audit().size();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private void show(String view) {
        robot.clickOn("#nav-" + view);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean editable(String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).isEditable();
    }

    /** Clicks a cell of a sheet grid, as a planner starts typing. */
    private void click(javafx.scene.control.TableView<?> grid, int row, int column) {
        robot.interact(() -> grid.scrollTo(row));
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableView() == grid && c.getIndex() == row && c.getTableColumn() == grid.getColumns().get(column)
                && c.isVisible()).query();
        robot.clickOn(cell);
    }

    private static String cell(javafx.scene.control.TableView<?> grid, int row, int column) {
        Object v = grid.getColumns().get(column).getCellObservableValue(row).getValue();
        return v == null ? "" : v.toString();
    }

    /**
     * Typing into a cell, Enter, Delete and Ctrl+V on a sheet grid change nothing for 只读: no cell opens, the cell keeps
     * its value, and {@code message} says why (not the server's refusal: nothing was sent).
     */
    private void keysChangeNothing(javafx.scene.control.TableView<?> grid, int row, int column, String message) {
        String before = cell(grid, row, column);
        click(grid, row, column);
        robot.write("7");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getEditingCell() == null, "typing opens no cell");
        assertTrue(robot.lookup(message).queryAs(Label.class).getText().startsWith(READ_ONLY),
                robot.lookup(message).queryAs(Label.class).getText());
        for (javafx.scene.input.KeyCode key : java.util.List.of(javafx.scene.input.KeyCode.ENTER,
                javafx.scene.input.KeyCode.F2, javafx.scene.input.KeyCode.DELETE,
                javafx.scene.input.KeyCode.BACK_SPACE)) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(grid.getEditingCell() == null, key + " opens no cell");
        }
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString("1\t2\n3\t4");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node shownCell = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableView() == grid && c.getIndex() == row && c.getTableColumn() == grid.getColumns()
                .get(column)).query();
        robot.doubleClickOn(shownCell, javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getEditingCell() == null, "a double click opens no cell");
        assertEquals(before, cell(grid, row, column), "the cell keeps its value");
        assertTrue(robot.lookup(message).queryAs(Label.class).getText().startsWith(READ_ONLY));
    }

    /** A draft version, made by the editor before the window opens. */
    private void draft(ServerAddress db) {
        try (cn.yanggu.workbench.app.Workbench wb = TestEngines.open(TestEngines.as(db, "wb_editor_w"),
                dir.resolve("draft"))) {
            new cn.yanggu.workbench.app.versions.Versions(wb.editor(), cn.yanggu.workbench.app.I18n.forLanguage("zh"))
                    .createDraft("调整草案", 2026, java.util.List.of(), null);
        }
    }

    @Test
    void aReaderChangesNothingInAnyViewByButtonKeyboardOrPasteButKeepsEveryReadAction() throws Exception {
        ServerAddress db = database(dir);
        draft(db);
        int before = changes(db);
        start(TestEngines.as(db, "wb_reader_w"));
        assertFalse(menuItem("menu-export-xlsx").isDisable(), "the plan's export stays");
        assertFalse(menuItem("menu-view-image").isDisable(), "saving the view as an image stays");
        assertFalse(menuItem("menu-backup").isDisable(), "a snapshot of the server stays");

        // 年度数据: the hint says why, the stamp is not chosen, the grid takes no keys
        show("values");
        assertTrue(robot.lookup("#values-hint").queryAs(Label.class).getText().startsWith(READ_ONLY),
                "the hint no longer invites typing");
        assertFalse(editable("#values-source"));
        assertFalse(editable("#values-date"));
        assertTrue(robot.lookup("#values-vintage").query().isDisabled());
        javafx.scene.control.TableView<?> values = robot.lookup("#values-table").queryAs(
                javafx.scene.control.TableView.class);
        waitFor(() -> values.getItems().size() > 4);
        keysChangeNothing(values, 1, 6, "#values-message");
        assertTrue(shown("#values-export-template"));
        assertTrue(shown("#values-actuals-only"), "the layout is a way of reading");

        // 入园评审: 试算 stays, 保存核查 is the editors'
        show("thresholds");
        assertTrue(shown("#admission-land"), "试算 is reading");
        assertFalse(shown("#admission-save"), "no 保存核查");
        assertFalse(shown("#action-add"));

        // 产业链 › 图谱: the link is described, not edited; Alt+↑ moves nothing
        show("chains");
        assertFalse(shown("#action-add"));
        robot.clickOn("图谱");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<cn.yanggu.workbench.domain.Chain> chains = robot.lookup("#chain-map-chain")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> chains.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#zoom-fit").queryButton().fire());
        cn.yanggu.workbench.ui.common.SlideCanvas canvas = robot.lookup("#chain-map-canvas")
                .queryAs(cn.yanggu.workbench.ui.common.SlideCanvas.class);
        waitFor(() -> canvas.chart() != null && canvas.entityOnScreen("copper.foil-electrolytic").isPresent());
        robot.clickOn(canvas.entityOnScreen("copper.foil-electrolytic").orElseThrow());
        waitFor(() -> robot.lookup("#chain-map-detail .label").queryAll().size() > 2);
        assertFalse(shown("#chain-node-form"), "no form to change the link");
        assertFalse(shown("#chain-node-up"));
        javafx.geometry.Point2D at = canvas.entityOnScreen("copper.foil-electrolytic").orElseThrow();
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.UP)
                .release(javafx.scene.input.KeyCode.UP, javafx.scene.input.KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at, canvas.entityOnScreen("copper.foil-electrolytic").orElseThrow(), "Alt+↑ moves nothing");

        // 招商: the lead is read in its form
        show("leads");
        assertFalse(shown("#lead-new"));
        assertFalse(shown("#lead-save"));
        assertFalse(shown("#lead-delete"));
        assertFalse(shown("#lead-to-project"));
        assertFalse(editable("#lead-name"));
        assertFalse(shown("#lead-form"), "no empty form to read when no lead is selected");
        assertTrue(shown("#lead-detail-empty"), "the detail pane's hint instead");
        assertFalse(((Label) robot.lookup("#leads-table").queryAs(javafx.scene.control.TableView.class)
                .getPlaceholder()).getText().contains("新增”"), "the empty list does not invite 新增");

        // 亩产效益: figures and method read, template and chart exported, nothing imported or typed
        show("grading");
        assertFalse(shown("#grading-import"));
        assertTrue(shown("#grading-template"));
        assertTrue(shown("#grading-export"));
        javafx.scene.control.TableView<?> grading = robot.lookup("#grading-data-table").queryAs(
                javafx.scene.control.TableView.class);
        waitFor(() -> grading.getItems().size() > 3);
        robot.interact(() -> robot.lookup("#grading-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#grading-data-hint").queryAs(Label.class).getText().startsWith(READ_ONLY));
        keysChangeNothing(grading, 2, 2, "#grading-data-message");
        assertFalse(shown("#grading-method-save"));

        // 报告: generated from the texts as stored, which are read, not typed into
        show("reports");
        assertTrue(shown("#report-generate"), "a reader generates the report");
        assertFalse(shown("#report-adjust"), "调整… writes a draft version");
        assertFalse(editable("#narrative-problems"));
        assertFalse(editable("#narrative-next_steps"));
        assertFalse(editable("#report-issuer"));
        assertTrue(robot.lookup("#narrative-hint").queryAs(Label.class).getText().startsWith(READ_ONLY));

        // 版本 and 数据交换: no drafts, nothing taken in; packages are still made
        show("versions");
        assertFalse(shown("#versions-new"));
        javafx.scene.control.TableView<?> versions = robot.lookup("#versions-table")
                .queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> versions.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#versions-from").tryQuery().isEmpty(), "a draft is read as it stands, no form");
        assertFalse(shown("#versions-approve"));
        show("exchange");
        assertFalse(shown("#exchange-apply"));
        assertTrue(shown("#exchange-open"), "a package can be opened to read");
        assertTrue(shown("#exchange-export"));

        // Ctrl+Z (nothing to undo for a reader) and the status bar says why
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#status-role").queryAs(Label.class).getTooltip().getText().startsWith(READ_ONLY));
        assertEquals(before, changes(db), "nothing reached the server");
    }

    @Test
    void anEditorEditsButNeitherLocksYearsNorChangesStandards() throws Exception {
        ServerAddress db = database(dir);
        draft(db);
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
        assertTrue(shown("#admission-save"), "an editor saves an admission check with a project");

        robot.clickOn("#nav-values");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#values-hint").queryAs(Label.class).getText().startsWith(READ_ONLY),
                "the hint tells an editor how to type");
        assertTrue(robot.lookup("#values-source").queryAs(TextInputControl.class).isEditable());

        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#narrative-problems").queryAs(TextInputControl.class).isEditable());
        assertTrue(shown("#report-adjust"));

        robot.clickOn("#nav-exchange");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#exchange-apply"), "an editor takes packages in");
        assertFalse(shown("#exchange-replace"), "replacing an office's key is the 管理员's");

        // a draft version (made by the editor): its form is there to edit; approving it is the 管理员's
        robot.clickOn("#nav-versions");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> versions = robot.lookup("#versions-table")
                .queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> versions.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#versions-from").tryQuery().isPresent(), "the draft's form is there to edit");
        assertFalse(shown("#versions-approve"), "批准 is the 管理员's");
    }
}
