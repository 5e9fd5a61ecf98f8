package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.YearValue;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reports built from the seed plan with actuals typed in, written as docx and read back with POI. */
class ReportTest {
    @TempDir
    static Path dir;
    private static final I18n ZH = I18n.forLanguage("zh");
    private static Workbench wb;

    @BeforeAll
    static void seed() {
        wb = TestPlans.seeded(dir);
        // 亩均税收: 2021 年报 5.0, 2022 年报 5.1, 2023 快报 5.2 — behind the path (2023 ≈ 6.12)
        actuals("亩均税收", new double[][] {{2021, 5.0}, {2022, 5.1}, {2023, 5.2}});
        // 高新技术企业数量: 2023 年报 31 — target 30 reached early
        actuals("高新技术企业数量", new double[][] {{2023, 31}});
        // 产业集聚度: 2023 = 78 % — below the 2020 base of 80 %: moving away (严重滞后)
        actuals("产业集聚度", new double[][] {{2023, 78}});
        // 实际利用外资: a 2024 value must not count in a 2023 report
        actuals("实际利用外资", new double[][] {{2024, 9000}});
    }

    private static void actuals(String name, double[][] values) {
        Indicator ind = TestPlans.indicator(wb.editor().plan(), name);
        List<YearValue> v = new ArrayList<>(ind.values());
        for (double[] yv : values) {
            int year = (int) yv[0];
            v.add(new YearValue(year, Enums.ValueKind.ACTUAL, yv[1], Enums.Comparator.EQ,
                    year == 2023 && name.equals("亩均税收") ? Enums.Vintage.PRELIMINARY : Enums.Vintage.FINAL,
                    null, "统计", year + 1 + "-03-01", null));
        }
        wb.editor().apply(Edit.of("actuals", Change.update(ind, new Indicator(ind.code(), ind.name(), ind.category(),
                ind.unit(), ind.direction(), ind.attribute(), ind.growthKind(), ind.statedRate(), ind.table(),
                ind.row(), ind.chainCode(), ind.source(), ind.note(), v))));
    }

    private static Report build(int year, ReportKind kind) {
        return new ReportBuilder(ZH, Assessment.DEFAULT_TOLERANCE, LocalDate.of(2024, 3, 15))
                .build(wb.editor().plan(), year, kind, wb.narratives().load(year, kind));
    }

