package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.ui.projects.ProjectsView;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A write tells the open views what it changed: an indicator's value typed in 年度数据, and its undo, leave the
 * 重点项目 table's 10,000-row-capable list as it was (not rebuilt).
 */
class ChangedViewsTest {
    private static final Clock MID_2024 = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;

    @BeforeEach
    void start() throws Exception {
        app = Windows.start(dir.resolve("workbench.db"), "zh", MID_2024);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIndicatorEditLeavesTheProjectRowsAlone() throws Exception {
        robot.clickOn("#nav-projects");
        TableView<ProjectsView.Row> projects = robot.lookup("#projects-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !projects.getItems().isEmpty());
        ProjectsView.Row first = projects.getItems().get(0);

        robot.clickOn("#nav-values");
        TableView<?> grid = robot.lookup("#values-table").queryAs(TableView.class);
        // row 1 is 亩均税收's 实际值, column 2 + 3 its 2023
        Node cell = robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableView() == grid
                && c.getIndex() == 1 && c.getTableColumn() == grid.getColumns().get(5) && c.isVisible()).query();
        robot.clickOn(cell);
        robot.write("9.9").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "9.9".equals(String.valueOf(
                grid.getColumns().get(5).getCellObservableValue(1).getValue())));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(first, projects.getItems().get(0), "the projects were not rebuilt for an indicator's value");

        // Ctrl+Z undoes it
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Object v = grid.getColumns().get(5).getCellObservableValue(1).getValue();
            return v == null || v.toString().isEmpty();
        });
        assertSame(first, projects.getItems().get(0), "nor for its undo");
    }
}
