package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview's cards on three years of actuals print the same judgement as the outputs (OneJudgementTest): an
 * indicator with no 2020 base shows its value and a status, never 尚无实际值; a direction-only one says 符合要求.
 */
class OverviewJudgementTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db;
        try (Workbench wb = TestPlans.withActuals(dir)) {
            db = wb.databasePath();
        }
        app = Windows.start(db, "zh", Clock.systemDefaultZone());
        robot.clickOn("#nav-overview");
        Windows.waitForJudgedBoard();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static String card(String code) {
        return Texts.of(robot.lookup("#board-" + code).query());
    }


    @Test
    void cardsPrintTheOneJudgement() {
        String firms = card("G01");
        assertTrue(firms.contains("108") && firms.contains("2023年（快报）") && firms.contains("基本符合预期")
                && firms.contains("≥120家"), firms);
        assertFalse(firms.contains("尚无实际值"), firms);
        assertTrue(card("G04").contains("✓ 符合要求"), card("G04"));
        assertTrue(card("G06").contains("未达要求"), card("G06"));
        String trade = card("T04");
        assertTrue(trade.contains("进出口总额（亿元）") && trade.contains("158") && trade.contains("170亿元"), trade);
        assertTrue(card("T01").contains("▼ 滞后") && card("T01").contains("尚需年均增长18.5%"), card("T01"));
        assertTrue(card("G14").contains("与目标值持平，尚未超过"), card("G14"));
    }
}
