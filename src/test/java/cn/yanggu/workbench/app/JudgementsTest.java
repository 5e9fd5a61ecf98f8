package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wording and order every output shares, on three years of actuals. */
class JudgementsTest {
    private static final I18n T = I18n.forLanguage("zh");

    private static Plan plan() throws Exception {
        try (InputStream in = Workbench.class.getResourceAsStream(Workbench.SEED_RESOURCE)) {
            return TestPlans.withActuals(new PlanJson().read(in));
        }
    }

    @Test
    void laggingIndicatorsComeFirstAndThoseWithoutDataLast() throws Exception {
        Plan plan = plan();
        List<Assessment> all = new ArrayList<>(Judgements.assess(plan, Judgements.dataYear(plan), 0.05));
        all.sort(Judgements.LAGGING_FIRST);
        assertEquals(Assessment.Status.FAR_BEHIND, all.get(0).status(), "十强产业投资占比 fell from 63 to 60");
        assertEquals("T09", all.get(0).indicator().code());
        int lastLagging = -1;
        int firstOther = all.size();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).status().lagging()) {
                lastLagging = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertTrue(lastLagging < firstOther, "every lagging one before the rest");
        assertEquals(Assessment.Status.NO_DATA, all.get(all.size() - 1).status());
        // equals keep the plan's order
        List<String> behind = all.stream().filter(a -> a.status() == Assessment.Status.BEHIND)
                .map(a -> a.indicator().code()).toList();
        List<String> planOrder = plan.indicators().stream().map(i -> i.code()).filter(behind::contains).toList();
        assertEquals(planOrder, behind);
    }

    @Test
    void targetsReadWithTheirComparatorUnitAndThePlansPrecision() throws Exception {
        Plan plan = plan();
        Judgements j = new Judgements(T);
        var dust = TestPlans.byCode(plan, "G14");
        assertEquals(">85%", j.target(dust, dust.target(2025).orElseThrow()));
        var copper = TestPlans.byCode(plan, "G10");
        assertEquals("63.6万吨", j.target(copper, copper.target(2035).orElseThrow()));
        var trade = TestPlans.byCode(plan, "T04");
        assertEquals("170亿元", j.target(trade, trade.target(2025).orElseThrow()));
    }
}
