package cn.yanggu.workbench.app.leads;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChainMapChart;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lead followed from 线索 to 投产: its stage rules, the 入园评审 gate at 签约, and the step to a key project. */
class LeadsTest {
    private static final I18n T = I18n.forLanguage("zh");
    private static final LocalDate D1 = LocalDate.of(2024, 3, 1);

    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        wb = TestPlans.seeded(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static Lead clue(String name, String node) {
        return new Lead("L1", name, "深圳", Lead.LeadClass.HIDDEN_CHAMPION, node, 50000.0, 120.0,
                Lead.Method.THEMATIC, "张三", Lead.Stage.CLUE, Map.of(Lead.Stage.CLUE, D1), null, null,
                "赴深圳洽谈", D1.plusDays(20), null, null);
    }

    private String firstProblem(Runnable r) {
        EditRejected e = assertThrows(EditRejected.class, r::run);
        var l = e.problems().get(0);
        return l.problem().field() + "：" + ErrorText.problem(T, l.problem());
    }

    @Test
    void aLeadWithoutANameOrNodeOrWithNegativeMoneyIsRefusedNamingTheField() {
        assertEquals("name：" + ErrorText.problem(T, new cn.yanggu.workbench.domain.Problem("name",
                cn.yanggu.workbench.domain.Problem.Kind.REQUIRED)),
                firstProblem(() -> wb.leads().change("新增", null, clue(" ", "copper.foil-battery"))));
        assertTrue(firstProblem(() -> wb.leads().change("新增", null, clue("诺德股份", "nowhere")))
                .startsWith("nodeCode："));
        Lead negative = new Lead("L1", "诺德股份", null, Lead.LeadClass.OTHER, "copper.foil-battery", -1.0, null,
                Lead.Method.OTHER, null, Lead.Stage.CLUE, Map.of(Lead.Stage.CLUE, D1), null, null, null, null, null,
                null);
        assertTrue(firstProblem(() -> wb.leads().change("新增", null, negative)).startsWith("investmentWan："));
        assertEquals(List.of(), wb.leads().all(), "nothing written");
    }

    @Test
    void aStageDateEarlierThanThePreviousStagesIsRefused() {
        wb.leads().change("新增", null, clue("诺德股份", "copper.foil-battery"));
        Lead l = wb.leads().all().get(0);
        String p = firstProblem(() -> wb.leads().change("洽谈", l, l.at(Lead.Stage.TALKS, D1.minusDays(1))));
        assertEquals("stageDates.talks：早于上一阶段（线索，2024-03-01）", p);
        assertEquals(Lead.Stage.CLUE, wb.leads().all().get(0).stage());
    }

    private static Lead withFigures(Lead l, Double investmentWan, Double landMu) {
        return new Lead(l.code(), l.name(), l.origin(), l.leadClass(), l.nodeCode(), investmentWan, landMu, l.method(),
                l.person(), l.stage(), l.stageDates(), l.admission(), l.signReason(), l.nextStep(), l.nextStepDate(),
                l.projectCode(), l.note());
    }

    @Test
    void theAdmissionCheckIsTheRealOneOnTheLeadsFiguresAndAFailedOneNeedsAWrittenReasonToSign() {
        wb.leads().change("新增", null, withFigures(clue("诺德股份", "copper.foil-battery"), 50000.0, null));
        Lead clue = wb.leads().all().get(0);
        assertNull(clue.admission(), "no land: nothing to measure, no verdict");
        Lead talks = clue.at(Lead.Stage.TALKS, D1.plusDays(10));
        wb.leads().change("洽谈", clue, talks);
        Lead signed = wb.leads().all().get(0).at(Lead.Stage.SIGNED, D1.plusDays(40));
        assertTrue(firstProblem(() -> wb.leads().change("签约", talks, signed)).startsWith("admission："),
                "no verdict, no signing");
        // 50,000 万元 on 200 亩: 250 万元/亩, below the plan's 280 — the same verdict as 入园门槛 › 评审
        Lead low = withFigures(signed, 50000.0, 200.0);
        var results = low.admissionResults(wb.loadPlan().thresholds());
        assertEquals(1, results.size());
        assertEquals("投资强度", results.get(0).threshold().name());
        assertEquals(cn.yanggu.workbench.domain.Admission.check(new cn.yanggu.workbench.domain.Admission.Proposal(
                200.0, 50000.0, 0, 0, 0, 0), wb.loadPlan().thresholds().stream()
                .filter(th -> th.code().equals("investment-intensity")).toList(), 2024), results);
        assertTrue(firstProblem(() -> wb.leads().change("签约", talks, low)).startsWith("signReason："));
        // a verdict typed by hand does not count: the check decides
        assertTrue(firstProblem(() -> wb.leads().change("签约", talks, low.withAdmission(Lead.Admission.PASSED,
                null))).startsWith("signReason："));
        wb.leads().change("签约", talks, low.withAdmission(null, "填补铜箔缺失环节，县政府常务会议同意"));
        Lead now = wb.leads().all().get(0);
        assertEquals(Lead.Stage.SIGNED, now.stage());
        assertEquals(Lead.Admission.FAILED, now.admission());
        assertEquals("填补铜箔缺失环节，县政府常务会议同意", now.signReason());
        // 150 亩 → 333.3 万元/亩: passes
        wb.leads().change("改用地", now, withFigures(now, 50000.0, 150.0));
        assertEquals(Lead.Admission.PASSED, wb.leads().all().get(0).admission());
    }

    @Test
    void aSignedLeadBecomesAKeyProjectInOneUndoableStepAndFillsItsNodeIn2025() {
        Lead l = clue("诺德股份", "copper.foil-battery").at(Lead.Stage.TALKS, D1.plusDays(5))
                .at(Lead.Stage.SIGNED, D1.plusDays(30)).withAdmission(Lead.Admission.PASSED, null);
        wb.leads().change("新增", null, l);
        ChainMapChart maps = new ChainMapChart(T, ChartFonts.load());
        var plan = wb.loadPlan();
        List<ChainMap.Node> copper = wb.chainMaps().map().of("copper");
        int i = copper.indexOf(wb.chainMaps().map().node("copper.foil-battery").orElseThrow());
        assertEquals(ChainMap.State.MISSING, maps.cards(plan, copper, wb.leads().all(),
                ChainMapChart.View.CURRENT).get(i).state());
        assertEquals(ChainMap.State.PRESENT, maps.cards(plan, copper, wb.leads().all(),
                ChainMapChart.View.TARGET).get(i).state(), "a signed lead fills the gap in 2025");

        int undoDepth = wb.editor().audit().size();
        wb.leads().toProject("转为重点项目", wb.leads().all().get(0), "招商项目库");
        Lead linked = wb.leads().all().get(0);
        assertEquals("lead-L1", linked.projectCode());
        Project p = (Project) wb.loadPlan().record(EntityKind.PROJECT, "lead-L1").orElseThrow();
        assertEquals("诺德股份", p.name());
        assertEquals("copper", p.chainCode());
        assertEquals(50000.0, p.investmentWan());
        assertTrue(wb.chainMaps().map().node("copper.foil-battery").orElseThrow().projectCodes().contains("lead-L1"));
        assertTrue(wb.editor().audit().size() > undoDepth);
        assertEquals("转为重点项目", wb.editor().undoLabel().orElseThrow());

        wb.editor().undo();
        assertNull(wb.leads().all().get(0).projectCode());
        assertTrue(wb.loadPlan().record(EntityKind.PROJECT, "lead-L1").isEmpty());
        assertEquals(List.of(), wb.chainMaps().map().node("copper.foil-battery").orElseThrow().projectCodes());
        wb.editor().redo();
        assertEquals("lead-L1", wb.leads().all().get(0).projectCode());
        assertTrue(wb.loadPlan().record(EntityKind.PROJECT, "lead-L1").isPresent());
    }

    @Test
    void aLeadFollowedToProductionKeepsEveryStageDate() {
        Lead l = clue("诺德股份", "copper.foil-battery");
        wb.leads().change("新增", null, l);
        Lead all = l.at(Lead.Stage.TALKS, D1.plusDays(5)).at(Lead.Stage.SIGNED, D1.plusDays(30))
                .withAdmission(Lead.Admission.PASSED, null).at(Lead.Stage.LANDED, D1.plusDays(60))
                .at(Lead.Stage.STARTED, D1.plusDays(90)).at(Lead.Stage.PRODUCING, D1.plusDays(400));
        wb.leads().change("投产", l, all);
        Lead back = wb.leads().all().get(0);
        assertEquals(all, back);
        assertEquals(6, back.stageDates().size());
        assertTrue(back.overdue(LocalDate.of(2026, 1, 1)) == false, "a producing lead has no next step to miss");
    }

    @Test
    void theJsonExportCarriesLeadsWithTheirHistoryAndAnImportPutsThemBack() throws Exception {
        Lead l = clue("诺德股份", "copper.foil-battery").at(Lead.Stage.TALKS, D1.plusDays(5));
        wb.leads().change("新增", null, l);
        Path file = dir.resolve("plan.json");
        wb.exportJson(file, "test");
        wb.leads().change("删除", l, null);
        assertEquals(List.of(), wb.leads().all());
        wb.importJson(file);
        assertEquals(List.of(l.withAdmission(Lead.Admission.PASSED, null)), wb.leads().all());
    }

    @Test
    void undoingAJsonImportBringsBackTheLeadsAndMapLinksThatWereThereAndTheSummaryCountsThem() throws Exception {
        // the file: no leads, and one link renamed
        Path file = dir.resolve("plan.json");
        ChainMap.Node node = wb.chainMaps().map().node("copper.foil-battery").orElseThrow();
        ChainMap.Node renamed = new ChainMap.Node(node.code(), node.chainCode(), node.stage(), node.branch(),
                "铜箔（改名）", node.order(), node.intent(), node.intentQuote(), node.weakQuote(), node.members(),
                node.projectCodes(), node.source());
        wb.chainMaps().change("改名", node, renamed);
        wb.exportJson(file, "test");
        wb.editor().undo();
        wb.leads().change("新增", null, clue("诺德股份", "copper.foil-battery"));
        Lead l = wb.leads().all().get(0);
        var result = wb.importJson(file);
        assertEquals(List.of(), wb.leads().all(), "the file has no leads");
        assertEquals("铜箔（改名）", wb.chainMaps().map().node(node.code()).orElseThrow().name());
        assertEquals(0, result.created() + result.updated() + result.deleted(), "no plan record differs");
        assertEquals(1, result.leads(), "one lead removed");
        assertEquals(1, result.links(), "one link renamed");
        assertEquals("已导入 plan.json：规划记录新增 0 条、修改 0 条、删除 0 条；招商线索 1 条、产业链图谱环节 1 个、规划版本 0 个有变化",
                T.get("cli.imported", "plan.json", result.created(), result.updated(), result.deleted(),
                        result.leads(), result.links(), result.versions()));
        wb.editor().undo();
        assertEquals(List.of(l), wb.leads().all(), "撤销 brings the lead back");
        assertEquals(node.name(), wb.chainMaps().map().node(node.code()).orElseThrow().name(),
                "撤销 brings the link's name back");
        wb.editor().redo();
        assertEquals(List.of(), wb.leads().all(), "重做 imports again");
        assertEquals("铜箔（改名）", wb.chainMaps().map().node(node.code()).orElseThrow().name());
    }

    @Test
    void anImportedLeadOnAnUnknownNodeIsRefusedNamingItsRowAndNothingIsWritten() throws Exception {
        wb.leads().change("新增", null, clue("诺德股份", "copper.foil-battery"));
        Path file = dir.resolve("plan.json");
        wb.exportJson(file, "test");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("\"node\" : \"copper.foil-battery\"", "\"node\" : \"copper.nowhere\""));
        var before = wb.leads().all();
        EditRejected e = assertThrows(EditRejected.class, () -> wb.importJson(file));
        assertEquals("leads[0].nodeCode", e.problems().get(0).position());
        assertEquals(before, wb.leads().all());
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("\"clue\" : \"2024-03-01\"", "\"clue\" : \"三月\""));
        var f = assertThrows(cn.yanggu.workbench.app.PlanJson.FormatException.class, () -> wb.importJson(file));
        assertTrue(f.problem().contains("leads[0].stages.clue"), f.problem());
    }

    @Test
    void theXlsxExportHasTheLeadsSheetWithLinkStageAndDates() throws Exception {
        wb.leads().change("新增", null, clue("诺德股份", "copper.foil-battery"));
        Lead l = wb.leads().all().get(0);
        wb.leads().change("洽谈", l, l.at(Lead.Stage.TALKS, D1.plusDays(10)));
        Path out = dir.resolve("全部.xlsx");
        wb.xlsx().export(out, T, "test", java.time.ZoneId.of("Asia/Shanghai"));
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            var sheet = book.getSheet("招商项目库");
            assertTrue(sheet != null, "the xlsx has the sheet 招商项目库");
            var header = sheet.getRow(0);
            var row = sheet.getRow(1);
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                cells.put(fmt.formatCellValue(header.getCell(c)), fmt.formatCellValue(row.getCell(c)));
            }
            assertEquals("诺德股份", cells.get("目标企业"));
            assertEquals("铜及铜精深加工", cells.get("产业链"));
            assertEquals("动力电池用铜箔", cells.get("链上环节"));
            assertEquals("洽谈", cells.get("阶段"));
            assertEquals("2024-03-01", cells.get("线索日期"));
            assertEquals("2024-03-11", cells.get("洽谈日期"));
            assertEquals("", cells.get("签约日期"));
            assertEquals("隐形冠军", cells.get("类别"));
        }
        var audit = wb.editor().audit();
        var moved = audit.stream().filter(e -> "lead".equals(e.entity()) && "update".equals(e.action())).findFirst()
                .orElseThrow();
        var line = cn.yanggu.workbench.app.AuditText.line(T, moved,
                cn.yanggu.workbench.app.AuditText.Names.of(wb.editor().plan(), audit), java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals("招商线索 诺德股份", line.record());
        assertEquals("名称：诺德股份，链上环节：动力电池用铜箔，阶段：洽谈，阶段日期：2024-03-11", line.newValue());
    }

    @Test
    void theReportCountsTheLeadsSignedInTheYearByChainInSectionThree() {
        var reports = new cn.yanggu.workbench.app.reports.ReportService(T, ChartFonts.load(), 0.05,
                LocalDate.of(2025, 1, 10));
        var plan = wb.editor().plan();
        var kind = cn.yanggu.workbench.domain.ReportKind.ANNUAL;
        var without = reports.build(plan, 2024, kind, Map.of(), "管委会", List.of(), wb.chainMaps().map());
        assertTrue(headings(without).contains("（三）统计监测"), "no leads: no section of them");

        wb.leads().change("新增", null, new Lead("L1", "诺德股份", "深圳", Lead.LeadClass.HIDDEN_CHAMPION,
                "copper.foil-battery", 50000.0, 120.0, Lead.Method.THEMATIC, "张三", Lead.Stage.SIGNED,
                Map.of(Lead.Stage.CLUE, D1, Lead.Stage.TALKS, D1.plusMonths(1), Lead.Stage.SIGNED, D1.plusMonths(3)),
                Lead.Admission.PASSED, null, null, null, null, null));
        var with = reports.build(plan, 2024, kind, Map.of(), "管委会", wb.leads().all(), wb.chainMaps().map());
        List<String> h = headings(with);
        assertTrue(h.contains("（三）招商引资进展") && h.contains("（四）统计监测"), h.toString());
        assertTrue(with.blocks().stream().anyMatch(b -> b instanceof cn.yanggu.workbench.app.reports.Report.Paragraph p
                && p.text().equals("招商项目库在库线索1条；2024年签约1个、落地（供地）0个、开工0个、投产0个。")));
        var table = with.blocks().stream().filter(b -> b instanceof cn.yanggu.workbench.app.reports.Report.Table x
                && x.id().equals("leads")).map(b -> (cn.yanggu.workbench.app.reports.Report.Table) b).findFirst()
                .orElseThrow();
        assertEquals(List.of("铜及铜精深加工", "1", "0", "0", "0"), table.rows().get(0));
        assertEquals(List.of("签约", "落地（供地）", "开工", "投产"), table.header().subList(1, 5));
        var before = reports.build(plan, 2023, kind, Map.of(), "管委会", wb.leads().all(), wb.chainMaps().map());
        assertTrue(before.blocks().stream().noneMatch(b -> b instanceof cn.yanggu.workbench.app.reports.Report.Table x
                && x.id().equals("leads")), "2023 had no lead signed: no table");
    }

    private static List<String> headings(cn.yanggu.workbench.app.reports.Report r) {
        return r.blocks().stream().filter(b -> b instanceof cn.yanggu.workbench.app.reports.Report.Heading)
                .map(b -> ((cn.yanggu.workbench.app.reports.Report.Heading) b).text()).toList();
    }

    @Test
    void theDeckHasTheFunnelEachLeadCountedForEveryStageItReached() throws Exception {
        wb.leads().change("新增", null, clue("诺德股份", "copper.foil-battery"));
        wb.leads().change("新增", null, new Lead("L2", "某铜箔企业", "江西", Lead.LeadClass.CHINA500,
                "copper.foil-electrolytic", 30000.0, 80.0, Lead.Method.BY_BUSINESS, "李四", Lead.Stage.SIGNED,
                Map.of(Lead.Stage.CLUE, D1, Lead.Stage.TALKS, D1.plusMonths(1), Lead.Stage.SIGNED, D1.plusMonths(2)),
                Lead.Admission.PASSED, null, null, null, null, null));
        var charts = new cn.yanggu.workbench.app.charts.Charts(T, ChartFonts.load(), 0.05);
        var funnel = charts.leadFunnel(wb.editor().plan(), wb.leads().all());
        var data = funnel.chart().getCategoryPlot().getDataset();
        assertEquals(List.of("线索", "洽谈", "签约", "落地（供地）", "开工", "投产"), data.getColumnKeys());
        assertEquals(List.of(2, 1, 1, 0, 0, 0), data.getColumnKeys().stream()
                .map(k -> data.getValue(0, data.getColumnIndex((Comparable) k)).intValue()).toList());
        var label = funnel.chart().getCategoryPlot().getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(data, 0, 0);
        assertEquals("2个 · 意向投资8亿元", label);

        Path deck = dir.resolve("汇报稿.pptx");
        new cn.yanggu.workbench.app.charts.ChartService(T, ChartFonts.load(), 0.05).writeDeck(wb.editor().plan(),
                wb.chainMaps().map(), wb.leads().all(), "管委会", deck, (done, total) -> { });
        try (var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(java.nio.file.Files.newInputStream(deck))) {
            assertTrue(ppt.getSlides().stream().anyMatch(sl -> "招商漏斗".equals(sl.getTitle())
                    || sl.getShapes().stream().anyMatch(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape x
                    && x.getText().contains("招商漏斗"))), "the deck has the funnel slide");
        }
    }
}