    private static XWPFDocument docx(Report r) throws Exception {
        Charts charts = new Charts(ZH, ChartFonts.load(), LocalDate.of(2024, 3, 15), Assessment.DEFAULT_TOLERANCE);
        List<Integer> steps = new ArrayList<>();
        byte[] bytes = new ReportDocx(charts).write(r, steps::add);
        assertEquals(ReportDocx.steps(r), steps.get(steps.size() - 1), "progress reaches the last step");
        Path keep = dir.resolve(r.fileName());
        Files.write(keep, bytes);
        String out = System.getProperty("report.out");
        if (out != null) {
            Files.write(Path.of(out).resolve(r.kind().wire() + "-" + r.year() + ".docx"), bytes);
        }
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String text(XWPFDocument d) {
        return d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void midtermReportOf2023ReadsBackWithTitleTableStatusesLaggingNarrativeAndFigures() throws Exception {
        wb.narratives().save(2023, ReportKind.MIDTERM, Map.of(
                Narrative.PROBLEMS, "亩均税收增长乏力，低于规划路径。\n（一）土地集约利用\n部分企业亩均产出偏低。",
                Narrative.NEXT_STEPS, "开展亩产效益综合评价，倒逼低效用地退出。"));
        Report r = build(2023, ReportKind.MIDTERM);
        try (XWPFDocument d = docx(r)) {
            List<XWPFParagraph> ps = d.getParagraphs();
            assertEquals("山东阳谷经济开发区产业发展规划", ps.get(0).getText());
            assertEquals("中期评估报告", ps.get(1).getText());
            XWPFRun title = ps.get(1).getRuns().get(0);
            assertEquals("方正小标宋简体", title.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(22.0, title.getFontSizeAsDouble());
            String all = text(d);
            for (String h : List.of("一、总体情况", "二、主要指标完成情况", "三、重大项目与重点任务进展", "四、存在问题",
                    "五、下一步工作")) {
                assertTrue(all.contains(h), h);
            }
            assertTrue(all.contains("现对2023年《规划》实施情况开展中期评估"), "the evaluation year in the intro");
            assertTrue(all.contains("规划期已过3年（共5年），时间进度为60.0%"), all);

            XWPFTable table = d.getTables().get(0);
            assertEquals(List.of("序号", "指标（单位）", "2020年", "2025年目标", "年均增速", "属性", "当年值", "进度", "状态"),
                    cells(table.getRow(0)));
            assertTrue(table.getRow(0).isRepeatHeader(), "the header repeats on every page");
            Plan plan = wb.editor().plan();
            long judged = plan.indicators().stream().filter(i -> Assessment.judged(i, 2025)).count();
            assertEquals(judged + 1, table.getRows().size(), "one row per indicator with a 2025 target or a direction");
            List<String> tax = cells(table.getRow(1));
            assertEquals(List.of("1", "亩均税收（万元/亩）", "4.7", "7.3", "9.2%", "预期性", "5.2（快报）", "19.2%", "滞后"),
                    tax);
            List<String> hightech = rowOf(table, "高新技术企业数量（个）");
            assertEquals("31（年报）", hightech.get(6));
            assertEquals("提前实现", hightech.get(8));
            assertEquals("严重滞后", rowOf(table, "产业集聚度（%）").get(8));
            List<String> fdi = rowOf(table, "实际利用外资（万美元）");
            assertEquals("—", fdi.get(6), "a 2024 value is not in the 2023 report");
            assertEquals("尚无实际值", fdi.get(8));
            assertEquals("≥750", rowOf(table, "主营业务收入（亿元）").get(3));
            assertEquals("未规定", rowOf(table, "主营业务收入（亿元）").get(5));

            assertTrue(all.contains("提前实现1项，滞后1项，严重滞后1项；暂无实际值"), all);
            assertTrue(all.contains("以下2项指标滞后于规划路径或未达到要求："), all);
            String lagging = ps.stream().map(XWPFParagraph::getText).filter(s -> s.startsWith("1．亩均税收"))
                    .findFirst().orElseThrow();
            assertTrue(lagging.contains("2023年为5.2万元/亩（快报），滞后") && lagging.contains("尚需年均增长18.5%")
                    && lagging.contains("《规划》年均增速9.2%"), lagging);
            assertTrue(all.contains("2．产业集聚度：2023年为78%（年报），严重滞后"), all);

            assertTrue(all.contains("亩均税收增长乏力，低于规划路径。"), "the stored narrative is in the report");
            assertTrue(all.contains("开展亩产效益综合评价"), all);
            assertTrue(ps.stream().anyMatch(p -> p.getText().equals("（一）土地集约利用")
                    && "楷体_GB2312".equals(p.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))),
                    "a （一） line the user wrote is set as a second-level heading");
            assertFalse(all.contains("（待补充）"));

            assertEquals(2, d.getAllPictures().size(), "one figure per lagging indicator; no empty pipeline chart");
            assertTrue(all.contains("图1　亩均税收：规划路径与实际值"), all);
            assertTrue(all.contains("图2　产业集聚度：规划路径与实际值"), "every lagging indicator has its figure");
            // the plan sets no stages or investments: one sentence, no table of zeros, no tag per project
            assertEquals(1, d.getTables().size(), all);
            assertTrue(all.contains("《规划》未规定各项目的建设阶段、投资额和所在园区"), all);
            assertFalse(all.contains("（未规定）"), "no 未规定 tag after each project");
        }
    }

    private static List<String> rowOf(XWPFTable table, String indicator) {
        return table.getRows().stream().map(ReportTest::cells).filter(c -> c.get(1).equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator));
    }

    @Test
    void pageIsA4WithGbMarginsTheLineGridAndFangSongBody() throws Exception {
        try (XWPFDocument d = docx(build(2023, ReportKind.ANNUAL))) {
            var sect = d.getDocument().getBody().getSectPr();
            assertEquals(11906, ((java.math.BigInteger) sect.getPgSz().getW()).intValue());
            assertEquals(16838, ((java.math.BigInteger) sect.getPgSz().getH()).intValue());
            var mar = sect.getPgMar();
            assertEquals(2098, ((java.math.BigInteger) mar.getTop()).intValue(), "37 mm");
            assertEquals(1984, ((java.math.BigInteger) mar.getBottom()).intValue(), "35 mm");
            assertEquals(1587, ((java.math.BigInteger) mar.getLeft()).intValue(), "28 mm");
            assertEquals(1474, ((java.math.BigInteger) mar.getRight()).intValue(), "26 mm");
            assertEquals(579, sect.getDocGrid().getLinePitch().intValue(), "22 lines in 225 mm");
            XWPFParagraph body = d.getParagraphs().stream().filter(p -> p.getText().startsWith("《山东阳谷"))
                    .findFirst().orElseThrow();
            XWPFRun run = body.getRuns().get(0);
            assertEquals("仿宋_GB2312", run.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(16.0, run.getFontSizeAsDouble());
            // 28 characters of 16 pt, condensed, fit the 156 mm text width and 29 do not
            double pitch = 16 + run.getCharacterSpacing() / 20.0;
            double width = 156 / 25.4 * 72;
            assertTrue(28 * pitch <= width && 29 * pitch > width, "pitch " + pitch);
            assertEquals(579, ((java.math.BigInteger) body.getCTP().getPPr().getSpacing().getLine()).intValue());
            XWPFParagraph h1 = d.getParagraphs().stream().filter(p -> p.getText().equals("一、总体情况")).findFirst()
                    .orElseThrow();
            assertEquals("黑体", h1.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals("2023年度监测分析报告", d.getParagraphs().get(1).getText());
            // page numbers "— 1 —" in both footers, odd right and even left
            assertEquals(2, d.getFooterList().size());
            assertTrue(d.getFooterList().stream().allMatch(f -> f.getText().contains("— ") && f.getText().contains(" —")));
            // the nine columns fit the text width
            var grid = d.getTables().get(0).getCTTbl().getTblGrid();
            int sum = 0;
            for (var col : grid.getGridColList()) {
                sum += ((java.math.BigInteger) col.getW()).intValue();
            }
            assertEquals(ReportDocx.TEXT_W, sum);
            // empty narrative sections say so
            assertEquals(2, d.getParagraphs().stream().filter(p -> p.getText().equals("（待补充）")).count());
        }
    }

    @Test
    void finalReportSaysAchievedOrNotAndOtherYearsCarryANote() throws Exception {
        Report fin = build(2025, ReportKind.FINAL);
        assertEquals("总结评估报告", fin.titleLines().get(1));
        assertEquals("已提前实现", fin.rows().stream().filter(x -> x.indicator().startsWith("高新技术企业数量"))
                .findFirst().orElseThrow().status(), "met in 2023, no 2025 data yet");
        assertEquals("暂未实现", fin.rows().get(0).status(), "2023 data in the 2025 report: not yet achieved");
        assertTrue(fin.rows().stream().noneMatch(x -> x.status().equals("未实现")), "no 未实现 without 2025 data");
        assertTrue(fin.warnings().stream().noneMatch(w -> w.contains("总结评估以")));

        Report early = build(2024, ReportKind.MIDTERM);
        assertTrue(early.warnings().get(0).contains("中期评估以2023年为评估年"), early.warnings().toString());
        assertTrue(early.blocks().stream().anyMatch(b -> b instanceof Report.Paragraph p
                && p.text().contains("本报告按2024年数据编制")));
        assertThrows(IllegalArgumentException.class, () -> build(2026, ReportKind.ANNUAL));
        assertEquals("报告年度须在规划期 2021—2025 年之内，现为 2019 年",
                new ReportBuilder(ZH, 0.05, LocalDate.now()).refusal(wb.editor().plan(), 2019).orElseThrow());
    }

    @Test
    void narrativesAreSavedPerYearAndKindInOneTransactionAndAudited() {
        Narratives n = wb.narratives();
        assertEquals(1, n.save(2022, ReportKind.ANNUAL, Map.of(Narrative.PROBLEMS, "  问题一  ")));
        assertEquals("问题一", n.load(2022, ReportKind.ANNUAL).get(Narrative.PROBLEMS).text());
        assertTrue(n.load(2022, ReportKind.MIDTERM).isEmpty(), "per kind");
        assertTrue(n.load(2021, ReportKind.ANNUAL).isEmpty(), "per year");
        assertEquals(0, n.save(2022, ReportKind.ANNUAL, Map.of(Narrative.PROBLEMS, "问题一")), "unchanged: no write");

        // one too long section refuses the whole save
        EditRejected e = assertThrows(EditRejected.class, () -> n.save(2022, ReportKind.ANNUAL, Map.of(
                Narrative.PROBLEMS, "新", Narrative.NEXT_STEPS, "长".repeat(Narrative.MAX_LENGTH + 1))));
        assertEquals(cn.yanggu.workbench.domain.Problem.Kind.TOO_LONG, e.problems().get(0).problem().kind());
        assertEquals("问题一", n.load(2022, ReportKind.ANNUAL).get(Narrative.PROBLEMS).text());

        n.save(2022, ReportKind.ANNUAL, Map.of(Narrative.PROBLEMS, "问题二"));
        AuditEntry last = wb.editor().audit().get(0);
        assertEquals("narrative", last.entity());
        assertEquals("2022/annual", last.code());
        assertEquals("problems", last.field());
        assertEquals("问题一", last.oldValue());
        assertEquals("问题二", last.newValue());
        assertEquals(1, n.save(2022, ReportKind.ANNUAL, Map.of(Narrative.PROBLEMS, "")));
        assertTrue(n.load(2022, ReportKind.ANNUAL).isEmpty(), "an emptied section is removed");
        assertEquals("delete", wb.editor().audit().get(0).action());
    }
}
