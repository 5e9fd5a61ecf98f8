package cn.yanggu.workbench.domain;

import cn.yanggu.workbench.domain.GradingMethod.CutoffMode;
import cn.yanggu.workbench.domain.GradingMethod.IndicatorKind;
import cn.yanggu.workbench.domain.GradingMethod.Normalisation;
import cn.yanggu.workbench.domain.GradingMethod.Weight;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 亩产效益 grading on a fixture computed by hand. Five firms (land 亩, tax 万元, revenue 万元):
 * A 100/3000/50000, B 50/1000/30000, C 200/2000/40000, D 100/500/10000, E 10/250/4000.
 * 亩均税收 A 30, B 20, C 10, D 5, E 25 → min–max scores 100, 60, 20, 0, 80.
 * 亩均营业收入 A 500, B 600, C 200, D 100, E 400 → 80, 100, 20, 0, 60.
 * Weights 60 % / 40 % → totals A 92, B 76, C 20, D 0, E 72; ranks A, B, E, C, D.
 */
class GradingTest {
    private static final int YEAR = 2023;

    private static EnterpriseYear firm(String code, double land, double tax, double revenue) {
        return new EnterpriseYear(code, YEAR, land, tax, revenue, null, null, null);
    }

    private static final List<EnterpriseYear> FIVE = List.of(
            firm("A", 100, 3000, 50000), firm("B", 50, 1000, 30000), firm("C", 200, 2000, 40000),
            firm("D", 100, 500, 10000), firm("E", 10, 250, 4000));

    private static GradingMethod method(Normalisation n, CutoffMode mode, double... cuts) {
        return new GradingMethod(2021, List.of(new Weight(IndicatorKind.TAX_PER_MU, 60),
                new Weight(IndicatorKind.REVENUE_PER_MU, 40)), n, mode, List.of(cuts[0], cuts[1], cuts[2]), null,
                false);
    }

    private static Map<String, Grading.Graded> byCode(Grading.Result r) {
        return r.graded().stream().collect(Collectors.toMap(Grading.Graded::enterpriseCode, g -> g));
    }

    @Test
    void minMaxWithScoreCutoffsGivesTheHandComputedScoresAndGrades() {
        Grading.Result r = Grading.grade(YEAR, FIVE, method(Normalisation.MIN_MAX, CutoffMode.SCORE, 80, 60, 40));
        assertEquals(List.of("A", "B", "E", "C", "D"), r.graded().stream().map(Grading.Graded::enterpriseCode).toList());
        Map<String, Grading.Graded> g = byCode(r);
        assertEquals(92, g.get("A").total(), 1e-9);
        assertEquals(76, g.get("B").total(), 1e-9);
        assertEquals(72, g.get("E").total(), 1e-9);
        assertEquals(20, g.get("C").total(), 1e-9);
        assertEquals(0, g.get("D").total(), 1e-9);
        // the breakdown of one firm: value, normalised score, weighted part
        Grading.Part taxE = g.get("E").parts().get(IndicatorKind.TAX_PER_MU);
        assertEquals(25, taxE.value(), 1e-9);
        assertEquals(80, taxE.score(), 1e-9);
        assertEquals(48, taxE.contribution(), 1e-9);
        Grading.Part revE = g.get("E").parts().get(IndicatorKind.REVENUE_PER_MU);
        assertEquals(400, revE.value(), 1e-9);
        assertEquals(60, revE.score(), 1e-9);
        assertEquals(24, revE.contribution(), 1e-9);
        assertEquals(List.of(1, 2, 3, 4, 5), r.graded().stream().map(Grading.Graded::rank).toList());
        // ≥ 80 优先发展, ≥ 60 鼓励提升, ≥ 40 帮扶转型, else 整治淘汰
        assertEquals(List.of(1, 2, 2, 4, 4), r.graded().stream().map(Grading.Graded::grade).toList());
        assertEquals(List.of(1, 2, 0, 2), List.of(r.counts()[0], r.counts()[1], r.counts()[2], r.counts()[3]));
    }

    @Test
    void percentileCutoffsCountFirmsRankedAhead() {
        // top 20 % of 5 = 1 firm; next 40 % = up to 3 firms in all; next 30 % = up to 4.5 firms: D (4 ahead) is still
        // 帮扶转型 — with five firms the last 10 % is less than one firm
        Grading.Result r = Grading.grade(YEAR, FIVE, method(Normalisation.MIN_MAX, CutoffMode.PERCENTILE, 20, 40, 30));
        assertEquals(List.of(1, 2, 2, 3, 3), r.graded().stream().map(Grading.Graded::grade).toList());
        Grading.Result quarters = Grading.grade(YEAR, FIVE,
                method(Normalisation.MIN_MAX, CutoffMode.PERCENTILE, 20, 20, 20));
        // cumulative 1, 2, 3 firms: A | B | E | C, D
        assertEquals(List.of(1, 2, 3, 4, 4), quarters.graded().stream().map(Grading.Graded::grade).toList());
    }

