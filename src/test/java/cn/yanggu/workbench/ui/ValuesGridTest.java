package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.values.ValuesModel;
import cn.yanggu.workbench.ui.values.ValuesView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 年度数据 as a planner fills in a year's figures: by keyboard alone like a spreadsheet, and by pasting a column
 * copied from Excel, which fills the indicators' 实际值 rows and never the 规划值 rows between them unless asked.
 */
class ValuesGridTest {
    private static final Clock MID_2024 = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    /** Rows alternate: 规划值 then 实际值 of each indicator, in the plan's order. */
    private static final int TAX_PLAN = 0;
    private static final int TAX_ACTUAL = 1;
    private static final int INVEST_PLAN = 2;
    private static final int COL_2023 = 2 + 2023 - 2020;
    private static final int COL_2024 = COL_2023 + 1;
    private static final int COL_2025 = COL_2023 + 2;

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private Path db;
    private TableView<ValuesModel.Row> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void start() throws Exception {
        db = dir.resolve("workbench.db");
        app = Windows.start(db, "zh", MID_2024);
        robot.clickOn("#nav-values");
        grid = robot.lookup("#values-table").queryAs(TableView.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** What is committed: read from a copy of the database made the way a backup is made while the window is open. */
    private Plan stored() {
        Path copy = dir.resolve("committed-" + System.nanoTime() + ".db");
        cn.yanggu.workbench.app.Backups.copy(db, copy);
        try (Workbench wb = Workbench.open(copy)) {
            return wb.loadPlan();
        }
    }

    private static Indicator named(Plan plan, String name) {
        return plan.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static Optional<Double> actual(Plan plan, String name, int year) {
        return named(plan, name).value(Enums.ValueKind.ACTUAL, year).map(YearValue::value);
    }

    /** Every indicator's baselines and targets: what a paste on 实际值 rows must leave alone. */
    private static Map<String, List<YearValue>> planValues(Plan plan) {
        return plan.indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i.values().stream()
                .filter(v -> v.kind() != Enums.ValueKind.ACTUAL).toList()));
    }

    private String shown(int row, int column) {
        Object v = grid.getColumns().get(column).getCellObservableValue(row).getValue();
        return v == null ? "" : v.toString();
    }

    /** Clicks a cell of the grid, as a planner starts. */
    private void click(int row, int column) {
        robot.interact(() -> grid.scrollTo(row));
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableView() == grid
                && c.getIndex() == row && c.getTableColumn() == grid.getColumns().get(column) && c.isVisible())
                .query();
        robot.clickOn(cell);
    }

    @SuppressWarnings("rawtypes")
    private TablePosition<?, ?> selected() {
        List<TablePosition> cells = grid.getSelectionModel().getSelectedCells();
        assertEquals(1, cells.size(), "one cell selected");
        return cells.get(0);
    }

    private void assertSelected(int row, int column) {
        TablePosition<?, ?> pos = selected();
        assertEquals(row, pos.getRow(), "selected row");
        assertEquals(column, pos.getColumn(), "selected column");
        assertSame(grid, grid.getScene().getFocusOwner(), "the focus stays in the grid");
    }

