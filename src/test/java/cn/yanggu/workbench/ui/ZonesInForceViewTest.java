package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.Zone;
import javafx.scene.Node;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A version approved in 2024 enlarges a zone: in a 2025 window the 园区 view shows the zone in force (its new area and
 * east boundary, the version named) beside the stated total, and 总览's area card the total in force.
 */
class ZonesInForceViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;
    private static Zone zone;
    private static String total;

    @BeforeAll
    static void start() throws Exception {
        try (Workbench wb = TestPlans.seeded(dir)) {
            zone = wb.editor().plan().zones().stream().filter(z -> z.areaKm2() != null).findFirst().orElseThrow();
            total = cn.yanggu.workbench.ui.common.Formats.number(
                    Math.round((wb.editor().plan().info().zoneTotalKm2() + 2.5) * 100) / 100.0);
            Versions v = new Versions(wb.editor(), I18n.forLanguage("zh"));
            PlanVersion d = v.createDraft("2024年扩区", 2024, List.of(), null);
            v.setZone(d.number(), zone.code(), zone.areaKm2() + 2.5, new String[] {"新东环路", null, null, null},
                    "省政府批复扩区");
            v.approve(d.number(), "扩区", "鲁政字〔2024〕3号", null, null);
        }
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(dir.resolve("workbench.db"), "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theZonesViewAndTheOverviewShowTheZonesInForce() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#card-zones").tryQuery().isPresent());
        String card = texts(robot.lookup("#card-zones").query());
        assertTrue(card.startsWith(total + " km²"), card);
        robot.clickOn("#nav-zones");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#zones-in-force").tryQuery()
                .map(Node::isVisible).orElse(false));
        String line = robot.lookup("#zones-in-force").queryAs(Label.class).getText();
        assertTrue(line.startsWith("现行（2025年，按已批准的调整版本）：总面积 " + total + " km²；" + zone.name() + " "
                + cn.yanggu.workbench.ui.common.Formats.number(zone.areaKm2() + 2.5) + " km²，东至新东环路"), line);
        assertTrue(line.contains("调整版本2（鲁政字〔2024〕3号）"), line);
    }

    private static String texts(Node n) {
        StringBuilder b = new StringBuilder();
        if (n instanceof Label l) {
            b.append(l.getText()).append(' ');
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(texts(c)));
        }
        return b.toString();
    }
}