    @Test
    void tiedFirmsShareRankAndGradeAndListByCode() {
        GradingMethod m = new GradingMethod(2021, List.of(new Weight(IndicatorKind.TAX_PER_MU, 100)),
                Normalisation.MIN_MAX, CutoffMode.PERCENTILE, List.of(25.0, 25.0, 25.0), null, false);
        // 亩均税收 40, 20, 20, 0 → scores 100, 50, 50, 0
        List<EnterpriseYear> four = List.of(firm("w", 10, 400, 1), firm("y", 10, 200, 1), firm("x", 10, 200, 1),
                firm("z", 10, 0, 1));
        Grading.Result r = Grading.grade(YEAR, four, m);
        assertEquals(List.of("w", "x", "y", "z"), r.graded().stream().map(Grading.Graded::enterpriseCode).toList());
        assertEquals(List.of(1, 2, 2, 4), r.graded().stream().map(Grading.Graded::rank).toList());
        // 25 % each: x and y tie for the second place and both get the second class; nobody is third
        assertEquals(List.of(1, 2, 2, 4), r.graded().stream().map(Grading.Graded::grade).toList());

        // a tie at the top boundary goes to the better class: two firms share rank 1 of four, top 25 % = one firm
        List<EnterpriseYear> topTie = List.of(firm("p", 10, 400, 1), firm("q", 10, 400, 1), firm("r", 10, 200, 1),
                firm("s", 10, 0, 1));
        Grading.Result t = Grading.grade(YEAR, topTie, m);
        assertEquals(List.of(1, 1, 3, 4), t.graded().stream().map(Grading.Graded::rank).toList());
        assertEquals(List.of(1, 1, 3, 4), t.graded().stream().map(Grading.Graded::grade).toList());
        // the same input in another order gives the same answer
        assertEquals(t, Grading.grade(YEAR, List.of(topTie.get(3), topTie.get(1), topTie.get(2), topTie.get(0)), m));
    }

    @Test
    void otherNormalisations() {
        Map<String, Grading.Graded> best = byCode(Grading.grade(YEAR, FIVE,
                method(Normalisation.SHARE_OF_BEST, CutoffMode.SCORE, 80, 60, 40)));
        // 亩均税收 20 / 30 → 66.666667; 亩均营业收入 500 / 600 → 83.333333
        assertEquals(66.666667, best.get("B").parts().get(IndicatorKind.TAX_PER_MU).score(), 1e-9);
        assertEquals(83.333333, best.get("A").parts().get(IndicatorKind.REVENUE_PER_MU).score(), 1e-9);
        // A: 0.6 × 100 + 0.4 × 83.333333 = 93.333333
        assertEquals(93.333333, best.get("A").total(), 1e-6);

        Map<String, Grading.Graded> avg = byCode(Grading.grade(YEAR, FIVE,
                method(Normalisation.RATIO_TO_AVERAGE, CutoffMode.SCORE, 80, 60, 40)));
        // average 亩均税收 18: A 30 / 18 × 50 = 83.333333; D 5 / 18 × 50 = 13.888889
        assertEquals(83.333333, avg.get("A").parts().get(IndicatorKind.TAX_PER_MU).score(), 1e-9);
        assertEquals(13.888889, avg.get("D").parts().get(IndicatorKind.TAX_PER_MU).score(), 1e-9);
        // average 亩均营业收入 360: B 600 / 360 = 1.67 → 83.333333; twice the average is capped at 100
        assertEquals(83.333333, avg.get("B").parts().get(IndicatorKind.REVENUE_PER_MU).score(), 1e-9);
    }

    @Test
    void firmsLackingAFigureAreNotGradedWithTheReason() {
        List<EnterpriseYear> data = new java.util.ArrayList<>(FIVE);
        data.add(new EnterpriseYear("F", YEAR, 20.0, null, 1000.0, null, null, null));
        data.add(new EnterpriseYear("G", YEAR, 0.0, 10.0, 1000.0, null, null, null));
        data.add(EnterpriseYear.empty("H", YEAR));
        Grading.Result r = Grading.grade(YEAR, data, method(Normalisation.MIN_MAX, CutoffMode.SCORE, 80, 60, 40));
        assertEquals(5, r.graded().size());
        assertEquals(List.of(new Grading.NotGraded("F", List.of(new Grading.Reason(EnterpriseYear.Figure.TAX, false))),
                new Grading.NotGraded("G", List.of(new Grading.Reason(EnterpriseYear.Figure.LAND, true)))),
                r.notGraded());
        // the others are graded as without them
        assertEquals(92, byCode(r).get("A").total(), 1e-9);
        // an indicator with no weight does not need its figures: energy is missing everywhere
        assertTrue(r.notGraded().stream().noneMatch(n -> n.reasons().stream()
                .anyMatch(x -> x.figure() == EnterpriseYear.Figure.ENERGY)));
    }

