package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.Successors;
import cn.yanggu.workbench.ui.versions.PlanVersionsModel;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 版本 › 下一期规划: the draft successor's detail offers every zone, chain, enterprise and key project one by one
 * (unfinished projects ticked by default); what is ticked and unticked is exactly what is carried.
 */
class SuccessorCarryViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;
    private static Plan plan;

    @BeforeAll
    static void start() throws Exception {
        try (Workbench wb = TestPlans.withActuals(dir)) {
            plan = wb.editor().plan();
        }
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(dir.resolve("workbench.db"), "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void tick(String id, TableView<PlanVersionsModel.Row> table, List<PlanVersion.Carried> expected)
            throws Exception {
        CheckBox box = robot.lookup("#" + id).queryAs(CheckBox.class);
        robot.interact(box::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().get(1).version().carried().equals(expected));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exactlyTheRecordsTickedAreCarried() throws Exception {
        robot.clickOn("#nav-versions");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<PlanVersionsModel.Row> table = robot.lookup("#versions-table").queryAs(TableView.class);
        robot.clickOn("#versions-successor");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanVersion.Carried> carried = new ArrayList<>(table.getItems().get(1).version().carried());
        assertEquals(Successors.carried(plan, java.util.EnumSet.copyOf(Successors.CARRIED_KINDS)), carried,
                "by default every zone, chain, enterprise and unfinished project");

        // the project group, opened: each project its own box, the unfinished ones ticked
        TitledPane projects = robot.lookup("#carry-group-project").queryAs(TitledPane.class);
        robot.interact(() -> projects.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        String first = plan.projects().get(0).code();
        CheckBox firstBox = robot.lookup("#carry-project-" + first).queryAs(CheckBox.class);
        assertEquals(plan.projects().get(0).stage() != cn.yanggu.workbench.domain.Enums.ProjectStage.COMPLETED,
                firstBox.isSelected());
        assertTrue(firstBox.getText().contains(plan.projects().get(0).name()), firstBox.getText());

        // one project unticked (or ticked), then no zone at all: exactly those records change
        PlanVersion.Carried p = new PlanVersion.Carried(EntityKind.PROJECT, first);
        boolean had = carried.remove(p);
        if (!had) {
            carried = new ArrayList<>(Successors.ordered(plan, concat(carried, p)));
        }
        tick("carry-project-" + first, table, carried);
        carried.removeIf(c -> c.kind() == EntityKind.ZONE);
        tick("carry-all-zone", table, carried);
        assertFalse(robot.lookup("#carry-all-zone").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#carry-group-project").queryAs(TitledPane.class).isExpanded(),
                "the group stays open after a tick");
        assertEquals(carried, table.getItems().get(1).version().carried());
    }

    private static List<PlanVersion.Carried> concat(List<PlanVersion.Carried> a, PlanVersion.Carried b) {
        List<PlanVersion.Carried> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }
}
