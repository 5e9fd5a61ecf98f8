package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionTest {
    private static Threshold rule(String code, String name, String unit, Enums.Comparator c, double value, int from) {
        return new Threshold(code, name, unit, c, null, "s", List.of(new Threshold.Version(from, value, "s", null)));
    }

    /** The plan's four rules: 投资强度 and 亩均税收 from 2021 (inferred), 容积率 and 建筑系数 from 2025 ("到2025年"). */
    static final List<Threshold> PLAN = List.of(
            rule(Admission.INVESTMENT_INTENSITY, "投资强度", "万元/亩", Enums.Comparator.GT, 280, 2021),
            rule(Admission.TAX_PER_MU, "亩均税收", "万元/亩", Enums.Comparator.GT, 20, 2021),
            rule(Admission.PLOT_RATIO, "容积率", null, Enums.Comparator.GE, 1.0, 2025),
            rule(Admission.BUILDING_COVERAGE, "建筑系数", "%", Enums.Comparator.GE, 40, 2025));

    private static Admission.Result rule(List<Admission.Result> results, String code) {
        return results.stream().filter(r -> r.threshold().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void exactly280And20FailWhileExactly1Point0And40PercentPass() {
        var p = new Admission.Proposal(100, 28000, 2000, 10000, 10000, 4000);
        var results = Admission.check(p, PLAN, 2025);
        assertEquals(280.0, rule(results, Admission.INVESTMENT_INTENSITY).value());
        assertEquals(Admission.Verdict.FAIL, rule(results, Admission.INVESTMENT_INTENSITY).verdict(),
                "exactly 280 is not higher than 280");
        assertEquals(20.0, rule(results, Admission.TAX_PER_MU).value());
        assertEquals(Admission.Verdict.FAIL, rule(results, Admission.TAX_PER_MU).verdict(),
                "exactly 20 is not more than 20");
        assertEquals(1.0, rule(results, Admission.PLOT_RATIO).value());
        assertEquals(Admission.Verdict.PASS, rule(results, Admission.PLOT_RATIO).verdict(),
                "exactly 1.0 is not lower than 1.0");
        assertEquals(40.0, rule(results, Admission.BUILDING_COVERAGE).value());
        assertEquals(Admission.Verdict.PASS, rule(results, Admission.BUILDING_COVERAGE).verdict(),
                "exactly 40 % is not lower than 40 %");
        assertFalse(Admission.allPass(results));
        assertEquals(2, Admission.failures(results).size());
        // a hair above the bounds passes
        var above = Admission.check(new Admission.Proposal(100, 28000.01, 2000.01, 10000, 10000, 4000), PLAN, 2025);
        assertTrue(Admission.allPass(above));
    }

    @Test
    void marginsSayByHowMuch() {
        var results = Admission.check(new Admission.Proposal(50, 15000, 1250, 33333.5, 26666.8, 10000), PLAN, 2026);
        assertEquals(20.0, rule(results, Admission.INVESTMENT_INTENSITY).margin(), 1e-9);
        assertEquals(5.0, rule(results, Admission.TAX_PER_MU).margin(), 1e-9);
        assertEquals(0.8, rule(results, Admission.PLOT_RATIO).value(), 1e-6);
        assertFalse(rule(results, Admission.PLOT_RATIO).pass());
        assertEquals(-0.2, rule(results, Admission.PLOT_RATIO).margin(), 1e-6);
        assertEquals(30.0, rule(results, Admission.BUILDING_COVERAGE).value(), 1e-3);
        assertEquals(-10.0, rule(results, Admission.BUILDING_COVERAGE).margin(), 1e-3);
    }

    @Test
    void oneMuIs666Point67SquareMetresBothWays() {
        assertEquals(1.0, Admission.muFromSquareMetres(666.67), 1e-12);
        assertEquals(15.0, Admission.muFromSquareMetres(10000.05), 1e-6);
        assertEquals(666.67, Admission.squareMetresFromMu(1), 1e-12);
        // land typed in m² gives the same verdict as the same land in 亩
        var inMu = Admission.check(new Admission.Proposal(15, 4500, 450, 10000.05, 12000, 5000), PLAN, 2026);
        var inM2 = Admission.check(new Admission.Proposal(Admission.muFromSquareMetres(10000.05), 4500, 450,
                10000.05, 12000, 5000), PLAN, 2026);
        assertEquals(300.0, rule(inM2, Admission.INVESTMENT_INTENSITY).value(), 1e-6);
        assertEquals(rule(inMu, Admission.INVESTMENT_INTENSITY).value(),
                rule(inM2, Admission.INVESTMENT_INTENSITY).value(), 1e-6);
    }

    @Test
    void landIsReadInMuOrSquareMetresAsTyped() {
        assertEquals(12.0, Admission.parseLand("12", "亩").value().orElseThrow(), 1e-12);
        assertEquals(12.0, Admission.parseLand("12亩", "m²").value().orElseThrow(), 1e-12);
        assertEquals(12.0, Admission.parseLand("8,000.04 m²", "亩").value().orElseThrow(), 1e-9);
        assertEquals(12.0, Admission.parseLand("8000.04平方米", "亩").value().orElseThrow(), 1e-9);
        assertEquals(12.0, Admission.parseLand("8000.04", "m²").value().orElseThrow(), 1e-9);
        assertEquals("m²", Admission.parseLand("8000.04", "m²").unitTyped());
        assertTrue(Admission.parseLand("12 公顷", "亩").problem().isPresent(), "an unknown unit is refused");
        assertTrue(Admission.parseLand("abc", "亩").problem().isPresent());
    }

    @Test
    void moneyTypedInYuanIsConvertedToWan() {
        assertEquals(2800.0, Quantity.parse("28,000,000元", "万元").value().orElseThrow(), 1e-9);
        assertEquals(2800.0, Quantity.parse("0.28亿元", "万元").value().orElseThrow(), 1e-9);
        // 2,800 万元 on 10 亩 is exactly 280 万元/亩: not higher than 280
        double wan = Quantity.parse("28000000元", "万元").value().orElseThrow();
        var results = Admission.check(new Admission.Proposal(10, wan, 300, 6666.7, 8000, 3000), PLAN, 2026);
        assertEquals(Admission.Verdict.FAIL, rule(results, Admission.INVESTMENT_INTENSITY).verdict());
    }

    @Test
    void theVersionInForceInTheChecksYearDecides() {
        Threshold raised = PLAN.get(0).withVersion(new Threshold.Version(2024, 300, "县政府文件", null));
        List<Threshold> rules = List.of(raised, PLAN.get(1), PLAN.get(2), PLAN.get(3));
        var p = new Admission.Proposal(10, 2900, 300, 6666.7, 8000, 3000);   // 290 万元/亩
        var in2023 = rule(Admission.check(p, rules, 2023), Admission.INVESTMENT_INTENSITY);
        assertEquals(280.0, in2023.version().value(), "a version from 2024 does not apply to a 2023 check");
        assertEquals(Admission.Verdict.PASS, in2023.verdict());
        var in2024 = rule(Admission.check(p, rules, 2024), Admission.INVESTMENT_INTENSITY);
        assertEquals(300.0, in2024.version().value());
        assertEquals(2024, in2024.version().fromYear());
        assertEquals(Admission.Verdict.FAIL, in2024.verdict());
        assertEquals(-10.0, in2024.margin(), 1e-9);
        assertEquals(300.0, rule(Admission.check(p, rules, 2030), Admission.INVESTMENT_INTENSITY).version().value());
    }

    @Test
    void aRuleNotYetInForceIsShownButNotCounted() {
        // 容积率 0.5 and 建筑系数 20 % miss the 2025 standards, which do not apply in 2024
        var p = new Admission.Proposal(10, 3000, 300, 10000, 5000, 2000);
        var in2024 = Admission.check(p, PLAN, 2024);
        assertEquals(Admission.Verdict.NOT_IN_FORCE, rule(in2024, Admission.PLOT_RATIO).verdict());
        assertEquals(2025, rule(in2024, Admission.PLOT_RATIO).version().fromYear());
        assertTrue(Admission.allPass(in2024));
        assertFalse(Admission.allPass(Admission.check(p, PLAN, 2025)));
    }

    @Test
    void noLandOrSiteMeansTheRuleCannotBeJudged() {
        assertTrue(Admission.check(new Admission.Proposal(0, 100, 10, 0, 0, 0), PLAN, 2026).isEmpty());
    }

    @Test
    void aSavedCheckSaysWhenTheThresholdsChangedItsVerdict() {
        var p = new Admission.Proposal(10, 2900, 300, 6666.7, 8000, 3000);
        var then = Admission.check(p, PLAN, 2026);
        var saved = new Admission.SavedCheck(1, "P1", 2026, p, 10, "mu", "2026-01-01T00:00:00Z", "u",
                then.stream().map(Admission.StoredVerdict::of).toList());
        assertFalse(saved.differsFrom(saved.recheck(PLAN)));
        List<Threshold> raised = List.of(PLAN.get(0).withVersion(new Threshold.Version(2026, 300, "s", null)),
                PLAN.get(1), PLAN.get(2), PLAN.get(3));
        var now = saved.recheck(raised);
        assertTrue(saved.storedAllPass());
        assertFalse(Admission.allPass(now));
        assertTrue(saved.differsFrom(now));
    }
}
