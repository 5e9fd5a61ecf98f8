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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

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
        Charts charts = new Charts(ZH, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
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

    /** The cells' text as the reader sees it: a line break inside a cell (number over bracket) is no character. */
    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().replace("\n", "")).toList();
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
            // 22 lines × 28 characters from the section's document grid (文档网格), not from condensed runs
            var docGrid = sect.getDocGrid();
            assertEquals(STDocGrid.LINES_AND_CHARS, docGrid.getType());
            int linePitch = docGrid.getLinePitch().intValue();
            assertEquals(579, linePitch);
            double height = (16838 - 2098 - 1984) / 20.0;
            assertTrue(22 * linePitch / 20.0 <= height && 23 * linePitch / 20.0 > height, "22 lines in 225 mm");
            assertTrue(docGrid.isSetCharSpace(), "the grid sets the character pitch");
            double pitch = 16 + ((java.math.BigInteger) docGrid.getCharSpace()).intValue() / 4096.0;
            double width = (11906 - 1587 - 1474) / 20.0;
            assertTrue(28 * pitch <= width && 29 * pitch > width, "28 characters a line: pitch " + pitch);
            // the pitch is counted from the Normal style's 16 pt; its glyphs are narrow enough that 28 of them fit
            // the line at their own width (else LibreOffice gives each character two grid cells)
            var normal = d.getStyles().getStyle("Normal").getCTStyle().getRPr();
            assertEquals(32, ((java.math.BigInteger) normal.getSzArray(0).getVal()).intValue());
            int glyph = Integer.parseInt(normal.getWArray(0).getVal().toString());
            assertTrue(28 * 16 * glyph / 100.0 <= width && glyph >= 95, "glyph width " + glyph + " %");
            assertNoCondensedRun(d);
            XWPFParagraph body = d.getParagraphs().stream().filter(p -> p.getText().startsWith("《山东阳谷"))
                    .findFirst().orElseThrow();
            XWPFRun run = body.getRuns().get(0);
            assertEquals("仿宋_GB2312", run.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(16.0, run.getFontSizeAsDouble());
            assertEquals(579, ((java.math.BigInteger) body.getCTP().getPPr().getSpacing().getLine()).intValue());
            assertFalse(body.getCTP().getPPr().isSetSnapToGrid(), "body text is on the grid");
            // 首行缩进二字 of the grid
            var ind = body.getCTP().getPPr().getInd();
            assertEquals(200, ((java.math.BigInteger) ind.getFirstLineChars()).intValue());
            assertEquals(2 * pitch, ((java.math.BigInteger) ind.getFirstLine()).intValue() / 20.0, 0.2);
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

    /** No run anywhere (body, tables, footers) is condensed: LibreOffice drops line-end punctuation of such runs. */
    private static void assertNoCondensedRun(XWPFDocument d) {
        List<XWPFParagraph> all = new ArrayList<>(d.getParagraphs());
        d.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                all.addAll(c.getParagraphs()))));
        d.getFooterList().forEach(f -> all.addAll(f.getParagraphs()));
        int runs = 0;
        for (XWPFParagraph p : all) {
            for (XWPFRun r : p.getRuns()) {
                runs++;
                var rpr = r.getCTR().getRPr();
                if (rpr != null && rpr.sizeOfSpacingArray() > 0) {
                    int spacing = ((java.math.BigInteger) rpr.getSpacingArray(0).getVal()).intValue();
                    assertTrue(spacing >= 0, "condensed run (" + spacing + "): " + r.text());
                }
            }
        }
        assertTrue(runs > 100, "runs checked: " + runs);
    }

    @Test
    void tableColumnsHoldEveryNumberAndBracketWhole() throws Exception {
        // the report's own tables, and one with the longest cells real data gives (big numbers with vintages)
        Report r = build(2023, ReportKind.MIDTERM);
        List<Report.Block> blocks = new ArrayList<>(r.blocks());
        blocks.add(new Report.Table("wide", "表9　测试", List.of("序号", "指标（单位）", "2020年", "2025年目标", "年均增速",
                "属性", "当年值", "进度", "状态"), List.of(
                List.of("1", "进出口总额（万元）", "1,397,034", "1,700,000", "4.0%", "预期性", "1,580,000（快报）",
                        "60.4%", "基本符合预期"),
                List.of("2", "有效期内的发明专利拥有量（个）", "178", "≥1,700,000", "13.7%*", "约束性",
                        "12,345,678.9（年报）", "109.1%", "尚无实际值")),
                new int[] {520, 1340, 1160, 1160, 760, 740, 1150, 880, 1135}));
        Report wide = new Report(r.kind(), r.year(), r.fileName(), r.titleLines(), r.subtitle(), blocks, r.rows(),
                r.counts(), r.lagging(), r.warnings(), r.emptySections(), r.plan());
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile(
                "[≥≤><]?\\d[\\d,]*(?:\\.\\d+)?%?\\*?|（[^（）]*）");
        try (XWPFDocument d = docx(wide)) {
            assertEquals(2, d.getTables().size(), "表1 and the test table (no project table while no stage is known)");
            for (XWPFTable table : d.getTables()) {
                var grid = table.getCTTbl().getTblGrid().getGridColList();
                int sum = 0;
                for (var col : grid) {
                    sum += ((java.math.BigInteger) col.getW()).intValue();
                }
                assertEquals(ReportDocx.TEXT_W, sum, "the table fits the 156 mm text width");
                for (XWPFTableRow row : table.getRows()) {
                    for (int c = 0; c < grid.size(); c++) {
                        int inside = ((java.math.BigInteger) grid.get(c).getW()).intValue() - 2 * ReportDocx.CELL_MARGIN;
                        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                        double size = p.getRuns().get(0).getFontSizeAsDouble();
                        assertTrue(size >= 9 && size <= 12, "table text 小五 to 小四: " + size);
                        // each line of the cell (a cell may set a number above its bracket)
                        for (String line : row.getCell(c).getText().split("\n")) {
                            var m = whole.matcher(line);
                            while (m.find()) {
                                double need = ReportDocx.textWidth(m.group(), size) * 20;
                                assertTrue(need <= inside, "「" + m.group() + "」 needs " + need + " twips, column "
                                        + c + " has " + inside);
                            }
                        }
                    }
                }
            }
            XWPFTable t = d.getTables().get(1);
            assertEquals(List.of("1,580,000", "（快报）"), List.of(t.getRow(1).getCell(6).getText().split("\n")),
                    "a number and its bracket that do not fit one line stand on two");
            assertEquals("序号", cells(t.getRow(0)).get(0));
            assertEquals(ParagraphAlignment.LEFT, t.getRow(1).getCell(1).getParagraphs().get(0).getAlignment(),
                    "the indicator column, which gets what the others leave, is set left");
        }
    }

    @Test
    void signatureStandsRightWithTheIssuerCentredOverTheDateFourCharactersIn() throws Exception {
        Report r = build(2023, ReportKind.ANNUAL);
        List<Report.Block> blocks = new ArrayList<>(r.blocks());
        blocks.add(new Report.Signature("阳谷经济开发区管理委员会", "2026年11月30日"));
        Report signed = new Report(r.kind(), r.year(), r.fileName(), r.titleLines(), r.subtitle(), blocks, r.rows(),
                r.counts(), r.lagging(), r.warnings(), r.emptySections(), r.plan());
        try (XWPFDocument d = docx(signed)) {
            List<XWPFParagraph> ps = d.getParagraphs();
            XWPFParagraph date = ps.get(ps.size() - 1);
            XWPFParagraph issuer = ps.get(ps.size() - 2);
            XWPFParagraph blank = ps.get(ps.size() - 3);
            assertEquals("2026年11月30日", date.getText());
            assertEquals("阳谷经济开发区管理委员会", issuer.getText());
            assertEquals("", blank.getText(), "a blank line between the body and the 落款");
            for (XWPFParagraph p : List.of(issuer, date)) {
                assertEquals(ParagraphAlignment.RIGHT, p.getAlignment());
                XWPFRun run = p.getRuns().get(0);
                assertEquals("仿宋_GB2312", run.getFontFamily(XWPFRun.FontCharRange.eastAsia));
                assertEquals(16.0, run.getFontSizeAsDouble(), "三号");
            }
            // 成文日期右空四字
            var dateInd = date.getCTP().getPPr().getInd();
            assertEquals(400, ((java.math.BigInteger) dateInd.getRightChars()).intValue());
            double pitch = 16 + ((java.math.BigInteger) d.getDocument().getBody().getSectPr().getDocGrid()
                    .getCharSpace()).intValue() / 4096.0;
            assertEquals(4 * pitch, ((java.math.BigInteger) dateInd.getRight()).intValue() / 20.0, 0.1);
            // 署名 centred over the date: the centres of the two lines coincide (12 characters over 7)
            double issuerRight = ((java.math.BigInteger) issuer.getCTP().getPPr().getInd().getRightChars())
                    .intValue() / 100.0;
            assertEquals(4 + 7 / 2.0, issuerRight + 12 / 2.0, 0.01);
            // the 落款 keeps with the end of the body
            assertTrue(ps.get(ps.size() - 4).getCTP().getPPr().isSetKeepNext());
            assertTrue(blank.getCTP().getPPr().isSetKeepNext() && issuer.getCTP().getPPr().isSetKeepNext());
        }
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
