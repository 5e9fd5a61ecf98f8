package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.app.charts.SlideChart;
import cn.yanggu.workbench.app.reports.Report;
import cn.yanggu.workbench.app.reports.ReportBuilder;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.ReportKind;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chart and a report judged against an adjusted target show the original and the adjusted one, by version. */
class AdjustedOutputsTest {
    private static final I18n T = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        System.setProperty("java.awt.headless", "true");
        wb = TestPlans.withActuals(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private void approveTaxAdjustment() {
        Versions v = new Versions(wb.editor(), T);
        PlanVersion draft = v.createDraft("2023年中期评估调整", 2023, List.of(new PlanVersion.TargetChange("T01",
                2025, 6.0, Enums.Comparator.EQ, "按实际增速推算")), null);
        v.approve(draft.number(), "原目标难以实现", "阳政字〔2023〕15号", "2023-09-20", "阳谷县人民政府");
    }

    private static List<String> seriesOf(SlideChart c) {
        XYDataset data = ((XYPlot) c.chart().getPlot()).getDataset();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            out.add(String.valueOf(data.getSeriesKey(i)));
        }
        return out;
    }

    private static String subtitles(SlideChart c) {
        StringBuilder b = new StringBuilder();
        for (Object s : c.chart().getSubtitles()) {
            if (s instanceof TextTitle tt) {
                b.append(tt.getText()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theChartDrawsTheOriginalAndTheAdjustedPathLabelledByVersion() {
        Charts charts = new Charts(T, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
        Plan before = wb.editor().plan();
        SlideChart plain = charts.trajectory(before, TestPlans.byCode(before, "T01"));
        assertFalse(seriesOf(plain).contains("原规划路径（版本1）"), "no adjustment: one planned path");
        assertTrue(seriesOf(plain).contains("规划路径"));

        approveTaxAdjustment();
        Plan plan = wb.editor().plan();
        SlideChart c = charts.trajectory(plan, TestPlans.byCode(plan, "T01"));
        List<String> series = seriesOf(c);
        assertTrue(series.containsAll(List.of("原规划路径（版本1）", "原目标（版本1）", "调整后规划路径（版本2）",
                "调整后目标（版本2）")), series.toString());
        assertTrue(c.statusLine().contains("2025年目标 6万元/亩"), c.statusLine());
        assertTrue(subtitles(c).contains("按版本2 2023年中期评估调整（阳政字〔2023〕15号"), subtitles(c));
        // judged as of 2022, before the adjustment's year: the plan as issued, one path
        SlideChart earlier = charts.trajectory(plan, TestPlans.byCode(plan, "T01"), 2022);
        assertFalse(seriesOf(earlier).contains("调整后规划路径（版本2）"));
        assertTrue(earlier.statusLine().contains("7.3"), earlier.statusLine());
    }

    @Test
    void theFinalReportSaysWhichVersionItJudgesAgainstAndShowsBothTargets() {
        ReportBuilder builder = new ReportBuilder(T, Assessment.DEFAULT_TOLERANCE, LocalDate.of(2026, 3, 15));
        Report plain = builder.build(wb.editor().plan(), 2025, ReportKind.FINAL, Map.of());
        assertTrue(text(plain).contains("按版本1 规划原文（阳政办字〔2022〕7号）的目标评估"), "the final report always says");

        approveTaxAdjustment();
        Report r = builder.build(wb.editor().plan(), 2025, ReportKind.FINAL, Map.of());
        String text = text(r);
        assertTrue(text.contains("按版本2 2023年中期评估调整（阳政字〔2023〕15号 · 2023-09-20 · 阳谷县人民政府，"
                + "2023年起执行）调整后的目标评估"), text);
        assertTrue(text.contains("亩均税收2025年目标由7.3万元/亩调整为6万元/亩"), text);
        Report.IndicatorRow tax = r.rows().stream().filter(x -> x.code().equals("T01")).findFirst().orElseThrow();
        assertTrue(tax.cells().contains("6（原7.3）"), tax.cells().toString());
        // the annual report of 2022, before the adjustment's year, does not mention it
        assertFalse(text(builder.build(wb.editor().plan(), 2022, ReportKind.ANNUAL, Map.of())).contains("版本2"));
    }

    private static String text(Report r) {
        StringBuilder b = new StringBuilder();
        for (Report.Block block : r.blocks()) {
            if (block instanceof Report.Paragraph p) {
                b.append(p.text()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theDecksStatusTableShowsTheOriginalBesideTheAdjustedTargetAsTheReportDoes() throws Exception {
        approveTaxAdjustment();
        Path deck = dir.resolve("汇报稿.pptx");
        new cn.yanggu.workbench.app.charts.ChartService(T, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE)
                .writeDeck(wb.editor().plan(), "管委会", deck, (done, total) -> { });
        List<String> cells = new ArrayList<>();
        try (var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(java.nio.file.Files.newInputStream(deck))) {
            for (var slide : ppt.getSlides()) {
                for (var shape : slide.getShapes()) {
                    if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                        table.getRows().forEach(r -> r.getCells().forEach(c -> cells.add(c.getText())));
                    }
                }
            }
        }
        assertTrue(cells.contains("6万元/亩（原7.3）"), cells.toString());
        assertTrue(cells.stream().filter(c -> c.contains("（原")).count() == 1, "only the adjusted target: " + cells);
    }
}
