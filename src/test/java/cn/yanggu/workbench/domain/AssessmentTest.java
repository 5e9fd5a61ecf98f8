package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentTest {
    private static YearValue base(int year, double v) {
        return new YearValue(year, Enums.ValueKind.BASELINE, v, Enums.Comparator.EQ, null, null, "s", null, null);
    }

    private static YearValue target(int year, double v, Enums.Comparator c) {
        return new YearValue(year, Enums.ValueKind.TARGET, v, c, null, null, "s", null, null);
    }

    private static YearValue actual(int year, double v, Enums.Vintage vintage) {
        return new YearValue(year, Enums.ValueKind.ACTUAL, v, Enums.Comparator.EQ, vintage, null, "s", null, null);
    }

    private static Indicator ind(Enums.Direction d, Enums.Attribute a, Enums.GrowthKind g, YearValue... values) {
        return new Indicator("X", "x", "c", "u", d, a, g, null, null, null, null, "s", null, List.of(values));
    }

    /** 亩均税收 4.7 → 7.3: planned 2022 value is 4.7 × 1.0920² ≈ 5.605; ±5 % is 5.325 … 5.885. */
    private static Assessment tax(double actual2022) {
        return Assessment.of(ind(Enums.Direction.HIGHER, Enums.Attribute.EXPECTED, Enums.GrowthKind.ANNUAL,
                base(2020, 4.7), target(2025, 7.3, Enums.Comparator.EQ),
                actual(2022, actual2022, Enums.Vintage.FINAL)), 2025, 0.05);
    }

    @Test
    void risingIndicatorStatusFollowsThePlannedPath() {
        assertEquals(5.6052, tax(5.6).plannedAtLatest().getAsDouble(), 1e-3);
        assertEquals(Assessment.Status.ON_TRACK, tax(5.6).status());
        assertEquals(Assessment.Status.ON_TRACK, tax(5.33).status(), "just inside -5 %");
        assertEquals(Assessment.Status.BEHIND, tax(5.3).status());
        assertEquals(Assessment.Status.AHEAD, tax(5.95).status());
        assertEquals(Assessment.Status.ACHIEVED, tax(7.3).status());
        assertEquals(Assessment.Status.FAR_BEHIND, tax(4.5).status(), "moved away from the target");
        assertEquals(0.4, tax(5.6).timeProgress(), 1e-9);
        assertEquals((5.6 - 4.7) / (7.3 - 4.7), tax(5.6).valueProgress().getAsDouble(), 1e-9);
    }

    @Test
    void requiredGrowthFromTheLatestActualAndTheProjection() {
        Assessment a = tax(5.3);
        assertEquals(Math.pow(7.3 / 5.3, 1 / 3.0) - 1, a.requiredRate().getAsDouble(), 1e-12);
        assertEquals(Math.pow(5.3 / 4.7, 1 / 2.0) - 1, a.observedRate().getAsDouble(), 1e-12);
        List<Assessment.Point> p = a.projection(2035);
        assertEquals(2022, p.get(0).year());
        assertEquals(2035, p.get(p.size() - 1).year());
        assertEquals(5.3 * Math.pow(1 + a.observedRate().getAsDouble(), 3), p.get(3).value(), 1e-9);
    }

    @Test
    void fallingIndicatorIsOnTrackWhenItFallsAsPlanned() {
        // energy per unit of value added: 1.0 → 0.8 by 2025, lower is better, binding
        Indicator energy = ind(Enums.Direction.LOWER, Enums.Attribute.BINDING, Enums.GrowthKind.ANNUAL,
                base(2020, 1.0), target(2025, 0.8, Enums.Comparator.EQ));
        double planned2023 = Math.pow(0.8, 3 / 5.0);
        assertEquals(Assessment.Status.ON_TRACK, with(energy, actual(2023, planned2023, Enums.Vintage.FINAL)).status());
        assertEquals(Assessment.Status.AHEAD, with(energy, actual(2023, 0.82, Enums.Vintage.FINAL)).status());
        Assessment behind = with(energy, actual(2023, 0.97, Enums.Vintage.FINAL));
        assertEquals(Assessment.Status.BEHIND, behind.status());
        assertTrue(behind.bindingWarning(), "a binding indicator that lags is warned about");
        assertEquals(Assessment.Status.FAR_BEHIND, with(energy, actual(2023, 1.05, Enums.Vintage.FINAL)).status());
        assertEquals(Assessment.Status.ACHIEVED, with(energy, actual(2023, 0.79, Enums.Vintage.FINAL)).status());
    }

    @Test
    void cumulativeIndicatorsUseTheSamePathToTheirTotal() {
        Indicator cum = ind(Enums.Direction.HIGHER, Enums.Attribute.EXPECTED, Enums.GrowthKind.CUMULATIVE,
                base(2020, 10), target(2025, 15, Enums.Comparator.EQ), actual(2025, 15.2, Enums.Vintage.PRELIMINARY));
        assertEquals(Assessment.Status.ACHIEVED, Assessment.of(cum, 2025, 0.05).status());
        assertEquals(1.0, Assessment.of(cum, 2025, 0.05).timeProgress());
    }

    @Test
    void withoutActualsTheStatusSaysSoInsteadOfGuessing() {
        Assessment a = Assessment.of(ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.ANNUAL, base(2020, 4.7),
                target(2025, 7.3, Enums.Comparator.EQ)), 2025, 0.05);
        assertEquals(Assessment.Status.NO_DATA, a.status());
        assertTrue(a.latest().isEmpty());
        assertFalse(a.bindingWarning());
        assertEquals(6, a.plannedPath().size());
        assertTrue(a.projection(2035).isEmpty());
    }

    @Test
    void aZeroBaseGetsAStraightPlannedLine() {
        Assessment a = Assessment.of(ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.NONE, base(2020, 0),
                target(2025, 10, Enums.Comparator.EQ), actual(2022, 4, Enums.Vintage.FINAL)), 2025, 0.05);
        assertEquals(4.0, a.plannedAtLatest().getAsDouble(), 1e-12);
        assertEquals(Assessment.Status.ON_TRACK, a.status());
        assertTrue(a.observedRate().isEmpty(), "no growth rate from zero");
    }

    @Test
    void theLatestYearCountsEvenWithGapsAndTheBestVintageWins() {
        List<YearValue> values = new ArrayList<>(List.of(base(2020, 4.7), target(2025, 7.3, Enums.Comparator.EQ),
                actual(2021, 5.0, Enums.Vintage.FINAL), actual(2024, 6.0, Enums.Vintage.ESTIMATE),
                actual(2024, 6.4, Enums.Vintage.FINAL), actual(2024, 6.2, Enums.Vintage.PRELIMINARY)));
        Assessment a = Assessment.of(ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.ANNUAL,
                values.toArray(YearValue[]::new)), 2025, 0.05);
        assertEquals(2024, a.latest().orElseThrow().year());
        assertEquals(6.4, a.latest().orElseThrow().value());
    }

    @Test
    void aStrictTargetIsNotMetByTheBoundaryValue() {
        Indicator dust = ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.NONE, target(2025, 85, Enums.Comparator.GT),
                actual(2024, 85, Enums.Vintage.FINAL));
        assertFalse(Assessment.of(dust, 2025, 0.05).status() == Assessment.Status.ACHIEVED);
        assertTrue(Assessment.of(dust, 2025, 0.05).atBound(), "on the bound of >85: nothing to grow, not met");
        Indicator dust2 = ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.NONE,
                target(2025, 85, Enums.Comparator.GT), actual(2024, 85.1, Enums.Vintage.FINAL));
        assertEquals(Assessment.Status.ACHIEVED, Assessment.of(dust2, 2025, 0.05).status());
        assertFalse(Assessment.of(dust2, 2025, 0.05).atBound());
    }

    @Test
    void theContinuationIsAnExtrapolationUnlessA2035TargetIsSet() {
        Assessment plain = tax(5.6);
        Assessment.Continuation c = plain.continuation(2035);
        assertTrue(c.extrapolated());
        assertEquals(11, c.points().size());
        assertEquals(7.3 * Math.pow(1 + plain.plannedRate().getAsDouble(), 10), c.points().get(10).value(), 1e-9);
        Assessment withVision = Assessment.of(ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.ANNUAL,
                base(2020, 4.7), target(2025, 7.3, Enums.Comparator.EQ), target(2035, 12, Enums.Comparator.EQ)),
                2025, 0.05);
        Assessment.Continuation v = withVision.continuation(2035);
        assertFalse(v.extrapolated());
        assertEquals(12.0, v.points().get(10).value(), 1e-9);
    }

    private static Assessment asOf(Indicator i, int year) {
        return Assessment.of(i, new Assessment.Frame(2020, 2025, year, 0.05));
    }

    @Test
    void anIndicatorWithActualsButNoBaseIsJudgedAgainstItsTarget() {
        // 规上工业企业 ≥120 家, no 2020 value in the plan; 2021: 96, 2023: 108
        Indicator firms = new Indicator("G01", "规上工业企业", "c", "家", Enums.Direction.HIGHER, null,
                Enums.GrowthKind.NONE, null, null, null, null, "s", null, List.of(target(2025, 120,
                Enums.Comparator.GE), actual(2021, 96, Enums.Vintage.FINAL), actual(2023, 108,
                Enums.Vintage.PRELIMINARY)));
        Assessment a = asOf(firms, 2023);
        assertEquals(Assessment.Basis.NO_BASE, a.basis());
        assertTrue(a.status().judged(), "never 尚无实际值 next to a value");
        assertEquals(2021, a.start().orElseThrow().year(), "the path starts from the first actual");
        assertEquals(108.0 / 120, a.valueProgress().getAsDouble(), 1e-12, "progress to target");
        assertEquals(Math.pow(120 / 108.0, 1 / 2.0) - 1, a.requiredRate().getAsDouble(), 1e-12);
        // planned 2023 on the path 96 → 120 (2021 → 2025): 96 × (1.25)^(1/2) ≈ 107.3: 108 is within ±5 %
        assertEquals(Assessment.Status.ON_TRACK, a.status());
        assertEquals(Assessment.Status.FAR_BEHIND, asOf(new Indicator("G01", "x", "c", "家", Enums.Direction.HIGHER,
                null, Enums.GrowthKind.NONE, null, null, null, null, "s", null, List.of(target(2025, 120,
                Enums.Comparator.GE), actual(2021, 96, Enums.Vintage.FINAL), actual(2023, 90,
                Enums.Vintage.FINAL))), 2023).status());
        Assessment single = asOf(new Indicator("G13", "x", "c", "%", Enums.Direction.HIGHER, null,
                Enums.GrowthKind.NONE, null, null, null, null, "s", null, List.of(target(2025, 65,
                Enums.Comparator.GE), actual(2023, 60, Enums.Vintage.FINAL))), 2023);
        assertTrue(single.status().judged());
        assertTrue(single.projection(2035).isEmpty(), "no projection from a single point");
    }

    @Test
    void aDirectionOnlyRequirementIsJudgedAgainstThePreviousYearAndTheBase() {
        Indicator energy = new Indicator("G04", "单位增加值能耗", "c", "吨标准煤/万元", Enums.Direction.LOWER, null,
                Enums.GrowthKind.DIRECTION, null, null, null, null, "s", null, List.of(
                actual(2020, 0.50, Enums.Vintage.FINAL), actual(2021, 0.48, Enums.Vintage.FINAL),
                actual(2022, 0.49, Enums.Vintage.FINAL), actual(2023, 0.46, Enums.Vintage.FINAL)));
        assertTrue(Assessment.judged(energy, 2025));
        assertEquals(Assessment.Status.DIRECTION_MET, asOf(energy, 2021).status());
        assertEquals(Assessment.Status.DIRECTION_MISSED, asOf(energy, 2022).status(), "rose on the year before");
        assertEquals(Assessment.Status.DIRECTION_MET, asOf(energy, 2023).status());
        assertEquals(Assessment.Status.NOT_COMPARABLE, asOf(energy, 2020).status(), "one value: nothing to compare");
        assertEquals(Assessment.Status.NO_DATA, asOf(energy, 2019).status());
    }

    @Test
    void cumulativeIndicatorsAddAndNeverCompound() {
        // 基础设施投资（累计）: >10 亿元 by 2020, 14 by 2022
        Indicator infra = new Indicator("G20", "基础设施投资（累计）", "c", "亿元", Enums.Direction.HIGHER, null,
                Enums.GrowthKind.CUMULATIVE, null, null, null, null, "s", null, List.of(base(2020, 10),
                actual(2022, 14, Enums.Vintage.FINAL)));
        Assessment a = asOf(infra, 2022);
        assertEquals(2.0, a.observedRate().getAsDouble(), 1e-12, "2 亿元 a year, not a rate");
        List<Assessment.Point> p = a.projection(2035);
        assertEquals(14 + 2.0 * 13, p.get(p.size() - 1).value(), 1e-9, "40 亿元 by 2035, not compounded to ~270");
        Indicator withTarget = new Indicator("C", "x", "c", "亿元", Enums.Direction.HIGHER, null,
                Enums.GrowthKind.CUMULATIVE, null, null, null, null, "s", null, List.of(base(2020, 10),
                target(2025, 20, Enums.Comparator.EQ), actual(2023, 15, Enums.Vintage.FINAL)));
        Assessment b = asOf(withTarget, 2023);
        assertEquals(16.0, b.plannedAtLatest().getAsDouble(), 1e-9, "straight line 10 → 20");
        assertEquals(2.5, b.requiredRate().getAsDouble(), 1e-9, "2.5 亿元 a year still to add");
        assertEquals(18.0, b.plannedPath().get(4).value(), 1e-9, "2024 on the line 10 → 20");
    }

    @Test
    void onlyActualsUpToTheYearCountAndAMissingYearIsNotAFailure() {
        Indicator tax = ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.ANNUAL, base(2020, 4.7),
                target(2025, 7.3, Enums.Comparator.EQ), actual(2022, 5.3, Enums.Vintage.FINAL),
                actual(2023, 5.8, Enums.Vintage.FINAL));
        assertEquals(2022, asOf(tax, 2022).latest().orElseThrow().year());
        Assessment fin = asOf(tax, 2025);
        assertTrue(fin.stale(), "data end in 2023");
        assertEquals(Assessment.Verdict.NOT_YET, fin.verdict(), "暂未实现, never 未实现 without 2025 data");
        Indicator with2025 = ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.ANNUAL, base(2020, 4.7),
                target(2025, 7.3, Enums.Comparator.EQ), actual(2025, 7.0, Enums.Vintage.FINAL));
        assertEquals(Assessment.Verdict.NOT_ACHIEVED, asOf(with2025, 2025).verdict());
        Indicator early = ind(Enums.Direction.HIGHER, null, Enums.GrowthKind.ANNUAL, base(2020, 4.7),
                target(2025, 7.3, Enums.Comparator.EQ), actual(2023, 7.5, Enums.Vintage.FINAL));
        assertEquals(Assessment.Verdict.ACHIEVED_EARLIER, asOf(early, 2025).verdict());
        assertEquals(0.6, asOf(tax, 2023).timeProgress(), 1e-12);
    }

    @Test
    void theChangeFromThePreviousYearAndTargetsAtRisk() {
        Indicator fdi = new Indicator("T03", "实际利用外资", "c", "万美元", Enums.Direction.HIGHER, null,
                Enums.GrowthKind.ANNUAL, 13.7, null, null, null, "s", null, List.of(base(2020, 2634.8),
                target(2025, 5000, Enums.Comparator.EQ), actual(2021, 2810, Enums.Vintage.FINAL),
                actual(2022, 2450, Enums.Vintage.FINAL)));
        Assessment a = asOf(fdi, 2022);
        assertEquals(-360, a.changeFromPrevious().getAsDouble(), 1e-9);
        assertTrue(a.atRisk(), "needs ~27 %/yr against the plan's 13.7 %");
        assertEquals(Assessment.Status.FAR_BEHIND, a.status());
    }

    private static Assessment with(Indicator i, YearValue v) {
        List<YearValue> values = new ArrayList<>(i.values());
        values.add(v);
        return Assessment.of(new Indicator(i.code(), i.name(), i.category(), i.unit(), i.direction(), i.attribute(),
                i.growthKind(), i.statedRate(), i.table(), i.row(), i.chainCode(), i.source(), i.note(), values),
                2025, 0.05);
    }
}