    @Test
    void methodValidationSaysWhatIsWrong() {
        assertEquals(List.of(), GradingMethod.defaultMethod().problems());
        assertEquals(100, GradingMethod.defaultMethod().weights().stream().mapToDouble(Weight::percent).sum(), 1e-9);

        GradingMethod ninety = new GradingMethod(2023, List.of(new Weight(IndicatorKind.TAX_PER_MU, 50),
                new Weight(IndicatorKind.RD_SHARE, 40)), Normalisation.MIN_MAX, CutoffMode.SCORE,
                List.of(80.0, 60.0, 40.0), null, false);
        assertEquals(List.of(new GradingProblem(GradingProblem.Kind.WEIGHTS_NOT_100, "weights", 90.0)),
                ninety.problems());

        GradingMethod up = new GradingMethod(2023, List.of(new Weight(IndicatorKind.TAX_PER_MU, 100)),
                Normalisation.MIN_MAX, CutoffMode.SCORE, List.of(60.0, 80.0, 40.0), null, false);
        assertEquals(List.of(GradingProblem.Kind.CUTOFFS_NOT_DESCENDING),
                up.problems().stream().map(GradingProblem::kind).toList());

        GradingMethod shares = new GradingMethod(2023, List.of(new Weight(IndicatorKind.TAX_PER_MU, 100)),
                Normalisation.MIN_MAX, CutoffMode.PERCENTILE, List.of(50.0, 40.0, 30.0), null, false);
        assertEquals(List.of(new GradingProblem(GradingProblem.Kind.SHARES_OVER_100, "cutoffs", 120.0)),
                shares.problems());

        GradingMethod negative = new GradingMethod(2023, List.of(new Weight(IndicatorKind.TAX_PER_MU, 120),
                new Weight(IndicatorKind.RD_SHARE, -20)), Normalisation.MIN_MAX, CutoffMode.SCORE,
                List.of(80.0, 60.0, 140.0), null, false);
        List<GradingProblem.Kind> kinds = negative.problems().stream().map(GradingProblem::kind).toList();
        assertTrue(kinds.contains(GradingProblem.Kind.WEIGHT_NEGATIVE), kinds.toString());
        assertTrue(kinds.contains(GradingProblem.Kind.CUTOFF_RANGE), kinds.toString());

        assertEquals(List.of(GradingProblem.Kind.NEGATIVE), EnterpriseYear.check(EnterpriseYear.Figure.LAND, -3.0)
                .stream().map(GradingProblem::kind).toList());
        assertEquals(List.of(GradingProblem.Kind.NOT_WHOLE),
                EnterpriseYear.check(EnterpriseYear.Figure.EMPLOYEES, 12.5).stream().map(GradingProblem::kind)
                        .toList());
    }

    @Test
    void theMethodOfAYearIsTheNewestFromThatYearOrEarlier() {
        GradingMethod m2022 = method(Normalisation.MIN_MAX, CutoffMode.SCORE, 80, 60, 40).from(2022);
        GradingMethod m2024 = method(Normalisation.SHARE_OF_BEST, CutoffMode.SCORE, 80, 60, 40).from(2024);
        List<GradingMethod> stored = List.of(m2024, m2022);
        assertTrue(GradingMethod.applicable(stored, 2021).workbenchDefault());
        assertEquals(m2022, GradingMethod.applicable(stored, 2022));
        assertEquals(m2022, GradingMethod.applicable(stored, 2023));
        assertEquals(m2024, GradingMethod.applicable(stored, 2030));
    }

    @Test
    void comparisonNamesWhoMovedUpAndDown() {
        GradingMethod m = method(Normalisation.MIN_MAX, CutoffMode.SCORE, 80, 60, 40);
        Grading.Result before = Grading.grade(YEAR, FIVE, m);
        // a year later C's tax triples and D drops out
        List<EnterpriseYear> next = List.of(firm("A", 100, 3000, 50000), firm("B", 50, 1000, 30000),
                firm("C", 200, 6000, 40000), firm("E", 10, 250, 4000), firm("K", 10, 100, 100));
        Grading.Result after = Grading.grade(YEAR, next.stream().map(e -> new EnterpriseYear(e.enterpriseCode(),
                YEAR, e.landMu(), e.taxWan(), e.revenueWan(), null, null, null)).toList(), m);
        Map<String, Grading.Move> moves = Grading.compare(before, after).stream()
                .collect(Collectors.toMap(Grading.Move::enterpriseCode, x -> x));
        assertEquals(Grading.Direction.GONE, moves.get("D").direction());
        assertEquals(Grading.Direction.NEW, moves.get("K").direction());
        assertEquals(4, moves.get("C").fromGrade());
        assertTrue(moves.get("C").toGrade() < 4);
        assertEquals(Grading.Direction.UP, moves.get("C").direction());
        assertEquals(Grading.Direction.UP, Grading.compare(before, after).get(0).direction());
    }
}
