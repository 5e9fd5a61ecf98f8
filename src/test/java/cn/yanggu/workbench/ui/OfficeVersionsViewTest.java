package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The 版本 view on a township office's database: versions come from the bureau, none is made or approved here. */
class OfficeVersionsViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db;
        try (Workbench wb = TestPlans.seeded(dir)) {
            db = wb.databasePath();
            wb.exchange().setOriginName("十五里园镇");
        }
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(db, "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theVersionActionsAreDisabledSayingVersionsComeFromTheBureau() throws Exception {
        robot.clickOn("#nav-versions");
        Button create = robot.lookup("#versions-new").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, create::isDisabled);
        WaitForAsyncUtils.waitForFxEvents();
        String why = "规划版本由管委会制定并批准，随管委会的交换包下发；乡镇（本机名称“十五里园镇”）不能新建或批准版本。";
        for (String id : new String[] {"#versions-new", "#versions-midterm", "#versions-successor",
            "#versions-delete"}) {
            Button b = robot.lookup(id).queryAs(Button.class);
            assertTrue(b.isDisabled(), id);
            assertEquals(why, b.getTooltip().getText(), id);
        }
        Label note = robot.lookup("#versions-office").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertEquals(why, note.getText());
    }
}
