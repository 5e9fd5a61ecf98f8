package cn.yanggu.workbench.ui;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Starts the real workbench window headless on a database and waits until its data is shown. */
final class Windows {
    private Windows() {
    }

    static WorkbenchApp start(Path db, String language, Clock clock) throws Exception {
        FxToolkit.registerPrimaryStage();
        WorkbenchApp app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(db, language, clock));
        String loaded = "en".equals(language) ? "Loaded" : "已加载";
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#status-state").queryAs(Label.class).getText().startsWith(loaded));
        // the overview's statements table comes a frame after the cards in the window
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#statements-table").tryQuery().isPresent());
        return app;
    }

    /** Waits until the overview's indicator cards show the latest judgement (it is computed in the background). */
    static void waitForJudgedBoard() throws java.util.concurrent.TimeoutException {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#indicator-board").tryQuery().map(n -> n.getStyleClass().contains("judged"))
                        .orElse(false));
    }
}
