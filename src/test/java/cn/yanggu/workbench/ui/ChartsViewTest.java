package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overview's indicator panels and the charts view, driven in the real window. */
class ChartsViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("w.db");
        // two actuals for 亩均税收: 2022 behind the planned path
        try (Workbench wb = Workbench.open(db)) {
            Indicator tax = cn.yanggu.workbench.TestPlans.byCode(wb.editor().plan(), "T01");
            List<YearValue> values = new ArrayList<>(tax.values());
            values.add(new YearValue(2021, Enums.ValueKind.ACTUAL, 5.0, Enums.Comparator.EQ, Enums.Vintage.FINAL, null,
                    "统计年报", "2022-03-01", null));
            values.add(new YearValue(2022, Enums.ValueKind.ACTUAL, 5.0, Enums.Comparator.EQ,
                    Enums.Vintage.PRELIMINARY, null, "统计快报", "2023-01-20", null));
            wb.editor().apply(Edit.of("actuals", Change.update(tax,
                    cn.yanggu.workbench.app.Records.with(tax, "values", values))));
        }
        Clock clock = Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(db, "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void overviewPanelsShowStatusAndFilterByItAndOpenTheChart() throws Exception {
        robot.clickOn("#nav-overview");
        Windows.waitForJudgedBoard();
        javafx.scene.layout.Pane cards = robot.lookup("#indicator-cards").queryAs(javafx.scene.layout.Pane.class);
        int all = cards.getChildren().size();
        assertTrue(robot.lookup("#view-count").queryLabeled().getText().matches("共 \\d+ 条规划要点"),
                "the count says what it counts");
        assertTrue(all >= 20, "one panel per indicator with a target: " + all);
        ToggleButton behind = robot.lookup("#chip-behind").queryAs(ToggleButton.class);
        assertEquals("▼ 滞后 1", behind.getText());
        String card = Texts.of(robot.lookup("#board-T01").query());
        assertTrue(card.contains("2022年（快报）") && card.contains("▼ 滞后") && card.contains("尚需年均"), card);
        assertTrue(card.matches("(?s).*数值[|\\s]*\\d+(\\.\\d)?%.*时间[|\\s]*\\d+(\\.\\d)?%.*"),
                "both progress bars carry their percentage: " + card);
        double right = cards.getChildren().stream().mapToDouble(n -> n.getBoundsInParent().getMaxX()).max()
                .orElse(0);
        assertTrue(cards.getWidth() - right < 2, "the cards fill the width: " + right + " of " + cards.getWidth());
        robot.interact(behind::fire);
        assertEquals(1, cards.getChildren().size());
        robot.interact(behind::fire);
        assertEquals(all, cards.getChildren().size());

        robot.clickOn("#board-T01");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#charts-list").queryAs(ListView.class);
        assertEquals("亩均税收（万元/亩）", String.valueOf(((cn.yanggu.workbench.ui.charts.ChartsView.Entry)
                list.getSelectionModel().getSelectedItem()).title()));
        String status = robot.lookup("#chart-status").queryAs(Label.class).getText();
        assertTrue(status.contains("状态：滞后") && status.contains("2022年 5"), status);
    }

    @Test
    void chartsAreListedAndExportedInTheBackground() throws Exception {
        robot.clickOn("#nav-charts");
        ListView<?> list = robot.lookup("#charts-list").queryAs(ListView.class);
        assertTrue(list.getItems().size() >= 13);
        List<String> titles = list.getItems().stream()
                .map(e -> ((cn.yanggu.workbench.ui.charts.ChartsView.Entry) e).title()).toList();
        int story = titles.indexOf("亩均税收（万元/亩）");
        assertEquals("亩均税收（万元/亩） · 远景2035", titles.get(story + 1), "the 2035 chart is its own entry");
        assertTrue(!titles.contains("重点项目：各产业链投资额（按阶段）"), "no investments: no chart of zeros");
        var view = (cn.yanggu.workbench.ui.charts.ChartsView) findView();
        Path out = Files.createDirectories(dir.resolve("charts"));
        robot.interact(() -> view.exportAllTo(out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#status-notice").queryAs(Label.class)
                .getText().startsWith("已导出"));
        try (var files = Files.list(out)) {
            assertTrue(files.count() >= 13);
        }
        // named by the title as the list shows it, numbered in its order: no internal ids
        assertTrue(Files.exists(out.resolve(String.format("%02d 亩均税收.png", story + 1))), out.toString());
        var img = ImageIO.read(out.resolve(String.format("%02d 亩均税收.png", story + 1)).toFile());
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());

        Path deck = dir.resolve("deck.pptx");
        robot.interact(() -> view.exportDeckTo(deck));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(deck)
                && robot.lookup("#status-notice").queryAs(Label.class).getText().contains("deck.pptx"));
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(deck))) {
            String first = ppt.getSlides().get(0).getShapes().stream()
                    .filter(x -> x instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                    .map(x -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) x).getText())
                    .reduce("", (a, b) -> a + b + "\n");
            assertTrue(first.contains("数据截至2022年") && first.contains("阳谷经济开发区管理委员会"), first);
            assertTrue(ppt.getSlides().get(1).getShapes().stream()
                    .anyMatch(x -> x instanceof org.apache.poi.xslf.usermodel.XSLFTable), "slide 2: the status table");
            // the title, the summary, 亩均税收 (the one indicator with actuals), pipeline and zones, then one map per
            // chain (issue 15)
            assertEquals(5 + 6, ppt.getSlides().size());
        }
        assertTrue(robot.lookup("#status-open-folder").query().isVisible(), "打开所在文件夹 is offered");
    }

    private static Object findView() throws Exception {
        var field = WorkbenchApp.class.getDeclaredField("shell");
        field.setAccessible(true);
        var shell = (cn.yanggu.workbench.ui.shell.Shell) field.get(app);
        return shell.currentView();
    }

}
