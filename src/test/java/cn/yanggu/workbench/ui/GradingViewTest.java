package cn.yanggu.workbench.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 亩产效益 in the real window: figures pasted into the grid are graded, with chips, the chart and the method. */
class GradingViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private static final Clock MID_2024 = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void start() throws Exception {
        app = Windows.start(dir.resolve("workbench.db"), "zh", MID_2024);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private Set<String> chips() {
        return robot.lookup(".grade-chip").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).collect(Collectors.toSet());
    }

    /** A firm's figures of 2023 as committed: read from a copy of the database made as a backup makes one. */
    private cn.yanggu.workbench.domain.EnterpriseYear stored(String code) {
        Path copy = dir.resolve("committed-" + System.nanoTime() + ".db");
        cn.yanggu.workbench.app.Backups.copy(dir.resolve("workbench.db"), copy);
        try (cn.yanggu.workbench.app.Workbench wb = cn.yanggu.workbench.app.Workbench.open(copy)) {
            return wb.grading().data(2023).stream().filter(d -> d.enterpriseCode().equals(code)).findFirst()
                    .orElse(cn.yanggu.workbench.domain.EnterpriseYear.empty(code, 2023));
        }
    }

    @SuppressWarnings("rawtypes")
    private void assertSelected(TableView grid, int row, int column) {
        List<?> cells = grid.getSelectionModel().getSelectedCells();
        assertEquals(1, cells.size(), "one cell selected");
        javafx.scene.control.TablePosition pos = (javafx.scene.control.TablePosition) cells.get(0);
        assertEquals(row, pos.getRow(), "selected row");
        assertEquals(column, pos.getColumn(), "selected column");
        assertSame(grid, grid.getScene().getFocusOwner(), "the focus stays in the grid");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void ctrlFFiltersTheFirmsOfEveryTab() throws Exception {
        robot.clickOn("#nav-grading");
        TableView grid = robot.lookup("#grading-data-table").queryAs(TableView.class);
        waitFor(() -> grid.getItems().size() > 50);
        TabPane tabs = robot.lookup("#grading-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        int all = grid.getItems().size();
        String name = ((cn.yanggu.workbench.ui.grading.GradingView.DataRow) grid.getItems().get(3)).enterprise()
                .name();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        TextField filter = robot.lookup("#filter").match(Node::isVisible).queryAs(TextField.class);
        assertSame(filter, filter.getScene().getFocusOwner(), "Ctrl+F puts the cursor in the filter box");
        robot.interact(() -> filter.setText(name));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getItems().size() >= 1 && grid.getItems().size() < all, "the data grid is filtered");
        assertTrue(grid.getItems().stream().allMatch(r -> ((cn.yanggu.workbench.ui.grading.GradingView.DataRow) r)
                .enterprise().name().contains(name)), "only the firms named in the filter remain");

        robot.interact(() -> filter.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, grid.getItems().size(), "clearing the filter shows every firm again");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void figuresAreTypedByKeyboardAloneLikeASpreadsheet() throws Exception {
        robot.clickOn("#nav-grading");
        TableView grid = robot.lookup("#grading-data-table").queryAs(TableView.class);
        waitFor(() -> grid.getItems().size() > 50);
        TabPane tabs = robot.lookup("#grading-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.function.IntFunction<String> code = i -> ((cn.yanggu.workbench.ui.grading.GradingView.DataRow)
                grid.getItems().get(i)).enterprise().code();
        int land = 1;
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableView() == grid && c.getIndex() == 0 && c.getTableColumn() == grid.getColumns().get(land)
                && c.isVisible()).query();
        robot.clickOn(cell);

        // type, Enter, type, Enter …: each Enter saves and goes down to the next firm, same figure
        String[] typed = {"12", "15.5", "20"};
        for (int i = 0; i < typed.length; i++) {
            robot.write(typed[i]).type(KeyCode.ENTER);
            assertSelected(grid, i + 1, land);
        }
        // Tab saves and moves right: the fourth firm's land, then its tax
        robot.write("8").type(KeyCode.TAB).write("60").type(KeyCode.TAB);
        assertSelected(grid, 3, land + 2);
        waitFor(() -> Double.valueOf(60).equals(stored(code.apply(3)).taxWan()));
        assertEquals(12.0, stored(code.apply(0)).landMu());
        assertEquals(15.5, stored(code.apply(1)).landMu());
        assertEquals(20.0, stored(code.apply(2)).landMu());
        assertEquals(8.0, stored(code.apply(3)).landMu());
        // the grid reloaded with the saved figures keeps the selection where Tab left it
        waitFor(() -> "60".equals(String.valueOf(((TableColumn) grid.getColumns().get(land + 1)).getCellData(3))));
        assertEquals("15.5", String.valueOf(((TableColumn) grid.getColumns().get(land)).getCellData(1)));
        assertSelected(grid, 3, land + 2);

        // a figure that is not a number stays open to correct, with the reason; Esc gives up on it
        double gridTop = grid.localToScene(grid.getBoundsInLocal()).getMinY();
        robot.write("约20").type(KeyCode.ENTER);
        assertEquals(3, grid.getEditingCell().getRow(), "the cell stays open");
        String message = robot.lookup("#grading-data-message").queryAs(Label.class).getText();
        assertTrue(message.contains("应为数字，实为“约20”"), message);
        // a banner above the grid pushed it down by a line or more (20–150 px); the overlay leaves it in place
        // (at most the pixel snapping of the notification pane's inset)
        assertEquals(gridTop, grid.localToScene(grid.getBoundsInLocal()).getMinY(), 2,
                "the message is shown over the grid, which does not move");
        robot.type(KeyCode.ESCAPE);
        assertSelected(grid, 3, land + 2);
        assertEquals(null, stored(code.apply(3)).revenueWan());
        // Delete clears the selected figure
        robot.type(KeyCode.LEFT).type(KeyCode.DELETE);
        waitFor(() -> stored(code.apply(3)).taxWan() == null);
        assertSelected(grid, 3, land + 1);
        // a firm typed across with Tab: Enter goes on in the next firm's column where the Tabs began, as in Excel
        robot.write("70").type(KeyCode.TAB).write("900").type(KeyCode.TAB).write("5").type(KeyCode.ENTER);
        assertSelected(grid, 4, land + 1);
        waitFor(() -> Double.valueOf(5).equals(stored(code.apply(3)).energyTce()));
        assertEquals(70.0, stored(code.apply(3)).taxWan());
        assertEquals(900.0, stored(code.apply(3)).revenueWan());
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void pastedFiguresAreGradedWithChipsChartAndMethod() throws Exception {
        robot.clickOn("#nav-grading");
        TableView grid = robot.lookup("#grading-data-table").queryAs(TableView.class);
        waitFor(() -> grid.getItems().size() > 50);
        TableView graded = robot.lookup("#grading-table").queryAs(TableView.class);
        assertEquals(0, graded.getItems().size());
        TabPane tabs = robot.lookup("#grading-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));

        // ten firms: land, tax, revenue, energy, R&D, employees — every ratio grows with the row
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            block.append(10).append('\t').append(10 * (i + 1)).append('\t').append(100 * (i + 1)).append('\t')
                    .append(5).append('\t').append(i).append('\t').append(20).append('\n');
        }
        robot.interact(() -> {
            TableColumn land = (TableColumn) grid.getColumns().get(1);
            grid.getSelectionModel().clearAndSelect(0, land);
            grid.getFocusModel().focus(0, land);
            ClipboardContent c = new ClipboardContent();
            c.putString(block.toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            grid.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitFor(() -> graded.getItems().size() == 10);

        // a wrong block is refused with its position, and nothing changes
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("1\t约20");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            grid.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String message = robot.lookup("#grading-data-message").queryAs(Label.class).getText();
        assertTrue(message.contains("粘贴块第 1 行第 2 列") && message.contains("应为数字，实为“约20”"), message);

        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        // default method, percentile cut-offs: 2 / 4 / 3 / 1 of ten firms
        waitFor(() -> chips().containsAll(Set.of("优先发展", "鼓励提升")));
        // the filter finds the firms of one class (the last is below the fold otherwise)
        robot.interact(() -> robot.lookup("#filter").queryAs(TextField.class).setText("整治淘汰"));
        waitFor(() -> graded.getItems().size() == 1 && chips().contains("整治淘汰"));
        robot.interact(() -> robot.lookup("#filter").queryAs(TextField.class).setText(""));
        List<String> grades = ((List<Object>) graded.getItems()).stream()
                .map(r -> ((cn.yanggu.workbench.ui.grading.GradingView.GradedRow) r).gradeName()).toList();
        assertEquals(2, grades.stream().filter("优先发展"::equals).count());
        assertEquals(4, grades.stream().filter("鼓励提升"::equals).count());
        assertEquals(3, grades.stream().filter("帮扶转型"::equals).count());
        assertEquals(1, grades.stream().filter("整治淘汰"::equals).count());
        String method = robot.lookup("#grading-method-line").queryAs(Label.class).getText();
        assertTrue(method.contains("工作台默认方法") && method.contains("没有规定指标权重"), method);
        cn.yanggu.workbench.ui.common.SlideCanvas chart = robot.lookup("#grading-chart")
                .queryAs(cn.yanggu.workbench.ui.common.SlideCanvas.class);
        assertEquals("2023 年企业亩产效益分级", chart.chart().title());

        // the method editor checks as the user types
        robot.interact(() -> tabs.getSelectionModel().select(4));
        TextField tax = robot.lookup("#grading-weight-taxPerMu").queryAs(TextField.class);
        robot.interact(() -> tax.setText("30"));
        String problems = robot.lookup("#grading-method-problems").queryAs(Label.class).getText();
        assertTrue(problems.contains("权重合计应为 100%，现为 90%"), problems);
        assertTrue(robot.lookup("#grading-method-save").queryAs(Button.class).isDisabled());
        // saving a valid method for the year regrades with it: by score, ≥ 80 / 60 / 40
        robot.interact(() -> {
            tax.setText("40");
            robot.lookup("#grading-cutoff-mode").queryAs(javafx.scene.control.ComboBox.class)
                    .setValue(cn.yanggu.workbench.domain.GradingMethod.CutoffMode.SCORE);
            robot.lookup("#grading-cutoff-1").queryAs(TextField.class).setText("80");
            robot.lookup("#grading-cutoff-2").queryAs(TextField.class).setText("60");
            robot.lookup("#grading-cutoff-3").queryAs(TextField.class).setText("40");
        });
        robot.clickOn("#grading-method-save");
        waitFor(() -> robot.lookup("#grading-method-line").queryAs(Label.class).getText().startsWith("2023 年起适用"));
        String line = robot.lookup("#grading-method-line").queryAs(Label.class).getText();
        assertTrue(line.contains("优先发展 ≥ 80 分"), line);
    }
}
