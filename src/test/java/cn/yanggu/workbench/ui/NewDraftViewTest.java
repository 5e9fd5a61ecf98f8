package cn.yanggu.workbench.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 版本 on a plan with no actuals yet (a colleague's bug): 新建调整草案 makes a draft from the period's first year (it
 * took 2020, the base year, and was refused with nothing on screen), and a refused 从中期评估生成草案 says why where it
 * can be read.
 */
class NewDraftViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2022-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(dir.resolve("workbench.db"), "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static boolean onScreen(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    @Test
    void aNewDraftStartsInThePeriodAndARefusalIsOnScreen() throws Exception {
        robot.clickOn("#nav-versions");
        WaitForAsyncUtils.waitForFxEvents();

        // nothing to propose without actuals: refused, and said where it can be seen
        robot.clickOn("#versions-midterm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#versions-message").tryQuery()
                .map(n -> onScreen(n) && !((Label) n).getText().isEmpty()).orElse(false));
        String said = robot.lookup("#versions-message").queryAs(Label.class).getText();
        assertTrue(said.contains("未生成草案"), said);

        TableView<?> versions = robot.lookup("#versions-table").queryAs(TableView.class);
        int before = versions.getItems().size();
        robot.clickOn("#versions-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> versions.getItems().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        int last = versions.getItems().size() - 1;
        assertEquals("草案", String.valueOf(versions.getColumns().get(1).getCellObservableValue(last).getValue()));
        assertEquals("2021", String.valueOf(versions.getColumns().get(2).getCellObservableValue(last).getValue()),
                "a plan with no actuals: from the period's first year");
    }
}
