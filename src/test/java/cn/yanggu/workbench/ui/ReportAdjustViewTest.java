package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.ui.versions.PlanVersionsModel;
import javafx.scene.control.ComboBox;
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
 * 报告 › 调整…: on the mid-term report its 调整建议 become a draft version in one step and the status bar says where it
 * is; on an annual report the button is refused with a message and nothing is written.
 */
class ReportAdjustViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        try (Workbench wb = TestPlans.withActuals(dir)) {
            wb.editor().plan();
        }
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(dir.resolve("workbench.db"), "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static String notice() {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PlanVersionsModel.Row> versions() {
        robot.clickOn("#nav-versions");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#versions-table").queryAs(TableView.class);
    }

    @Test
    void theMidtermReportsSuggestionsBecomeADraftVersionInOneStep() throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ReportKind> kind = robot.lookup("#report-kind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#report-year").queryAs(ComboBox.class);

        // an annual report proposes nothing: refused, said why, nothing written
        robot.interact(() -> kind.setValue(ReportKind.ANNUAL));
        robot.clickOn("#report-adjust");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice().contains("只有中期评估报告"));
        assertEquals(1, versions().getItems().size(), "no draft from an annual report");

        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> kind.setValue(ReportKind.MIDTERM));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2023, year.getValue(), "the mid-term evaluation's year");
        robot.clickOn("#report-adjust");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice().contains("版本2"));
        assertTrue(notice().startsWith("已由2023年中期评估报告的调整建议生成草案“2023年中期评估调整”（版本2，"), notice());
        assertTrue(notice().contains("请到“版本”视图核定并批准"), notice());

        TableView<PlanVersionsModel.Row> list = versions();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        assertEquals("草案", list.getItems().get(1).status());
        assertEquals("2023年中期评估调整", list.getItems().get(1).version().title());
        assertTrue(!list.getItems().get(1).version().targets().isEmpty(), "the suggestions' targets");
    }
}
