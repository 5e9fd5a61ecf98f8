package cn.yanggu.workbench.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a low screen (1366×768 at 125 % leaves about 600 px) the status bar stays in the window; the rail scrolls. */
class LowWindowTest {
    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theStatusBarStaysInALowWindowAndEveryDestinationCanBeReached() throws Exception {
        app = Windows.start(dir.resolve("workbench.db"), "zh", Clock.systemDefaultZone());
        FxRobot robot = new FxRobot();
        Node status = robot.lookup("#status-state").query();
        Stage stage = (Stage) status.getScene().getWindow();
        double height = stage.getHeight();
        try {
            lowWindow(robot, status, stage);
        } finally {
            // the primary stage is shared by the test classes that follow
            robot.interact(() -> stage.setHeight(height));
        }
    }

    private static void lowWindow(FxRobot robot, Node status, Stage stage) {
        // a little too low for every destination at their usual spacing: the rail tightens and 变更记录 stays in sight
        Node audit = robot.lookup("#nav-audit").query();
        Node rail = robot.lookup(".nav-rail").query();
        robot.interact(() -> stage.setHeight(stage.getHeight() - rail.getLayoutBounds().getHeight() * 0.12));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds auditInScene = audit.localToScene(audit.getBoundsInLocal());
        Bounds statusInScene = status.localToScene(status.getBoundsInLocal());
        assertTrue(rail.getStyleClass().contains("compact"), "the rail tightened");
        assertTrue(auditInScene.getMaxY() <= statusInScene.getMinY() + 0.5,
                "变更记录 in sight without scrolling: " + auditInScene + " above the status bar " + statusInScene);
        robot.interact(() -> stage.setHeight(420));
        WaitForAsyncUtils.waitForFxEvents();
        double sceneHeight = status.getScene().getHeight();
        Bounds b = status.localToScene(status.getBoundsInLocal());
        assertTrue(b.getMaxY() <= sceneHeight + 0.5, "status bar bottom " + b.getMaxY() + " in a scene of " + sceneHeight);
        // the last destination is still there to scroll to and open
        robot.interact(() -> ((javafx.scene.control.ToggleButton) audit).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((javafx.scene.control.ToggleButton) audit).isSelected());
    }
}
