package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.reports.Report;
import cn.yanggu.workbench.app.reports.ReportBuilder;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.Threshold;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A version changes more than targets: an admission standard (投资强度 raised from 280 to 320 万元/亩 from 2024) and
 * the key projects (one added, one dropped from 2024) — nothing while a draft, from its year once approved, in the
 * admission check, the report's project list, the change log, the database and the JSON file.
 */
class VersionChangesTest {
    private static final I18n T = I18n.forLanguage("zh");
    private static final String RULE = "investment-intensity";
    /** 10 亩, 3,000 万元 (300 万元/亩), 300 万元 tax (30 万元/亩), 6,667 m² site, 5,000 m² floor, 2,000 m² footprint. */
    private static final Admission.Proposal PROPOSAL = new Admission.Proposal(10, 3000, 300, 6667, 5000, 2000);

    @TempDir
    Path dir;
    private Workbench wb;
    private Versions versions;
    private Project added;

    @BeforeEach
    void open() {
        wb = TestPlans.seeded(dir);
        versions = new Versions(wb.editor(), T);
        Project p01 = wb.editor().plan().projects().get(0);
        added = new Project("user-project-1", "阳谷高端铜箔项目", p01.chainCode(), null, null, p01.kind(), null, null,
                null, null, List.of(), List.of(), "2024年规划调整新增", null);
        wb.editor().apply(Edit.of("新增项目", Change.create(added)));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private PlanVersion draft() {
        PlanVersion v = versions.createDraft("2024年规划调整", 2024, List.of(), null);
        versions.setThreshold(v.number(), RULE, 320.0, "落实省级开发区亩均效益提升要求");
        versions.setProject(v.number(), added.code(), PlanVersion.ProjectAction.ADD, "新引进项目");
        return versions.setProject(v.number(), "P02", PlanVersion.ProjectAction.DROP, "企业终止投资");
    }

    private static boolean passes(Plan plan, int year) {
        return Admission.check(PROPOSAL, plan.thresholdsInForce(), year).stream()
                .filter(r -> r.threshold().code().equals(RULE)).allMatch(Admission.Result::pass);
    }

    @Test
    void aDraftChangesNothingAndAnApprovedVersionAppliesFromItsYear() {
        PlanVersion v = draft();
        Plan drafted = wb.editor().plan();
        assertEquals(drafted.thresholds(), drafted.thresholdsInForce(), "a draft changes no standard");
        assertEquals(drafted.projects(), drafted.projectsInForce(2024), "nor the project list");
        assertTrue(passes(drafted, 2024));

        versions.approve(v.number(), "调整入园门槛和重点项目", "阳政字〔2024〕8号", "2024-03-01", "阳谷县人民政府");
        Plan plan = wb.editor().plan();
        Threshold rule = plan.thresholdsInForce().stream().filter(x -> x.code().equals(RULE)).findFirst()
                .orElseThrow();
        assertEquals(280, rule.inForce(2023).orElseThrow().value(), "earlier years keep their standard");
        assertEquals(320, rule.inForce(2024).orElseThrow().value());
        assertEquals("调整版本2（阳政字〔2024〕8号）", rule.inForce(2024).orElseThrow().source());
        assertTrue(passes(plan, 2023), "300 万元/亩 passes the 280 of 2023");
        assertFalse(passes(plan, 2024), "and misses the 320 of 2024");
        assertEquals(280, plan.thresholds().stream().filter(x -> x.code().equals(RULE)).findFirst().orElseThrow()
                .inForce(2024).orElseThrow().value(), "the rule as issued is untouched");

        List<String> in2023 = plan.projectsInForce(2023).stream().map(Project::code).toList();
        List<String> in2024 = plan.projectsInForce(2024).stream().map(Project::code).toList();
        assertTrue(in2023.contains("P02") && !in2023.contains(added.code()), in2023.toString());
        assertTrue(!in2024.contains("P02") && in2024.contains(added.code()), in2024.toString());
        assertEquals(plan.projects().size() - 1, in2024.size());
    }

    @Test
    void theChangeLogTheDatabaseAndTheJsonFileKeepWhatTheVersionChanges() throws Exception {
        PlanVersion v = draft();
        String logged = wb.editor().audit().stream().map(e -> e.newValue()).filter(x -> x != null
                && x.contains("调出重点项目")).findFirst().orElse("");
        assertTrue(logged.contains("入园门槛“投资强度”自2024年起 >320 万元/亩（原 >280 万元/亩）"), logged);
        assertTrue(logged.contains("新增重点项目“阳谷高端铜箔项目”") && logged.contains("调出重点项目“迈舒传动高档软轴项目”"),
                logged);
        PlanVersion approved = versions.approve(v.number(), "调整入园门槛和重点项目", "阳政字〔2024〕8号", null, null);
        Path json = dir.resolve("plan.json");
        wb.exportJson(json, "test");
        wb.close();
        wb = TestPlans.seeded(dir);
        assertEquals(List.of(approved), wb.editor().plan().versions(), "reopened");
        try (Workbench other = TestPlans.seeded(dir.resolve("other"))) {
            other.importJson(json);
            assertEquals(List.of(approved), other.editor().plan().versions(), "through the JSON file");
            // one change-log line per version the file brings
            List<cn.yanggu.workbench.domain.AuditEntry> lines = other.editor().audit().stream()
                    .filter(e -> e.entity().equals(VersionChange.ENTITY)).toList();
            assertEquals(1, lines.size(), lines.toString());
            assertEquals("import", lines.get(0).action());
            assertEquals("2", lines.get(0).code());
            assertTrue(lines.get(0).newValue().startsWith("版本2 2024年规划调整（已批准，2024年起执行）：入园门槛“投资强度”"),
                    lines.get(0).newValue());
            other.importJson(json);
            assertEquals(1, other.editor().audit().stream().filter(e -> e.entity().equals(VersionChange.ENTITY))
                    .count(), "the same file again brings no version");
        }
    }

    @Test
    void anUnknownRuleOrProjectIsRefusedNamingTheItem() {
        PlanVersion v = versions.createDraft("2024年规划调整", 2024, List.of(), null);
        EditRejected r = assertThrows(EditRejected.class, () -> versions.setThreshold(v.number(), "no-such-rule", 1.0,
                null));
        assertEquals("版本2 2024年规划调整 · 第1项入园门槛（no-such-rule） · 入园门槛：引用的“no-such-rule”不存在",
                versions.text().refused(wb.editor().plan(), v.withThresholds(List.of(new PlanVersion.ThresholdChange(
                        "no-such-rule", 1.0, null))), r));
        assertEquals(List.of(), versions.find(v.number()).orElseThrow().thresholds(), "nothing written");
    }

    @Test
    void theReportOfAYearListsTheProjectsInForceAndSaysWhy() {
        PlanVersion v = draft();
        versions.approve(v.number(), "调整入园门槛和重点项目", "阳政字〔2024〕8号", "2024-03-01", "阳谷县人民政府");
        ReportBuilder builder = new ReportBuilder(T, Assessment.DEFAULT_TOLERANCE, LocalDate.of(2025, 3, 1));
        String r2024 = text(builder.build(wb.editor().plan(), 2024, ReportKind.ANNUAL, Map.of()));
        assertTrue(r2024.contains("按版本2 2024年规划调整（阳政字〔2024〕8号 · 2024-03-01 · 阳谷县人民政府），自2024年起"
                + "新增重点项目“阳谷高端铜箔项目”，调出重点项目“迈舒传动高档软轴项目”。"), r2024);
        assertFalse(r2024.contains("迈舒传动高档软轴项目；"), "not in the 2024 list");
        assertTrue(r2024.contains("阳谷高端铜箔项目；") || r2024.contains("阳谷高端铜箔项目。"), r2024);
        String r2023 = text(builder.build(wb.editor().plan(), 2023, ReportKind.ANNUAL, Map.of()));
        assertTrue(r2023.contains("迈舒传动高档软轴项目"), "in the 2023 list");
        assertFalse(r2023.contains("阳谷高端铜箔项目"), "added from 2024");
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
}
