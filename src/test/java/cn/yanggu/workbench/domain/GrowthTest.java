package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrowthTest {

    /** The growth column of 表2-1, reproduced from the table's own 2020 and 2025 values. */
    @ParameterizedTest(name = "表2-1 ({0}): {1} → {2} = {3} %")
    @CsvSource({
        "1, 4.7, 7.3, 9.2",
        "2, 17.56, 27, 9.0",
        "3, 2634.8, 5000, 13.7",
        "4, 1397034, 1700000, 4.0",
        "5, 19, 30, 9.6",
        "6, 157, 300, 13.8",
        "7, 178, 260, 7.9",
        "8, 80, 88, 1.9",
        "9, 63, 80, 4.9"})
    void reproducesTheGrowthColumnOfTable21(int row, double base, double target, String stated) {
        double rate = Growth.annualRate(base, 2020, target, 2025).orElseThrow();
        assertEquals(new BigDecimal(stated), Growth.percent(rate, 1));
    }

    @Test
    void aFallingIndicatorHasANegativeRequiredRate() {
        double rate = Growth.annualRate(100, 2020, 80, 2025).orElseThrow();
        assertEquals(new BigDecimal("-4.4"), Growth.percent(rate, 1));
        assertEquals(80.0, Growth.pathValue(100, 2020, rate, 2025), 1e-9);
    }

    @Test
    void noRateFromAZeroBaseOrAnEmptySpan() {
        assertTrue(Growth.annualRate(0, 2020, 10, 2025).isEmpty());
        assertTrue(Growth.annualRate(10, 2025, 20, 2025).isEmpty());
        assertTrue(Growth.annualRate(10, 2025, 20, 2020).isEmpty());
        assertTrue(Growth.cumulativeChange(0, 5).isEmpty());
    }

    @Test
    void requiredGrowthBetweenAnyTwoPoints() {
        // from a 2022 actual to the 2025 target: three years left
        double rate = Growth.annualRate(5.5, 2022, 7.3, 2025).orElseThrow();
        assertEquals(new BigDecimal("9.9"), Growth.percent(rate, 1));
    }

    @Test
    void plannedPathRunsFromBaseToTargetOneYearAtATime() {
        List<Growth.Point> path = Growth.plannedPath(4.7, 2020, 7.3, 2025);
        assertEquals(6, path.size());
        assertEquals(new Growth.Point(2020, 4.7), path.get(0));
        assertEquals(new Growth.Point(2025, 7.3), path.get(5));
        double rate = Growth.annualRate(4.7, 2020, 7.3, 2025).orElseThrow();
        assertEquals(4.7 * Math.pow(1 + rate, 2), path.get(2).value(), 1e-12);
        for (int i = 1; i < path.size(); i++) {
            assertTrue(path.get(i).value() > path.get(i - 1).value(), "a rising path rises every year");
        }
        assertTrue(Growth.plannedPath(0, 2020, 7.3, 2025).isEmpty());
    }

    @Test
    void aStatedRateThatDisagreesWithTheTableIsFlagged() {
        Indicator agrees = indicator(9.2, Enums.GrowthKind.ANNUAL, 4.7, 7.3);
        Indicator differs = indicator(9.5, Enums.GrowthKind.ANNUAL, 4.7, 7.3);
        Growth.RateCheck ok = Growth.check(agrees, 2025);
        Growth.RateCheck bad = Growth.check(differs, 2025);
        assertFalse(ok.differs());
        assertTrue(bad.differs());
        assertEquals(new BigDecimal("9.2"), bad.computedPercent().orElseThrow());
        assertEquals(new BigDecimal("9.5"), bad.statedPercent().orElseThrow());
    }

    @Test
    void aCumulativeColumnIsCheckedAsTotalChange() {
        Indicator cumulative = indicator(55.3, Enums.GrowthKind.CUMULATIVE, 4.7, 7.3);
        Growth.RateCheck check = Growth.check(cumulative, 2025);
        assertEquals(new BigDecimal("55.3"), check.computedPercent().orElseThrow());
        assertFalse(check.differs());
    }

    @Test
    void noTargetMeansNothingToCheck() {
        Indicator onlyBase = new Indicator("X", "x", "c", "个", Enums.Direction.HIGHER, null,
                Enums.GrowthKind.ANNUAL, 5.0, null, null, null, "s", null,
                List.of(new YearValue(2020, Enums.ValueKind.BASELINE, 3, Enums.Comparator.EQ, null, null, "s", null,
                        null)));
        Growth.RateCheck check = Growth.check(onlyBase, 2025);
        assertTrue(check.computedPercent().isEmpty());
        assertFalse(check.differs());
    }

    private static Indicator indicator(double stated, Enums.GrowthKind kind, double base, double target) {
        return new Indicator("X", "x", "c", "万元/亩", Enums.Direction.HIGHER, Enums.Attribute.EXPECTED, kind, stated,
                "表2-1", 1, null, "s", null, List.of(
                new YearValue(2020, Enums.ValueKind.BASELINE, base, Enums.Comparator.EQ, null, null, "s", null, null),
                new YearValue(2025, Enums.ValueKind.TARGET, target, Enums.Comparator.EQ, null, null, "s", null,
                        null)));
    }
}
