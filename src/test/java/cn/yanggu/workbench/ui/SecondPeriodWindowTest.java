package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.PlanVersion;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview once the 2026–2030 successor is approved (actuals 2021–2025, the 2023 adjustment of 亩均税收, the
 * successor with 亩均税收 9 in 2030), on 30 November 2026: the period strip is the successor's with the last period
 * beside it, and a card judged on 2025 data shows its 2025 target as adjusted and the next period's 2030 target.
 */
class SecondPeriodWindowTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db;
        try (Workbench wb = TestPlans.seeded(dir)) {
            TestPlans.enterActuals(wb);
            TestPlans.enterLateActuals(wb);
            Versions v = new Versions(wb.editor(), I18n.forLanguage("zh"));
            PlanVersion mid = v.createDraft("2023年中期评估调整", 2023, List.of(new PlanVersion.TargetChange("T01",
                    2025, 6.0, Enums.Comparator.EQ, "按实际增速推算")), null);
            v.approve(mid.number(), "原目标难以实现", "阳政字〔2023〕15号", "2023-09-20", "阳谷县人民政府");
            PlanVersion next = v.createSuccessor(EnumSet.of(EntityKind.ZONE));
            List<PlanVersion.TargetChange> targets = new ArrayList<>(next.targets());
            targets.add(new PlanVersion.TargetChange("T01", 2030, 9.0, Enums.Comparator.EQ, "管委会测算"));
            v.updateDraft(next.withTargets(targets));
            v.approve(next.number(), "规划期届满，编制下一期规划", "阳政字〔2026〕3号", "2026-02-10", "阳谷县人民政府");
            db = wb.databasePath();
        }
        app = Windows.start(db, "zh", Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Asia/Shanghai")));
        robot.clickOn("#nav-overview");
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static String texts(Node n) {
        return Texts.of(n);
    }


    @Test
    void theOverviewShowsTheSecondPeriodAndTheNextTargets() {
        String period = robot.lookup("#plan-period").queryAs(Label.class).getText();
        assertTrue(period.startsWith("规划期 2026—2030 年 · 基准年 2025 · 远景 2035 年"), period);
        assertTrue(period.contains("下一期规划（版本3，阳政字〔2026〕3号 · 2026-02-10 · 阳谷县人民政府）；上一期 2021—2025 年"),
                period);
        assertTrue(period.endsWith("规划期已过 0 / 5 年"), period);
        String tax = texts(robot.lookup("#board-T01").query());
        assertTrue(tax.contains("2025年目标 6万元/亩\n下一期 2030年目标 9万元/亩"), tax);
        assertTrue(tax.contains("提前实现"), tax);
        String copper = texts(robot.lookup("#board-G10").query());
        assertTrue(copper.contains("下一期 2030年目标 52.9万吨"), copper);
    }
}
