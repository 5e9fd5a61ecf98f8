package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionTest {
    private static final List<Threshold> PLAN = List.of(
            new Threshold(Admission.INVESTMENT_INTENSITY, "投资强度", "万元/亩", Enums.Comparator.GT, 280, null, null, "s"),
            new Threshold(Admission.TAX_PER_MU, "亩均税收", "万元/亩", Enums.Comparator.GT, 20, null, null, "s"),
            new Threshold(Admission.PLOT_RATIO, "容积率", null, Enums.Comparator.GE, 1.0, 2025, null, "s"),
            new Threshold(Admission.BUILDING_COVERAGE, "建筑系数", "%", Enums.Comparator.GE, 40, 2025, null, "s"));

    private static Admission.Result rule(List<Admission.Result> results, String code) {
        return results.stream().filter(r -> r.threshold().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void exactly280FailsHigherThan280AndExactlyOnePassesNotLowerThanOne() {
        var p = new Admission.Proposal(100, 28000, 2000, 10000, 10000, 4000);
        var results = Admission.check(p, PLAN);
        assertEquals(280.0, rule(results, Admission.INVESTMENT_INTENSITY).value());
        assertFalse(rule(results, Admission.INVESTMENT_INTENSITY).pass(), "exactly 280 is not higher than 280");
        assertFalse(rule(results, Admission.TAX_PER_MU).pass(), "exactly 20 is not more than 20");
        assertTrue(rule(results, Admission.PLOT_RATIO).pass(), "exactly 1.0 is not lower than 1.0");
        assertTrue(rule(results, Admission.BUILDING_COVERAGE).pass(), "exactly 40 % is not lower than 40 %");
    }

    @Test
    void marginsSayByHowMuch() {
        var results = Admission.check(new Admission.Proposal(50, 15000, 1250, 33333.5, 26666.8, 10000), PLAN);
        assertEquals(20.0, rule(results, Admission.INVESTMENT_INTENSITY).margin(), 1e-9);
        assertEquals(5.0, rule(results, Admission.TAX_PER_MU).margin(), 1e-9);
        assertEquals(0.8, rule(results, Admission.PLOT_RATIO).value(), 1e-6);
        assertFalse(rule(results, Admission.PLOT_RATIO).pass());
        assertEquals(-0.2, rule(results, Admission.PLOT_RATIO).margin(), 1e-6);
        assertEquals(30.0, rule(results, Admission.BUILDING_COVERAGE).value(), 1e-3);
    }

    @Test
    void squareMetresConvertToMu() {
        assertEquals(1.0, Admission.muFromSquareMetres(666.67), 1e-12);
        assertEquals(15.0, Admission.muFromSquareMetres(10000.05), 1e-6);
    }

    @Test
    void noLandOrSiteMeansTheRuleCannotBeJudged() {
        assertTrue(Admission.check(new Admission.Proposal(0, 100, 10, 0, 0, 0), PLAN).isEmpty());
    }
}
