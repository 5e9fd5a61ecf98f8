package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Threshold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A threshold's versions without a window: what 新增, 修改 and 删除 make of the fields, or why they are refused. */
class VersionsModelTest {
    private static final Plan plan = TestPlans.seedPlan();
    private static Threshold rule;
    private VersionsModel versions;

    @BeforeAll
    static void seed() {
        rule = plan.thresholds().get(0);
    }

    @BeforeEach
    void open() {
        versions = new VersionsModel(I18n.forLanguage("zh"), 2026);
        assertTrue(versions.show(rule));
    }

    private static Threshold after(VersionsModel.Outcome o) {
        Change c = assertInstanceOf(VersionsModel.Apply.class, o).edit().changes().get(0);
        return (Threshold) c.after();
    }

    @Test
    void aNewRuleProposesThisYearWithTheValueInForce() {
        assertEquals("2026", versions.year().get());
        assertFalse(versions.value().get().isEmpty());
        versions.value().set("123");
        assertFalse(versions.show(rule), "the same rule shown again keeps what is typed");
        assertEquals("123", versions.value().get());
    }

    @Test
    void aNewStandardFromAYearIsAddedAndTheEarlierOnesKept() {
        versions.year().set("2030");
        versions.value().set("350");
        Threshold t = after(versions.add(plan));
        assertEquals(rule.versions().size() + 1, t.versions().size());
        assertEquals(350.0, t.inForce(2030).orElseThrow().value());
    }

    @Test
    void aYearThatIsNotANumberOrTakenIsRefused() {
        versions.year().set("明年");
        assertEquals("请填写四位数年份", assertInstanceOf(VersionsModel.Refused.class, versions.add(plan)).message());
        versions.year().set(String.valueOf(rule.versions().get(0).fromYear()));
        String msg = assertInstanceOf(VersionsModel.Refused.class, versions.add(plan)).message();
        assertTrue(msg.contains(String.valueOf(rule.versions().get(0).fromYear())), msg);
    }

    @Test
    void aValueThatIsNotANumberIsRefusedNamingTheField() {
        versions.value().set("三百");
        String msg = assertInstanceOf(VersionsModel.Refused.class, versions.add(plan)).message();
        assertTrue(msg.startsWith("数值："), msg);
    }

    @Test
    void theSelectedVersionIsCorrectedOrRemoved() {
        Threshold.Version first = rule.versions().get(0);
        versions.fill(first);
        versions.source().set("鲁政办字〔2024〕1号");
        Threshold edited = after(versions.edit(plan, first));
        assertEquals("鲁政办字〔2024〕1号", edited.versions().get(0).source());
        if (rule.versions().size() > 1) {
            Threshold removed = after(versions.remove(plan, first));
            assertEquals(rule.versions().size() - 1, removed.versions().size());
        }
    }
}
