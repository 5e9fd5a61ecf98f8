package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.AuditText;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plan versions (issue 18): the version in force by year, drafts changing nothing, approval by procedure. */
class VersionsTest {
    private static final double TOL = Assessment.DEFAULT_TOLERANCE;
    private final I18n t = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;
    private Workbench wb;
    private Versions versions;

    @BeforeEach
    void open() {
        wb = TestPlans.withActuals(dir);
        versions = new Versions(wb.editor(), t);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static PlanVersion.TargetChange taxTarget(double value) {
        return new PlanVersion.TargetChange("T01", 2025, value, Enums.Comparator.EQ, "按实际增速推算");
    }

    private double targetJudged(int year) {
        Plan plan = wb.editor().plan();
        return Judgements.assess(plan, TestPlans.byCode(plan, "T01"), year, TOL).target().orElseThrow().value();
    }

    @Test
    void aDraftChangesNothingOutsideTheVersionsView() {
        double original = targetJudged(2023);
        List<Assessment> before = Judgements.assess(wb.editor().plan(), 2023, TOL);
        versions.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), null);
        assertEquals(1, wb.editor().plan().versions().size());
        assertEquals(original, targetJudged(2023));
        assertEquals(before, Judgements.assess(wb.editor().plan(), 2023, TOL));
        assertEquals(1, Judgements.versionInForce(wb.editor().plan(), 2025));
    }

    @Test
    void anApprovedAdjustmentAppliesFromItsYearAndLeavesTheOriginalAsItWas() {
        Indicator originalIndicator = TestPlans.byCode(wb.editor().plan(), "T01");
        double original = originalIndicator.target(2025).orElseThrow().value();
        PlanVersion draft = versions.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), null);
        versions.approve(draft.number(), "亩均税收受减税降费影响，原目标难以实现", "阳政字〔2023〕15号", "2023-09-20",
                "阳谷县人民政府");
        Plan plan = wb.editor().plan();
        assertEquals(original, targetJudged(2022), "before its year the plan as issued is in force");
        assertEquals(6.0, targetJudged(2023));
        assertEquals(6.0, targetJudged(2025));
        assertEquals(2, Judgements.versionInForce(plan, 2024));
        assertEquals(1, Judgements.versionInForce(plan, 2022));
        assertEquals(originalIndicator, TestPlans.byCode(plan, "T01"), "version 1's targets are untouched");
        // and it survives reopening the database
        wb.close();
        wb = TestPlans.seeded(dir);
        assertEquals(plan.versions(), wb.editor().plan().versions());
        assertEquals(6.0, targetJudged(2024));
    }

    @Test
    void approvalIsOneStepAndOneAuditEntry() {
        PlanVersion draft = versions.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), null);
        int entries = wb.editor().audit().size();
        versions.approve(draft.number(), "原目标难以实现", "阳政字〔2023〕15号", "2023-09-20", "阳谷县人民政府");
        List<AuditEntry> log = wb.editor().audit();
        assertEquals(entries + 1, log.size());
        AuditEntry approval = log.stream().filter(e -> "status".equals(e.field())).findFirst().orElseThrow();
        assertEquals("plan-version", approval.entity());
        assertTrue(approval.newValue().contains("阳政字〔2023〕15号"), approval.newValue());
        assertEquals("草案", approval.oldValue());
        assertTrue(AuditText.entity(t, approval.entity()).contains("规划版本"));
        wb.editor().undo();
        assertFalse(wb.editor().plan().versions().get(0).approved(), "撤销 takes the approval back");
        assertEquals(TestPlans.byCode(wb.editor().plan(), "T01").target(2025).orElseThrow().value(),
                targetJudged(2024));
    }

    @Test
    void approvalWithoutReasonOrDocumentNumberIsRefusedNamingTheItem() {
        PlanVersion draft = versions.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), null);
        EditRejected r = assertThrows(EditRejected.class,
                () -> versions.approve(draft.number(), " ", "阳政字〔2023〕15号", null, null));
        assertEquals("版本2 2023年中期评估调整 · 调整理由：不能为空",
                versions.text().refused(wb.editor().plan(), draft, r));
        r = assertThrows(EditRejected.class, () -> versions.approve(draft.number(), "理由", null, null, null));
        assertTrue(versions.text().refused(wb.editor().plan(), draft, r).contains("批准文号"));
        assertFalse(wb.editor().plan().versions().get(0).approved(), "nothing written");
        wb.close();
        wb = TestPlans.seeded(dir);
        assertFalse(wb.editor().plan().versions().get(0).approved());
    }

    @Test
    void aVersionStartingBeforeTheOneItReplacesIsRefused() {
        PlanVersion second = versions.createDraft("2023年调整", 2023, List.of(taxTarget(6.0)), null);
        versions.approve(second.number(), "理由", "阳政字〔2023〕15号", null, null);
        PlanVersion third = versions.createDraft("2024年调整", 2024, List.of(taxTarget(6.5)), null);
        assertEquals(2, third.replaces());
        PlanVersion earlier = new PlanVersion(third.number(), third.title(), third.status(), 2022, third.replaces(),
                null, null, null, null, null, third.targets());
        EditRejected r = assertThrows(EditRejected.class, () -> versions.updateDraft(earlier));
        String message = versions.text().refused(wb.editor().plan(), earlier, r);
        assertTrue(message.contains("起始执行年份"), message);
        assertEquals(2024, versions.find(third.number()).orElseThrow().fromYear());
        // a negative target names the target and its indicator
        PlanVersion negative = third.withTargets(List.of(taxTarget(-1)));
        r = assertThrows(EditRejected.class, () -> versions.updateDraft(negative));
        assertEquals("版本3 2024年调整 · 第1项目标（亩均税收） · 目标值：不能为负数",
                versions.text().refused(wb.editor().plan(), negative, r));
    }

    @Test
    void anApprovedVersionIsNotEdited() {
        PlanVersion v = versions.createDraft("2023年调整", 2023, List.of(taxTarget(6.0)), null);
        versions.approve(v.number(), "理由", "阳政字〔2023〕15号", null, null);
        EditRejected r = assertThrows(EditRejected.class, () -> versions.updateDraft(v.withTargets(List.of())));
        assertTrue(versions.text().refused(wb.editor().plan(), v, r).contains("已批准"));
    }

    @Test
    void aMidtermReportWithoutProposalsMakesNoDraft() throws Exception {
        try (Workbench other = TestPlans.seeded(dir.resolve("none"))) {
            Versions none = new Versions(other.editor(), t);
            int before = other.editor().plan().versions().size();
            Versions.NothingProposed refused = org.junit.jupiter.api.Assertions.assertThrows(
                    Versions.NothingProposed.class, () -> none.draftFromMidterm(2023, TOL));
            assertEquals("2023年中期评估报告没有提出可生成草案的调整建议（没有带建议值的目标调整），未生成草案",
                    cn.yanggu.workbench.app.ErrorText.describe(t, refused));
            assertEquals(before, other.editor().plan().versions().size(), "nothing written");
            assertTrue(other.editor().undoLabel().isEmpty(), "nothing to undo");
        }
    }

    @Test
    void theMidtermSuggestionsBecomeADraftInOneStep() {
        PlanVersion draft = versions.draftFromMidterm(2023, TOL);
        assertEquals(PlanVersion.Status.DRAFT, draft.status());
        assertFalse(draft.targets().isEmpty());
        PlanVersion.TargetChange tax = draft.target("T01", 2025).orElseThrow();
        assertTrue(tax.value() < TestPlans.byCode(wb.editor().plan(), "T01").target(2025).orElseThrow().value(),
                "亩均税收 is behind: the suggestion lowers it");
        assertTrue(tax.basis().contains("亩均税收"), tax.basis());
        assertTrue(wb.editor().undoLabel().orElseThrow().contains("2023年中期评估调整"));
    }

    @Test
    void versionsTravelInTheJsonExportAndImport() throws Exception {
        PlanVersion v = versions.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), "备注");
        versions.approve(v.number(), "原目标难以实现", "阳政字〔2023〕15号", "2023-09-20", "阳谷县人民政府");
        versions.createDraft("2024年调整（草案）", 2024, List.of(taxTarget(6.5)), null);
        Path json = dir.resolve("plan.json");
        wb.exportJson(json, "test");
        String text = java.nio.file.Files.readString(json);
        assertTrue(text.contains("\"documentNumber\" : \"阳政字〔2023〕15号\""), "readable keys");
        assertTrue(text.contains("\"status\" : \"approved\""));
        List<PlanVersion> exported = wb.editor().plan().versions();
        try (Workbench other = TestPlans.seeded(dir.resolve("other"))) {
            other.importJson(json);
            assertEquals(exported, other.editor().plan().versions());
            Plan plan = other.editor().plan();
            assertEquals(6.0, Judgements.assess(plan, TestPlans.byCode(plan, "T01"), 2023, TOL).target()
                    .orElseThrow().value());
        }
    }

    /** Adds {@code values} to indicator {@code code} in one edit. */
    private void add(String code, cn.yanggu.workbench.domain.YearValue... values) {
        Indicator ind = TestPlans.byCode(wb.editor().plan(), code);
        List<cn.yanggu.workbench.domain.YearValue> all = new java.util.ArrayList<>(ind.values());
        all.addAll(List.of(values));
        wb.editor().apply(cn.yanggu.workbench.app.Edit.of("values", cn.yanggu.workbench.app.Change.update(ind,
                cn.yanggu.workbench.app.Records.with(ind, "values", all))));
    }

    private static cn.yanggu.workbench.domain.YearValue value(int year, Enums.ValueKind kind, double v) {
        return new cn.yanggu.workbench.domain.YearValue(year, kind, v, Enums.Comparator.EQ,
                kind == Enums.ValueKind.ACTUAL ? Enums.Vintage.FINAL : null, null, "统计局", null, null);
    }

    @Test
    void theSuccessorStartsFromThe2025ActualsProposesFromThe2035VisionAndCarriesWhatWasChosen() {
        add("T01", value(2024, Enums.ValueKind.ACTUAL, 5.8), value(2025, Enums.ValueKind.ACTUAL, 6.2));
        add("G10", value(2025, Enums.ValueKind.ACTUAL, 44), value(2035, Enums.ValueKind.TARGET, 90));
        List<Assessment> before = Judgements.assess(wb.editor().plan(), 2025, TOL);
        Plan plan = wb.editor().plan();
        PlanVersion next = versions.createSuccessor(java.util.EnumSet.of(cn.yanggu.workbench.domain.EntityKind.ZONE,
                cn.yanggu.workbench.domain.EntityKind.PROJECT));
        assertTrue(next.successor());
        assertEquals(2026, next.fromYear());
        assertEquals(2030, next.periodEnd());
        assertEquals(2025, next.baseYear());
        assertEquals("2026—2030年规划（下一期）", next.title());
        // exactly what was chosen: every zone, the projects not completed, no chain and no enterprise
        List<String> zones = next.carried().stream().filter(c -> c.kind() == cn.yanggu.workbench.domain.EntityKind.ZONE)
                .map(PlanVersion.Carried::code).toList();
        assertEquals(plan.zones().stream().map(cn.yanggu.workbench.domain.Zone::code).toList(), zones);
        List<String> projects = next.carried().stream()
                .filter(c -> c.kind() == cn.yanggu.workbench.domain.EntityKind.PROJECT).map(PlanVersion.Carried::code)
                .toList();
        assertEquals(plan.projects().stream().filter(p -> p.stage() != Enums.ProjectStage.COMPLETED)
                .map(cn.yanggu.workbench.domain.Project::code).toList(), projects);
        assertEquals(zones.size() + projects.size(), next.carried().size());
        // base year 2025 with its actual; a missing one flagged, never guessed
        assertEquals(6.2, next.base("T01").orElseThrow().value());
        PlanVersion.Base missing = next.base("T02").orElseThrow();
        assertEquals(null, missing.value());
        assertEquals("⚠ 亩均投资：2025年无实际值，基期值须人工核定", versions.text().base(plan, next, missing));
        // a 2030 target proposed from the 2035 level: the growth needed from 44 to 90 over ten years, for five
        PlanVersion.TargetChange copper = next.target("G10", 2030).orElseThrow();
        assertEquals(Math.sqrt(44 * 90), copper.value(), 0.05, "to the indicator's precision");
        assertTrue(copper.basis().startsWith("建议值：按2025年实际44万吨到2035年90万吨所需年均增速7.4%推算"),
                copper.basis());
        assertTrue(next.target("T01", 2030).isEmpty(), "no 2035 level in the plan: the target is typed");
        assertEquals(before, Judgements.assess(wb.editor().plan(), 2025, TOL), "a draft changes nothing");
        // the base set by hand, then approved: one step each; it survives reopening and the JSON round trip
        versions.setBase(next.number(), "T02", 30.0);
        PlanVersion approved = versions.approve(next.number(), "规划期届满，编制下一期规划", "阳政字〔2026〕3号",
                "2026-02-10", "阳谷县人民政府");
        assertTrue(approved.base("T02").orElseThrow().byHand());
        wb.close();
        wb = TestPlans.seeded(dir);
        assertEquals(approved, wb.editor().plan().versions().get(0));
    }

    @Test
    void theSuccessorCarriesOverExactlyTheRecordsChosenOneByOne() {
        Plan plan = wb.editor().plan();
        var zone = cn.yanggu.workbench.domain.EntityKind.ZONE;
        var project = cn.yanggu.workbench.domain.EntityKind.PROJECT;
        var enterprise = cn.yanggu.workbench.domain.EntityKind.ENTERPRISE;
        String p1 = plan.projects().get(1).code();
        String p0 = plan.projects().get(0).code();
        String z = plan.zones().get(plan.zones().size() - 1).code();
        // chosen out of order and twice: carried once each, in the plan's order
        PlanVersion next = versions.createSuccessor(List.of(new PlanVersion.Carried(project, p1),
                new PlanVersion.Carried(zone, z), new PlanVersion.Carried(project, p0),
                new PlanVersion.Carried(project, p1)));
        assertEquals(List.of(new PlanVersion.Carried(zone, z), new PlanVersion.Carried(project, p0),
                new PlanVersion.Carried(project, p1)), next.carried());
        // one record taken off, one enterprise added: exactly those, one undoable step
        String e = plan.enterprises().get(0).code();
        PlanVersion changed = versions.setCarried(next.number(), List.of(new PlanVersion.Carried(zone, z),
                new PlanVersion.Carried(enterprise, e), new PlanVersion.Carried(project, p1)));
        assertEquals(List.of(new PlanVersion.Carried(zone, z), new PlanVersion.Carried(enterprise, e),
                new PlanVersion.Carried(project, p1)), changed.carried());
        assertEquals(changed, versions.find(next.number()).orElseThrow());
        wb.editor().undo();
        assertEquals(next.carried(), versions.find(next.number()).orElseThrow().carried(), "撤销 restores the choice");
        // a record the plan does not hold: refused naming it, nothing written
        cn.yanggu.workbench.app.EditRejected refused = org.junit.jupiter.api.Assertions.assertThrows(
                cn.yanggu.workbench.app.EditRejected.class, () -> versions.setCarried(next.number(),
                        List.of(new PlanVersion.Carried(zone, "Z99"))));
        assertTrue(cn.yanggu.workbench.app.ErrorText.describe(t, refused).contains("Z99"),
                cn.yanggu.workbench.app.ErrorText.describe(t, refused));
        assertEquals(next.carried(), versions.find(next.number()).orElseThrow().carried());
        // by default every zone, chain and enterprise and the unfinished projects are offered as chosen
        assertEquals(cn.yanggu.workbench.domain.Successors.offered(plan).stream()
                .filter(c -> c.kind() != project || plan.projects().stream().anyMatch(p -> p.code().equals(c.code())
                        && p.stage() != Enums.ProjectStage.COMPLETED)).toList(),
                cn.yanggu.workbench.domain.Successors.carried(plan,
                        java.util.EnumSet.copyOf(cn.yanggu.workbench.domain.Successors.CARRIED_KINDS)));
    }

    @Test
    void theSuccessorTravelsInTheJsonFile() throws Exception {
        PlanVersion next = new Versions(wb.editor(), t).createSuccessor(java.util.EnumSet.of(
                cn.yanggu.workbench.domain.EntityKind.CHAIN));
        Path json = dir.resolve("next.json");
        wb.exportJson(json, "test");
        try (Workbench other = TestPlans.seeded(dir.resolve("other"))) {
            other.importJson(json);
            assertEquals(List.of(next), other.editor().plan().versions());
        }
    }

    @Test
    void versionsReachTheOfficeWithTheBureausDataAndNoOfficePackageMakesOne() throws Exception {
        PlanVersion v = versions.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), null);
        versions.approve(v.number(), "原目标难以实现", "阳政字〔2023〕15号", null, null);
        List<PlanVersion> bureauVersions = wb.editor().plan().versions();
        Path json = dir.resolve("bureau.json");
        wb.exportJson(json, "test");
        Path pkg = dir.resolve("office.ygpkg");
        try (Workbench office = TestPlans.seeded(dir.resolve("office"))) {
            office.importJson(json);
            assertEquals(bureauVersions, office.editor().plan().versions(), "the office judges as the bureau does");
            // a draft made at the office stays there: a package carries the office's records, never versions
            new Versions(office.editor(), t).createDraft("乡镇草案", 2024, List.of(taxTarget(5.0)), null);
            office.exchange().setOriginName("十五里园镇");
            office.exchange().export(pkg, cn.yanggu.workbench.app.exchange.Selection.all(), "test");
        }
        wb.exchange().register(wb.exchange().signer(pkg));   // the office's fingerprint compared by phone
        var preview = wb.exchange().preview(pkg);
        wb.exchange().apply(preview, java.util.Map.of(), () -> { });
        assertEquals(bureauVersions, wb.editor().plan().versions());
    }

    @Test
    void aNewDraftIsProposedFromTheYearAfterTheLastActualsAndNeverBeforeThePeriod() {
        assertEquals(2021, Versions.proposedFromYear(TestPlans.seedPlan()), "no actuals yet: the period's first year");
        assertEquals(2024, Versions.proposedFromYear(TestPlans.withActuals(TestPlans.seedPlan())),
                "actuals up to 2023: from 2024");
    }
}
