package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.ui.common.SlideCanvas;
import cn.yanggu.workbench.ui.leads.LeadsModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 招商项目库 in the real window: a lead on a gap of the copper map, signed despite a failed 入园评审 with a reason,
 * made a key project — and the gap shows filled on the 2025 map.
 */
class LeadsViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;
    private static Path db;

    @BeforeAll
    static void start() throws Exception {
        db = dir.resolve("w.db");
        Workbench.open(db).close();
        app = Windows.start(db, "zh", Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String message() {
        return robot.lookup("#lead-message").queryAs(Label.class).getText();
    }

    private static void type(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aLeadOnAGapIsSignedWithAReasonMadeAProjectAndFillsTheGapIn2025() throws Exception {
        robot.clickOn("#nav-leads");
        TableView<LeadsModel.Row> table = robot.lookup("#leads-table").queryAs(TableView.class);
        assertTrue(((Label) table.getPlaceholder()).getText().startsWith("尚无招商线索"), "the empty list says how to begin");
        ComboBox<LeadsModel.NodeChoice> node = robot.lookup("#lead-node").queryAs(ComboBox.class);
        waitFor(() -> !node.getItems().isEmpty());
        type("#lead-name", "诺德股份");
        type("#lead-investment", "5亿元");
        type("#lead-next", "赴深圳洽谈");
        type("#lead-next-date", "2024-05-20");
        robot.clickOn("#lead-save");
        waitFor(() -> !message().isEmpty());
        assertTrue(message().startsWith("链上环节："), "a lead without its node is refused naming the field: " + message());
        robot.interact(() -> node.setValue(node.getItems().stream()
                .filter(n -> n.code().equals("copper.foil-battery")).findFirst().orElseThrow()));
        robot.clickOn("#lead-save");
        waitFor(() -> table.getItems().size() == 1);
        LeadsModel.Row row = table.getItems().get(0);
        assertEquals("50,000", row.investment(), "5亿元 is stored as 50,000 万元");
        assertTrue(row.overdue(), "the next step's date is past");
        robot.interact(() -> table.getSelectionModel().select(0));

        type("#lead-stage-date", "2024-06-05");
        robot.clickOn("#lead-advance");
        waitFor(() -> table.getItems().get(0).lead().stage() == Lead.Stage.TALKS);
        Label admission = robot.lookup("#lead-admission").queryAs(Label.class);
        assertTrue(admission.getText().startsWith("签约前需做入园评审"), "no land yet: " + admission.getText());
        // 5亿元 on 200 亩: 250 万元/亩, below the plan's 280 — the admission check says so as it is typed
        type("#lead-land", "200");
        assertTrue(admission.getText().startsWith("按 2024 年入园门槛评审：\n× 未通过 投资强度"), admission.getText());
        assertTrue(admission.getText().contains("投资强度：250.00 万元/亩，要求 > 280.00 万元/亩"), admission.getText());
        type("#lead-stage-date", "2024-06-20");
        robot.clickOn("#lead-advance");
        waitFor(() -> !message().isEmpty());
        assertTrue(message().startsWith("未通过仍签约的理由："), message());
        assertEquals(Lead.Stage.TALKS, table.getItems().get(0).lead().stage(), "nothing written");
        type("#lead-reason", "补齐动力电池用铜箔缺失环节，经县政府常务会议研究同意");
        robot.clickOn("#lead-advance");
        waitFor(() -> table.getItems().get(0).lead().stage() == Lead.Stage.SIGNED);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(robot.lookup("#lead-stage").queryAs(Label.class).getText().contains("签约理由：补齐动力电池用铜箔"));

        // the form scrolls when the 入园评审 lines make it taller than the window: the button is pressed, not aimed at
        robot.interact(() -> robot.lookup("#lead-to-project").queryButton().fire());
        // the row shows the project first; the sentence follows when the write's result comes back
        waitFor(() -> table.getItems().get(0).lead().projectCode() != null && message().startsWith("已转为重点项目"));
        assertEquals("已转为重点项目（诺德股份）", message(), "the project by its name, not its code");

        // the lead and its project link to each other: to 重点项目 and back
        robot.interact(() -> robot.lookup("#lead-open-project").queryButton().fire());
        TableView<?> projects = robot.lookup("#projects-table").queryAs(TableView.class);
        waitFor(() -> projects.getSelectionModel().getSelectedItem() != null
                && ((cn.yanggu.workbench.ui.projects.ProjectsView.Row) projects.getSelectionModel().getSelectedItem())
                .project().name().equals("诺德股份"));
        waitFor(() -> robot.lookup("#project-lead-line").tryQuery().isPresent());
        assertEquals("由招商线索“诺德股份”转来：签约（2024-06-20），入园评审 × 未通过",
                robot.lookup("#project-lead-line").queryAs(Label.class).getText());
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.interact(() -> robot.lookup("#project-open-lead").queryButton().fire());
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().lead().name().equals("诺德股份"));

        // on to 投产, a stage at a time, each with its date; a date before the stage before is refused
        type("#lead-stage-date", "2024-06-10");
        robot.interact(() -> robot.lookup("#lead-advance").queryButton().fire());
        waitFor(() -> !message().isEmpty() && !message().startsWith("已转为"));
        assertTrue(message().contains("早于上一阶段（签约，2024-06-20）"), message());
        assertEquals(Lead.Stage.SIGNED, table.getItems().get(0).lead().stage(), "nothing written");
        String[][] steps = {{"2024-08-01", "LANDED"}, {"2024-10-15", "STARTED"}, {"2025-09-30", "PRODUCING"}};
        for (String[] step : steps) {
            type("#lead-stage-date", step[0]);
            robot.interact(() -> robot.lookup("#lead-advance").queryButton().fire());
            waitFor(() -> table.getItems().get(0).lead().stage() == Lead.Stage.valueOf(step[1]));
            robot.interact(() -> table.getSelectionModel().select(0));
        }
        assertEquals(Lead.Stage.PRODUCING, table.getItems().get(0).lead().stage());

        robot.clickOn("#nav-chains");
        robot.clickOn("图谱");
        SlideCanvas canvas = robot.lookup("#chain-map-canvas").queryAs(SlideCanvas.class);
        waitFor(() -> canvas.chart() != null);
        robot.clickOn("#chain-map-target");
        waitFor(() -> canvas.chart().title().endsWith("目标 2025"));
        assertTrue(canvas.chart().statusLine().contains("其中由项目补齐 1"), canvas.chart().statusLine());
    }
}
