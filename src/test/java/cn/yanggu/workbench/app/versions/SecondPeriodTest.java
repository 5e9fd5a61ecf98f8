package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.app.charts.SlideChart;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.YearValue;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2026–2030 successor judged: with 2021–2025 actuals, the 2023 adjustment of 亩均税收 approved and the successor
 * approved with a 2030 target, 2025 is judged against the first period as adjusted and 2026 against the successor's
 * 2030 target from its 2025 base — one judgement (Judgements), which the charts follow.
 */
class SecondPeriodTest {
    private static final I18n T = I18n.forLanguage("zh");
    private static final double TOL = Assessment.DEFAULT_TOLERANCE;

    @TempDir
    Path dir;
    private Workbench wb;
    private Versions versions;

    @BeforeEach
    void open() {
        System.setProperty("java.awt.headless", "true");
        wb = TestPlans.seeded(dir);
        TestPlans.enterActuals(wb);
        TestPlans.enterLateActuals(wb);
        versions = new Versions(wb.editor(), T);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** The 2023 mid-term adjustment of 亩均税收 (7.3 → 6.0), then the 2026–2030 successor with 亩均税收 9 in 2030. */
    private PlanVersion approveBoth() {
        PlanVersion mid = versions.createDraft("2023年中期评估调整", 2023, List.of(new PlanVersion.TargetChange("T01",
                2025, 6.0, Enums.Comparator.EQ, "按实际增速推算")), null);
        versions.approve(mid.number(), "原目标难以实现", "阳政字〔2023〕15号", "2023-09-20", "阳谷县人民政府");
        PlanVersion next = versions.createSuccessor(EnumSet.of(EntityKind.ZONE, EntityKind.CHAIN));
        List<PlanVersion.TargetChange> targets = new ArrayList<>(next.targets());
        targets.add(new PlanVersion.TargetChange("T01", 2030, 9.0, Enums.Comparator.EQ, "管委会测算"));
        versions.updateDraft(next.withTargets(targets));
        return versions.approve(next.number(), "规划期届满，编制下一期规划", "阳政字〔2026〕3号", "2026-02-10",
                "阳谷县人民政府");
    }

    private void add2026(String code, double value) {
        Indicator ind = TestPlans.byCode(wb.editor().plan(), code);
        List<YearValue> values = new ArrayList<>(ind.values());
        values.add(new YearValue(2026, Enums.ValueKind.ACTUAL, value, Enums.Comparator.EQ, Enums.Vintage.ESTIMATE,
                null, "县统计局预计", "2026-11-20", null));
        wb.editor().apply(Edit.of("2026", Change.update(ind, Records.with(ind, "values", values))));
    }

    private static Assessment of(List<Assessment> all, String code) {
        return all.stream().filter(a -> a.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aYearAfter2025IsJudgedAgainstTheSuccessors2030TargetFromIts2025Base() {
        PlanVersion next = approveBoth();
        add2026("T01", 6.8);
        Plan plan = wb.editor().plan();

        // 2025: the first period as judged — the adjusted 2025 target, from the 2020 base
        Assessment first = of(Judgements.assess(plan, 2025, TOL), "T01");
        assertEquals(2025, first.target().orElseThrow().year());
        assertEquals(6.0, first.target().orElseThrow().value());
        assertEquals(2020, first.base().orElseThrow().year());
        assertEquals(Assessment.Status.ACHIEVED, first.status(), "6.3 meets the adjusted 6.0");

        // 2026: the successor's period — 2030 target 9, from the 2025 base 6.3 (the 2025 actual it was made from)
        Assessment second = of(Judgements.assess(plan, 2026, TOL), "T01");
        assertEquals(2030, second.target().orElseThrow().year());
        assertEquals(9.0, second.target().orElseThrow().value());
        assertEquals(2025, second.base().orElseThrow().year());
        assertEquals(6.3, second.base().orElseThrow().value());
        double planned2026 = 6.3 * Math.pow(9.0 / 6.3, 1 / 5.0);
        assertEquals(planned2026, second.plannedAtLatest().getAsDouble(), 1e-9);
        assertEquals(Assessment.Status.ON_TRACK, second.status(), "6.8 against 6.77 on the 2025–2030 path");
        assertEquals(0.2, second.timeProgress(), 1e-9, "one year of five");
        // the one judgement: the single-indicator form says the same
        assertEquals(second, Judgements.assess(plan, TestPlans.byCode(plan, "T01"), 2026, TOL));
        assertEquals(next.number(), Judgements.versionInForce(plan, 2026));

        // only what the successor sets a 2030 target for (or a direction) is judged in its period
        List<String> judged2026 = Judgements.assess(plan, 2026, TOL).stream().map(a -> a.indicator().code()).toList();
        assertTrue(judged2026.containsAll(List.of("T01", "G10", "G04")), judged2026.toString());
        assertFalse(judged2026.contains("T05"), "高新技术企业 has no 2030 target yet");
        // the plan as issued is untouched
        assertEquals(7.3, TestPlans.byCode(plan, "T01").target(2025).orElseThrow().value());
        assertTrue(TestPlans.byCode(plan, "T01").target(2030).isEmpty());
    }

    @Test
    void beforeItsApprovalTheSuccessorJudgesNothing() {
        add2026("T01", 6.8);
        List<Assessment> before = Judgements.assess(wb.editor().plan(), 2026, TOL);
        PlanVersion next = versions.createSuccessor(EnumSet.noneOf(EntityKind.class));
        assertEquals(before, Judgements.assess(wb.editor().plan(), 2026, TOL), "a draft changes nothing");
        assertEquals(2025, of(before, "T01").target().orElseThrow().year(), "2026 without a successor: the last period");
        assertEquals(PlanVersion.ORIGINAL, Judgements.versionInForce(wb.editor().plan(), 2026));
        assertFalse(next.approved());
    }

    @Test
    void theTrajectoryRuns2020To2025To2030WithBothPeriodsLabelled() {
        approveBoth();
        Charts charts = new Charts(T, ChartFonts.load(), TOL);
        Plan plan = wb.editor().plan();
        // data to 2025: the first period as judged, the successor on the 远景 chart
        SlideChart atEnd = charts.trajectory(plan, TestPlans.byCode(plan, "T01"));
        assertTrue(atEnd.statusLine().contains("2025年目标 6万元/亩"), atEnd.statusLine());
        List<String> vision = seriesOf(charts.vision(plan, TestPlans.byCode(plan, "T01")));
        assertTrue(vision.contains("下一期规划（版本3，2026—2030年）"), vision.toString());
        // on to 2035 from the 2030 target at the next period's rate, not from 2025 at the first period's
        assertTrue(vision.contains("2030年后按规划增速外推（外推，非规划值）"), vision.toString());
        assertFalse(vision.contains("2025年后按规划增速外推（外推，非规划值）"), vision.toString());

        add2026("T01", 6.8);
        plan = wb.editor().plan();
        SlideChart c = charts.trajectory(plan, TestPlans.byCode(plan, "T01"));
        List<String> series = seriesOf(c);
        assertTrue(series.containsAll(List.of("2021—2025年规划路径（版本2）", "2026—2030年规划路径（版本3）",
                "2020年基期值", "2025年基期值")), series.toString());
        assertFalse(series.contains("下一期规划（版本3，2026—2030年）"), "the successor is the path, not an extra line");
        assertTrue(c.statusLine().contains("2030年目标 9万元/亩"), c.statusLine());
        assertTrue(subtitles(c).contains("按版本3 2026—2030年规划（下一期）（阳政字〔2026〕3号"), subtitles(c));
        XYPlot xy = (XYPlot) c.chart().getPlot();
        assertEquals(2019.5, xy.getDomainAxis().getLowerBound(), 1e-9);
        assertEquals(2030.5, xy.getDomainAxis().getUpperBound(), 1e-9);
        // 2035 on the 远景 chart, continuing from the 2030 target
        SlideChart v = charts.vision(plan, TestPlans.byCode(plan, "T01"));
        assertEquals(2035.5, ((XYPlot) v.chart().getPlot()).getDomainAxis().getUpperBound(), 1e-9);
    }

    @Test
    void theAnnualReportOf2026IsOfTheSecondPeriodAndSaysWhichVersionItJudgesAgainst() {
        cn.yanggu.workbench.app.reports.ReportBuilder builder = new cn.yanggu.workbench.app.reports.ReportBuilder(T,
                TOL, java.time.LocalDate.of(2026, 11, 30));
        add2026("T01", 6.8);
        assertEquals("报告年度须在规划期 2021—2025 年之内，现为 2026 年",
                builder.refusal(wb.editor().plan(), 2026).orElseThrow(), "no successor approved: no 2026 report");
        approveBoth();
        Plan plan = wb.editor().plan();
        assertTrue(builder.refusal(plan, 2026).isEmpty());
        assertEquals("报告年度须在规划期 2021—2030 年之内，现为 2031 年", builder.refusal(plan, 2031).orElseThrow());
        cn.yanggu.workbench.app.reports.Report r = builder.build(plan, 2026,
                cn.yanggu.workbench.domain.ReportKind.ANNUAL, java.util.Map.of());
        StringBuilder text = new StringBuilder();
        r.blocks().stream().filter(b -> b instanceof cn.yanggu.workbench.app.reports.Report.Paragraph)
                .forEach(b -> text.append(((cn.yanggu.workbench.app.reports.Report.Paragraph) b).text()).append('\n'));
        assertTrue(text.toString().contains("下一期：版本3 2026—2030年规划（下一期），阳政字〔2026〕3号 · 2026-02-10 · "
                + "阳谷县人民政府，以下简称《规划》）规划期为2026—2030年，基准年为2025年"), text.toString());
        assertTrue(text.toString().contains("亩均税收2026年为6.8万元/亩（预计），2030年目标9万元/亩，基本符合预期"),
                text.toString());
        assertTrue(text.toString().contains("有2030年目标值的2项"), text.toString());
        assertTrue(text.toString().contains("按版本3 2026—2030年规划（下一期）（阳政字〔2026〕3号 · 2026-02-10 · "
                + "阳谷县人民政府）的2030年目标评估，自2025年基期值起算"), text.toString());
        cn.yanggu.workbench.app.reports.Report.IndicatorRow tax = r.rows().stream()
                .filter(x -> x.code().equals("T01")).findFirst().orElseThrow();
        assertTrue(tax.cells().contains("9"), tax.cells().toString());
        assertTrue(tax.cells().contains("6.3"), "the 2025 base: " + tax.cells());
        // the 9.2 % 表2-1 states is the first period's: the second's rate is from 6.3 to 9 (7.4 %, worked out)
        assertTrue(tax.cells().contains("7.4%*") && !tax.cells().contains("9.2%"), tax.cells().toString());
        // the 2025 final report still judges the first period, against the adjusted 2025 target
        String fin = builder.build(plan, 2025, cn.yanggu.workbench.domain.ReportKind.FINAL, java.util.Map.of())
                .rows().stream().filter(x -> x.code().equals("T01")).findFirst().orElseThrow().cells().toString();
        assertTrue(fin.contains("6（原7.3）"), fin);
    }

    @Test
    void theDeckOfTheSecondPeriodHeadsItsTableWith2030AndShowsThe2035Slide() throws Exception {
        approveBoth();
        add2026("T01", 6.8);
        Path deck = dir.resolve("汇报稿.pptx");
        new cn.yanggu.workbench.app.charts.ChartService(T, ChartFonts.load(), TOL)
                .writeDeck(wb.editor().plan(), "管委会", deck, (done, total) -> { });
        List<String> texts = new ArrayList<>();
        try (var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(java.nio.file.Files.newInputStream(deck))) {
            for (var slide : ppt.getSlides()) {
                for (var shape : slide.getShapes()) {
                    if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                        table.getRows().forEach(r -> r.getCells().forEach(c -> texts.add(c.getText())));
                    } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape ts) {
                        texts.add(ts.getText());
                    }
                }
            }
        }
        assertTrue(texts.contains("2030年目标"), texts.toString());
        assertFalse(texts.contains("2025年目标"), texts.toString());
        assertTrue(texts.stream().anyMatch(x -> x.contains("亩均税收（万元/亩） · 远景2035")), texts.toString());
    }

    @Test
    void theSpreadsheetsJudgementsOfTheSecondPeriodAreAgainstIts2030Targets() throws Exception {
        approveBoth();
        add2026("T01", 6.8);
        Path xlsx = dir.resolve("规划数据.xlsx");
        wb.xlsx().export(xlsx, T, "test", java.time.ZoneId.of("Asia/Shanghai"));
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            var sheet = book.getSheet("指标评估");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.toString()));
            assertTrue(header.contains("2030年目标（指标单位）"), header.toString());
            String tax = "";
            for (var row : sheet) {
                if (row.getCell(0) != null && "T01".equals(row.getCell(0).toString())) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(c.toString()));
                    tax = cells.toString();
                }
            }
            assertTrue(tax.contains("9万元/亩") && tax.contains("基本符合预期"), tax);
        }
    }

    static List<String> seriesOf(SlideChart c) {
        XYDataset data = ((XYPlot) c.chart().getPlot()).getDataset();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            out.add(String.valueOf(data.getSeriesKey(i)));
        }
        return out;
    }

    static String subtitles(SlideChart c) {
        StringBuilder b = new StringBuilder();
        for (Object s : c.chart().getSubtitles()) {
            if (s instanceof TextTitle tt) {
                b.append(tt.getText()).append('\n');
            }
        }
        return b.toString();
    }
}
