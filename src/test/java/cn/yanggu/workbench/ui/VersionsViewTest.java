package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.ui.versions.PlanVersionsModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 版本 view in a real window: the mid-term report's suggestions become a draft in one step, an approval without
 * a reason is refused naming the item and writes nothing, an approval with its document puts the adjusted targets in
 * force — the overview then judges against them.
 */
class VersionsViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("w.db");
        try (Workbench wb = TestPlans.withActuals(dir)) {
            wb.editor().plan();
        }
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(dir.resolve("workbench.db"), "zh", clock);
        assertTrue(db.getParent().equals(dir));
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    /** 批准此版本, scrolled into view at the foot of the detail pane first. */
    private static void approve() {
        javafx.scene.control.Button b = robot.lookup("#versions-approve").queryAs(javafx.scene.control.Button.class);
        robot.interact(() -> {
            javafx.scene.Node n = b;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane sp) {
                sp.setVvalue(sp.getVmax());
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(b);
    }

    @Test
    void aMidtermDraftIsApprovedByProcedureAndThenJudgedAgainst() throws Exception {
        robot.clickOn("#nav-versions");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PlanVersionsModel.Row> versions = robot.lookup("#versions-table").queryAs(TableView.class);
        assertEquals(1, versions.getItems().size(), "version 1, the plan as issued");
        robot.clickOn("#versions-midterm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("草案", versions.getItems().get(1).status());
        assertEquals(versions.getItems().get(1), versions.getSelectionModel().getSelectedItem(), "the new draft shown");

        // no reason: refused, naming the version and the item; nothing written
        robot.interact(() -> robot.lookup("#versions-document").queryAs(TextField.class).setText("阳政字〔2023〕15号"));
        approve();
        Label message = robot.lookup("#versions-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !message.getText().isEmpty());
        assertEquals("版本2 2023年中期评估调整 · 调整理由：不能为空", message.getText());
        assertEquals("草案", versions.getItems().get(1).status());

        robot.interact(() -> {
            robot.lookup("#versions-reason").queryAs(TextArea.class).setText("原目标难以实现");
            robot.lookup("#versions-document").queryAs(TextField.class).setText("阳政字〔2023〕15号");
        });
        approve();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "已批准".equals(versions.getItems().get(1).status()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("现行（2023年）", versions.getItems().get(1).inForce());
        @SuppressWarnings("unchecked")
        TableView<PlanVersionsModel.Compared> compare = robot.lookup("#versions-compare").queryAs(TableView.class);
        PlanVersionsModel.Compared tax = compare.getItems().get(0);
        assertEquals("亩均税收（万元/亩）", tax.name());
        assertEquals("7.3万元/亩", tax.targets().get(0), "the original stays as the baseline");
        assertTrue(!tax.targets().get(1).equals("7.3万元/亩"), tax.targets().toString());
    }
}
