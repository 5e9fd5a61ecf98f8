package cn.yanggu.workbench.ui.leads;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.chainmap.ChainMaps;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 招商项目库 form read as the bureau types it (no toolkit). */
class LeadsModelTest {
    private static final Plan PLAN = TestPlans.seedPlan();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private final LeadsModel model = new LeadsModel(I18n.forLanguage("zh"));

    private static LeadsModel.Form form(String investment, String land, String next) {
        return new LeadsModel.Form("诺德股份", "深圳", Lead.LeadClass.HIDDEN_CHAMPION, "copper.foil-battery", investment,
                land, Lead.Method.THEMATIC, "张三", null, "回访", next);
    }

    @Test
    void moneyIsTypedInWanOrYiAndBadFieldsAreNamed() {
        assertEquals(50000.0, model.build(null, "x", TODAY, form("5亿元", "", "")).investmentWan());
        assertEquals(50000.0, model.build(null, "x", TODAY, form("50,000", "", "")).investmentWan());
        assertEquals(1200.0, model.build(null, "x", TODAY, form("1200万元", "", "")).investmentWan());
        var e = assertThrows(LeadsModel.FieldProblem.class, () -> model.build(null, "x", TODAY, form("约5亿", "", "")));
        assertEquals("investmentWan", e.problem().field());
        assertEquals(Problem.Kind.NOT_A_NUMBER, e.problem().kind());
        var d = assertThrows(LeadsModel.FieldProblem.class, () -> model.build(null, "x", TODAY, form("", "", "6月")));
        assertEquals("nextStepDate", d.problem().field());
    }

    @Test
    void aNewLeadStartsAsACluedatedTodayAndMovesOneStageAtATime() {
        Lead l = model.build(null, "x", TODAY, form("", "120", "2024-05-01"));
        assertEquals(Lead.Stage.CLUE, l.stage());
        assertEquals(TODAY, l.stageDates().get(Lead.Stage.CLUE));
        assertEquals(120.0, l.landMu());
        Lead talks = model.advance(l, "2024-06-10").orElseThrow();
        assertEquals(Lead.Stage.TALKS, talks.stage());
        var rows = model.rows(PLAN, ChainMaps.seed(), List.of(talks), TODAY);
        assertEquals("铜及铜精深加工", rows.get(0).chain());
        assertEquals("动力电池用铜箔", rows.get(0).node());
        assertEquals("洽谈", rows.get(0).stage());
        assertTrue(rows.get(0).overdue());
        assertFalse(model.rows(PLAN, ChainMaps.seed(), List.of(talks), LocalDate.of(2024, 4, 1)).get(0).overdue());
    }

    @Test
    void theFiltersByChainStageClassAndPersonEachNarrowTheList() {
        Lead copper = model.build(null, "a", TODAY, form("", "", ""));
        Lead other = model.build(null, "b", TODAY, new LeadsModel.Form("某新材料", null, Lead.LeadClass.WORLD500,
                ChainMaps.seed().nodes().stream().filter(n -> !n.chainCode().equals("copper")).findFirst()
                        .orElseThrow().code(), "", "", Lead.Method.AGENCY, "李四", null, null, ""));
        var rows = model.rows(PLAN, ChainMaps.seed(), List.of(copper, model.advance(other, "2024-06-02")
                .orElseThrow()), TODAY);
        java.util.function.Function<LeadsModel.Filters, List<String>> names = f -> rows.stream().filter(f::matches)
                .map(r -> r.lead().name()).toList();
        assertEquals(List.of("诺德股份", "某新材料"), names.apply(LeadsModel.Filters.ANY));
        assertEquals(List.of("诺德股份"), names.apply(new LeadsModel.Filters("铜及铜精深加工", null, null, null)));
        assertEquals(List.of("某新材料"), names.apply(new LeadsModel.Filters(null, Lead.Stage.TALKS, null, null)));
        assertEquals(List.of("诺德股份"), names.apply(new LeadsModel.Filters(null, null,
                Lead.LeadClass.HIDDEN_CHAMPION, null)));
        assertEquals(List.of("某新材料"), names.apply(new LeadsModel.Filters(null, null, null, "李四")));
        assertEquals(List.of(), names.apply(new LeadsModel.Filters("铜及铜精深加工", null, null, "李四")),
                "filters combine");
        assertEquals(List.of("张三", "李四").stream().sorted().toList(),
                model.personChoices(List.of(copper, other, copper)));
        assertEquals(PLAN.chains().size(), model.chainChoices(PLAN).size());
    }

    @Test
    void gapsComeFirstAmongEachChainsNodes() {
        var nodes = model.nodes(PLAN, ChainMaps.seed());
        assertTrue(nodes.get(0).text().startsWith("铜及铜精深加工 · ") && nodes.get(0).text().endsWith("（缺失）"),
                nodes.get(0).text());
    }
}
