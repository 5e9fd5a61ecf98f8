package cn.yanggu.workbench.ui.grading;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grading method's fields without a window: read into a method, or refused naming the field. */
class MethodModelTest {
    private static final Plan plan = TestPlans.seedPlan();
    private final MethodModel method = new MethodModel(I18n.forLanguage("zh"));

    @BeforeEach
    void show() {
        method.show(plan, 2024, GradingMethod.defaultMethod());
    }

    @Test
    void theDefaultMethodReadsBackAsAMethodFromTheShownYear() {
        MethodModel.Reading r = method.read();
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertTrue(r.sumIs100());
        assertEquals(2024, r.method().orElseThrow().fromYear());
        assertTrue(method.whose().contains("2024"), method.whose());
        assertFalse(method.removable(), "the workbench's default cannot be removed");
    }

    @Test
    void aWordInAWeightIsNamedAndMarked() {
        GradingMethod.IndicatorKind k = GradingMethod.IndicatorKind.values()[0];
        method.weight(k).set("三十");
        MethodModel.Reading r = method.read();
        assertTrue(r.method().isEmpty());
        assertTrue(r.problems().get(0).endsWith("：应为数字，实为“三十”"), r.problems().toString());
        assertEquals(java.util.List.of(method.weight(k)), r.invalid());
    }

    @Test
    void weightsNotSummingTo100AreRefusedAndTheSumShown() {
        GradingMethod.IndicatorKind k = GradingMethod.IndicatorKind.values()[0];
        double before = method.read().weightSum();
        method.weight(k).set(String.valueOf(Double.parseDouble(method.weight(k).get()) + 5));
        MethodModel.Reading r = method.read();
        assertFalse(r.sumIs100());
        assertEquals(before + 5, r.weightSum(), 1e-9);
        assertTrue(method.sumText(r).startsWith("权重合计"), method.sumText(r));
        assertTrue(r.method().isEmpty());
    }

    @Test
    void theCutoffLabelsFollowTheMode() {
        method.mode().set(GradingMethod.CutoffMode.SCORE);
        String score = method.cutoffLabel(0);
        method.mode().set(GradingMethod.CutoffMode.PERCENTILE);
        assertFalse(score.equals(method.cutoffLabel(0)));
        assertFalse(method.read().lastShare().isEmpty(), "the last class's share is worked out");
    }
}
