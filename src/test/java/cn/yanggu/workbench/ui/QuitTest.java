package cn.yanggu.workbench.ui;

import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 文件 › 退出 (Ctrl+Q) closes the window, which ends the program. */
class QuitTest {
    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void ctrlQClosesTheWindow() throws Exception {
        app = Windows.start(dir.resolve("workbench.db"), "zh", Clock.systemDefaultZone());
        FxRobot robot = new FxRobot();
        Window window = robot.lookup("#menu-bar").query().getScene().getWindow();
        assertTrue(window.isShowing());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.Q, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing());
    }
}
