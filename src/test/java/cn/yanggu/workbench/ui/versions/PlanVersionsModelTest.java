package cn.yanggu.workbench.ui.versions;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 版本 and 版本对比 without the window. */
class PlanVersionsModelTest {
    private static final I18n T = I18n.forLanguage("zh");
    private final PlanVersionsModel model = new PlanVersionsModel(T);

    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        wb = TestPlans.withActuals(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void theSuccessorOffersEveryRecordOneByOneAndAKindAsAWhole() {
        var project = cn.yanggu.workbench.domain.EntityKind.PROJECT;
        var zone = cn.yanggu.workbench.domain.EntityKind.ZONE;
        PlanVersion next = new Versions(wb.editor(), T).createSuccessor(java.util.EnumSet.of(project));
        Plan plan = wb.editor().plan();
        List<PlanVersionsModel.CarryGroup> groups = model.carryGroups(plan, next);
        assertEquals(List.of("园区（已选 0/" + plan.zones().size() + "）", "产业链（已选 0/" + plan.chains().size() + "）",
                "企业（已选 0/" + plan.enterprises().size() + "）"), groups.subList(0, 3).stream()
                .map(PlanVersionsModel.CarryGroup::title).toList());
        PlanVersionsModel.CarryGroup projects = groups.get(3);
        assertEquals(plan.projects().size(), projects.items().size(), "completed projects offered too");
        for (PlanVersionsModel.CarryItem item : projects.items()) {
            var p = plan.projects().stream().filter(x -> x.code().equals(item.record().code())).findFirst()
                    .orElseThrow();
            boolean completed = p.stage() == Enums.ProjectStage.COMPLETED;
            assertEquals(!completed, item.chosen(), item.label());
            assertEquals(p.name() + "（" + p.code() + (completed ? "，已竣工）" : "）"), item.label());
        }
        PlanVersion.Carried first = projects.items().get(0).record();
        assertEquals(next.carried().size() - (projects.items().get(0).chosen() ? 1 : 0),
                PlanVersionsModel.carrying(next, first, false).size());
        List<PlanVersion.Carried> zones = PlanVersionsModel.carrying(plan, next, zone, true);
        assertEquals(next.carried().size() + plan.zones().size(), zones.size(), "every zone added, projects kept");
        assertEquals(next.carried(), PlanVersionsModel.carrying(plan, next.withCarried(zones), zone, false));
    }

    @Test
    void versionOneIsListedFirstAndTheOneInForceIsMarked() {
        Versions v = new Versions(wb.editor(), T);
        PlanVersion d = v.createDraft("2023年中期评估调整", 2023, List.of(new PlanVersion.TargetChange("T01", 2025, 6.0,
                Enums.Comparator.EQ, null)), null);
        List<PlanVersionsModel.Row> rows = model.rows(wb.editor().plan());
        assertEquals("版本1 规划原文（阳政办字〔2022〕7号）", rows.get(0).name());
        assertEquals("现行（2023年）", rows.get(0).inForce(), "a draft is not in force");
        assertEquals("草案", rows.get(1).status());
        v.approve(d.number(), "理由", "阳政字〔2023〕15号", null, null);
        rows = model.rows(wb.editor().plan());
        assertEquals("", rows.get(0).inForce());
        assertEquals("现行（2023年）", rows.get(1).inForce());
        assertEquals("阳政字〔2023〕15号", rows.get(1).document());
    }

    @Test
    void theComparisonShowsTheAdmissionStandardsAndKeyProjectsAVersionChangesSideBySide() {
        Versions v = new Versions(wb.editor(), T);
        PlanVersion d = v.createDraft("2024年规划调整", 2024, List.of(), null);
        v.setThreshold(d.number(), "investment-intensity", 320.0, null);
        v.setProject(d.number(), "P02", PlanVersion.ProjectAction.DROP, "企业终止投资");
        List<PlanVersionsModel.Compared> rows = model.comparison(wb.editor().plan(), Assessment.DEFAULT_TOLERANCE);
        PlanVersionsModel.Compared rule = rows.stream().filter(r -> r.name().equals("入园门槛：投资强度")).findFirst()
                .orElseThrow();
        assertTrue(rule.other());
        assertEquals(List.of(">280 万元/亩", ">320 万元/亩（2024年起）"), rule.targets());
        PlanVersionsModel.Compared project = rows.stream().filter(r -> r.name().equals("重点项目：迈舒传动高档软轴项目"))
                .findFirst().orElseThrow();
        assertEquals(List.of("列入", "调出（2024年起）"), project.targets());
        assertEquals(List.of("", ""), project.statuses(), "no judgement on a project");
        assertEquals("调整 0 项目标，入园门槛 1 项，重点项目 1 项", model.rows(wb.editor().plan()).get(1).changes());
        assertEquals("调出重点项目“迈舒传动高档软轴项目”", model.describe(wb.editor().plan(), v.find(d.number())
                .orElseThrow(), v.find(d.number()).orElseThrow().projects().get(0)));
    }

    @Test
    void inTheSecondPeriodTheFirstIsComparedAsOfItsEndAndTheSuccessorJudgesTheYear() {
        TestPlans.enterLateActuals(wb);
        Versions v = new Versions(wb.editor(), T);
        PlanVersion next = v.createSuccessor(java.util.EnumSet.noneOf(cn.yanggu.workbench.domain.EntityKind.class));
        List<PlanVersion.TargetChange> targets = new java.util.ArrayList<>(next.targets());
        targets.add(new PlanVersion.TargetChange("T01", 2030, 9.0, Enums.Comparator.EQ, null));
        v.updateDraft(next.withTargets(targets));
        v.approve(next.number(), "规划期届满", "阳政字〔2026〕3号", null, null);
        var tax = TestPlans.byCode(wb.editor().plan(), "T01");
        List<cn.yanggu.workbench.domain.YearValue> values = new java.util.ArrayList<>(tax.values());
        values.add(new cn.yanggu.workbench.domain.YearValue(2026, Enums.ValueKind.ACTUAL, 6.8, Enums.Comparator.EQ,
                Enums.Vintage.ESTIMATE, null, "预计", null, null));
        wb.editor().apply(cn.yanggu.workbench.app.Edit.of("2026", cn.yanggu.workbench.app.Change.update(tax,
                cn.yanggu.workbench.app.Records.with(tax, "values", values))));
        PlanVersionsModel.Compared row = model.comparison(wb.editor().plan(), Assessment.DEFAULT_TOLERANCE).stream()
                .filter(r -> r.indicator() != null && r.indicator().code().equals("T01")).findFirst().orElseThrow();
        assertEquals(List.of("7.3万元/亩", "9万元/亩"), row.targets());
        assertEquals("基本符合预期 · 基期 6.3万元/亩（2025年实际）", row.statuses().get(1));
        assertTrue(!row.statuses().get(0).isEmpty() && !row.statuses().get(0).equals("暂无可比数据"),
                row.statuses().toString());
    }

    @Test
    void theComparisonShowsEachVersionsTargetAndTheStatusAgainstEach() {
        Versions v = new Versions(wb.editor(), T);
        v.createDraft("2023年中期评估调整", 2023, List.of(new PlanVersion.TargetChange("T01", 2025, 5.5,
                Enums.Comparator.EQ, null)), null);
        Plan plan = wb.editor().plan();
        List<PlanVersionsModel.Column> columns = model.columns(plan);
        assertEquals(List.of("版本1 目标", "版本2（草案，2023年起）目标"),
                columns.stream().map(PlanVersionsModel.Column::header).toList());
        List<PlanVersionsModel.Compared> rows = model.comparison(plan, Assessment.DEFAULT_TOLERANCE);
        PlanVersionsModel.Compared tax = rows.get(0);
        assertEquals("亩均税收（万元/亩）", tax.name(), "what a version changes comes first");
        assertEquals(List.of("7.3万元/亩", "5.5万元/亩"), tax.targets());
        assertEquals("滞后", tax.statuses().get(0));
        assertTrue(List.of("基本符合预期", "快于预期", "提前实现").contains(tax.statuses().get(1)), tax.statuses().toString());
        assertTrue(tax.changed());
        assertTrue(rows.stream().filter(r -> !r.changed()).allMatch(r -> r.targets().get(0).equals(r.targets().get(1))));
    }

    @Test
    void aTypedTargetIsReadInTheIndicatorsUnitAndBadInputNamesTheIndicator() {
        Plan plan = wb.editor().plan();
        var trade = TestPlans.byCode(plan, "T04");
        PlanVersionsModel.Typed typed = model.target(plan, trade, "165亿元", "外贸需求放缓");
        PlanVersion.TargetChange c = typed.target().orElseThrow();
        assertEquals(trade.target(2025).orElseThrow().value() * 165 / 170, c.value(), 1e-6);
        assertEquals(2025, c.year());
        PlanVersionsModel.Typed bad = model.target(plan, TestPlans.byCode(plan, "T01"), "约6", null);
        assertEquals("亩均税收的调整目标：不是数字", bad.problem().orElseThrow());
        assertEquals("亩均税收的调整目标：不能为负数",
                model.target(plan, TestPlans.byCode(plan, "T01"), "-1", null).problem().orElseThrow());
    }
}