    private void paste(String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRefusedCellIsSaidOverTheGridWhichDoesNotMoveAndTheMessageGoesWithTheNextGoodEdit() throws Exception {
        click(TAX_ACTUAL, COL_2024);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds before = grid.localToScreen(grid.getLayoutBounds());
        robot.write("abc").type(KeyCode.ENTER);
        javafx.scene.control.Label message = robot.lookup("#values-message").queryAs(javafx.scene.control.Label.class);
        waitFor(() -> message.getText().contains("亩均税收 2024 年实际值") && message.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds during = grid.localToScreen(grid.getLayoutBounds());
        assertEquals(before.getMinY(), during.getMinY(), 0.5, "the grid's top stays where it was: " + before + " " + during);
        assertEquals(before.getMinX(), during.getMinX(), 0.5);
        assertEquals(before.getHeight(), during.getHeight(), 0.5, "the grid keeps its height");
        assertEquals(TAX_ACTUAL, selected().getRow(), "the refused cell stays chosen");

        // the next edit that succeeds takes the message away
        robot.type(KeyCode.ESCAPE);
        robot.write("5.4").type(KeyCode.ENTER);
        waitFor(() -> actual(stored(), "亩均税收", 2024).equals(Optional.of(5.4)));
        waitFor(() -> message.getText().isEmpty() && !robot.lookup("#values-notification")
                .queryAs(org.controlsfx.control.NotificationPane.class).isShowing());
        javafx.geometry.Bounds after = grid.localToScreen(grid.getLayoutBounds());
        assertEquals(before.getMinY(), after.getMinY(), 0.5);
    }

    @Test
    void aPlannerEntersAYearsActualsByKeyboardAlone() throws Exception {
        Map<String, List<YearValue>> plan = planValues(stored());
        click(TAX_ACTUAL, COL_2023);
        // type, Enter, type, Enter …: each Enter saves and goes to the next indicator's 实际值 row, same year
        String[] typed = {"5.1", "28", "3000", "180亿元"};
        for (int i = 0; i < typed.length; i++) {
            robot.write(typed[i]).type(KeyCode.ENTER);
            assertSelected(TAX_ACTUAL + 2 * (i + 1), COL_2023);
        }
        waitFor(() -> actual(stored(), "进出口总额", 2023).isPresent());
        Plan after = stored();
        assertEquals(Optional.of(5.1), actual(after, "亩均税收", 2023));
        assertEquals(Optional.of(28.0), actual(after, "亩均投资", 2023));
        assertEquals(Optional.of(3000.0), actual(after, "实际利用外资", 2023));
        assertEquals(Optional.of(1_800_000.0), actual(after, "进出口总额", 2023), "180亿元 in a 万元 indicator");
        assertEquals(plan, planValues(after), "no baseline or target changed");
        // the grid redrawn with the saved values keeps the selection where Enter left it
        waitFor(() -> "1,800,000".equals(shown(TAX_ACTUAL + 6, COL_2023)));
        assertEquals("3,000", shown(TAX_ACTUAL + 4, COL_2023));
        assertSelected(TAX_ACTUAL + 8, COL_2023);

        // Tab saves and moves right, typed as fast as it comes: every cell keeps its value
        int hiTech = TAX_ACTUAL + 2 * typed.length;   // 高新技术企业数量, 实际值
        robot.write("25").type(KeyCode.TAB).write("27").type(KeyCode.TAB);
        assertSelected(hiTech, COL_2025);
        // Shift+Tab moves left; Delete clears the selected cell
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertSelected(hiTech, COL_2024);
        waitFor(() -> actual(stored(), "高新技术企业数量", 2024).isPresent());
        assertEquals(Optional.of(25.0), actual(stored(), "高新技术企业数量", 2023));
        robot.type(KeyCode.DELETE);
        waitFor(() -> actual(stored(), "高新技术企业数量", 2024).isEmpty());
        assertSelected(hiTech, COL_2024);
        shortcut(KeyCode.Z);
        waitFor(() -> actual(stored(), "高新技术企业数量", 2024).equals(Optional.of(27.0)));

        // Esc cancels what was typed; an arrow and Enter open the cell for editing — never the navigation rail
        robot.write("99").type(KeyCode.ESCAPE);
        assertNull(grid.getEditingCell());
        assertEquals("27", shown(hiTech, COL_2024));
        robot.type(KeyCode.UP, KeyCode.UP).type(KeyCode.ENTER);
        assertEquals(hiTech - 2, grid.getEditingCell().getRow(), "Enter opens the selected cell");
        robot.type(KeyCode.ESCAPE);
        assertSelected(hiTech - 2, COL_2024);
        assertFalse(robot.lookup("#nav-collapse").queryAs(ToggleButton.class).isSelected(), "the rail was not pressed");
        assertEquals(Optional.of(27.0), actual(stored(), "高新技术企业数量", 2024));
    }

    @Test
    void aColumnOfActualsPastedOnAnActualRowFillsTheActualRowsAndNoPlanValue() throws Exception {
        Plan before = stored();
        click(TAX_ACTUAL, COL_2023);
        paste("5.1\n28\n3,000\n");
        waitFor(() -> actual(stored(), "实际利用外资", 2023).isPresent());
        Plan after = stored();
        assertEquals(Optional.of(5.1), actual(after, "亩均税收", 2023));
        assertEquals(Optional.of(28.0), actual(after, "亩均投资", 2023));
        assertEquals(Optional.of(3000.0), actual(after, "实际利用外资", 2023));
        assertEquals(planValues(before), planValues(after), "no 规划值 changed");
        assertEquals("27", shown(INVEST_PLAN, COL_2025), "亩均投资's 2025 target stays 27");
        waitFor(() -> robot.lookup("#values-notification").queryAs(org.controlsfx.control.NotificationPane.class)
                .isShowing());
        assertEquals("已保存 3 个数值", robot.lookup("#values-notification")
                .queryAs(org.controlsfx.control.NotificationPane.class).getText());
        waitFor(() -> "3,000".equals(shown(TAX_ACTUAL + 4, COL_2023)));
        assertSelected(TAX_ACTUAL, COL_2023);
        // one step to undo
        shortcut(KeyCode.Z);
        waitFor(() -> actual(stored(), "亩均税收", 2023).isEmpty());
        assertEquals(Optional.empty(), actual(stored(), "实际利用外资", 2023));
    }

    @Test
    void aPasteBegunOnAPlanRowAsksNamingTheCellsAndCancelWritesNothing() throws Exception {
        Plan before = stored();
        click(TAX_PLAN, COL_2025);
        paste("8\n30\n");
        DialogPane ask = robot.lookup("#values-plan-paste-dialog").queryAs(DialogPane.class);
        assertEquals("这次粘贴会改写 2 个规划值（基期值、目标值）：", ask.getHeaderText());
        assertEquals(List.of("亩均税收 2025 年目标值：7.3 → 8", "亩均投资 2025 年目标值：27 → 30"),
                robot.lookup("#values-plan-paste-cells").queryAs(ListView.class).getItems());
        assertEquals("取消", ((Button) ask.lookupButton(ButtonType.CANCEL)).getText(),
                "the buttons speak the workbench's language, not the computer's");
        robot.clickOn((Button) ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, stored(), "cancelled: nothing written");
        assertEquals("7.3", shown(TAX_PLAN, COL_2025));
        assertSame(grid, grid.getScene().getFocusOwner());

        // asked again and confirmed: the block fills the 规划值 rows, as one step
        paste("8\n30\n");
        robot.clickOn("#values-plan-paste-write");
        waitFor(() -> named(stored(), "亩均投资").value(Enums.ValueKind.TARGET, 2025)
                .map(YearValue::value).equals(Optional.of(30.0)));
        Plan after = stored();
        assertEquals(Optional.of(8.0), named(after, "亩均税收").value(Enums.ValueKind.TARGET, 2025)
                .map(YearValue::value));
        assertEquals(Optional.empty(), actual(after, "亩均税收", 2025), "the 实际值 row between is left alone");
        shortcut(KeyCode.Z);
        waitFor(() -> planValues(stored()).equals(planValues(before)));
    }

    @Test
    void inTheActualsOnlyLayoutAYearIsEnteredDownTheIndicatorsByKeyboardAndTheLayoutStays() throws Exception {
        Plan before = stored();
        click(TAX_PLAN, COL_2023);
        // Alt+A: one row per indicator, years across, no 规划值 rows; the selection stays on 亩均税收
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton toggle = robot.lookup("#values-actuals-only").queryAs(ToggleButton.class);
        assertTrue(toggle.isSelected());
        assertEquals(before.indicators().size(), grid.getItems().size());
        assertTrue(grid.getItems().stream().allMatch(ValuesModel.Row::actual));
        int col2023 = grid.getVisibleLeafIndex(grid.getColumns().get(COL_2023));
        assertSelected(0, col2023);
        // type, Enter, type, Enter …: straight down the indicators
        String[] typed = {"5.1", "28", "3000", "180亿元", "25"};
        for (int i = 0; i < typed.length; i++) {
            robot.write(typed[i]).type(KeyCode.ENTER);
            assertSelected(i + 1, col2023);
        }
        waitFor(() -> actual(stored(), "高新技术企业数量", 2023).isPresent());
        Plan after = stored();
        assertEquals(Optional.of(5.1), actual(after, "亩均税收", 2023));
        assertEquals(Optional.of(28.0), actual(after, "亩均投资", 2023));
        assertEquals(Optional.of(1_800_000.0), actual(after, "进出口总额", 2023));
        assertEquals(Optional.of(25.0), actual(after, "高新技术企业数量", 2023));
        assertEquals(planValues(before), planValues(after), "no baseline or target changed");
        waitFor(() -> "25".equals(shown(4, COL_2023)));

        // the layout is remembered while the window is open
        robot.clickOn("#nav-overview");
        robot.clickOn("#nav-values");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(toggle.isSelected());
        assertEquals(before.indicators().size(), grid.getItems().size());
        // and switched back with the keyboard, the 规划值 rows return
        robot.interact(grid::requestFocus);
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(toggle.isSelected());
        assertEquals(2 * before.indicators().size(), grid.getItems().size());
    }
}
