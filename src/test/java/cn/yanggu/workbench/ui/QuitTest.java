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

    /** Closing while an export runs asks first; 完成后退出 lets it finish and then closes. */
    @Test
    void closingDuringAnExportAsksAndWaitsForItToFinish() throws Exception {
        app = Windows.start(dir.resolve("workbench.db"), "zh", Clock.systemDefaultZone());
        FxRobot robot = new FxRobot();
        Window window = robot.lookup("#menu-bar").query().getScene().getWindow();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> app.runner().run("export", () -> {
            release.await();
            return null;
        }, x -> finished.set(true), e -> { }));
        robot.interact(() -> window.fireEvent(new javafx.stage.WindowEvent(window,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isShowing(), "not closed while the export runs");
        javafx.scene.control.DialogPane ask = robot.lookup("#quit-busy").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(ask.getHeaderText().contains("正在导出，确定退出"), ask.getHeaderText());
        javafx.scene.control.ButtonType finish = ask.getButtonTypes().stream()
                .filter(b -> b.getText().equals("完成后退出")).findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.Button) ask.lookupButton(finish)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isShowing(), "still open until the export is done");
        release.countDown();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !window.isShowing());
        assertTrue(finished.get(), "the export finished before the window closed");
    }
}
