package cn.yanggu.workbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The plan's growth arithmetic. Rates are fractions (0.092 = 9.2 %).
 * <p>Required annual growth: r = (target / base)^(1 / (targetYear − baseYear)) − 1.
 * Planned path: base × (1 + r)^(year − baseYear).
 */
public final class Growth {
    private Growth() {
    }

    /** Required compound annual growth from {@code base} in {@code baseYear} to {@code target} in {@code targetYear}. */
    public static OptionalDouble annualRate(double base, int baseYear, double target, int targetYear) {
        int years = targetYear - baseYear;
        if (years <= 0 || base <= 0 || target < 0 || !Double.isFinite(base) || !Double.isFinite(target)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(target / base, 1.0 / years) - 1.0);
    }

    /** Total change from base to target (the 累计 reading of a growth column). */
    public static OptionalDouble cumulativeChange(double base, double target) {
        if (base <= 0 || !Double.isFinite(base) || !Double.isFinite(target)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(target / base - 1.0);
    }

    /** The value on a compound path in {@code year}. */
    public static double pathValue(double base, int baseYear, double rate, int year) {
        return base * Math.pow(1.0 + rate, year - baseYear);
    }

    /** One point of a path. */
    public record Point(int year, double value) {
    }

    /** The planned path from base to target, one point per year, both ends included (empty if no rate exists). */
    public static List<Point> plannedPath(double base, int baseYear, double target, int targetYear) {
        OptionalDouble rate = annualRate(base, baseYear, target, targetYear);
        List<Point> points = new ArrayList<>();
        if (rate.isEmpty()) {
            return points;
        }
        for (int y = baseYear; y <= targetYear; y++) {
            double v = y == targetYear ? target : pathValue(base, baseYear, rate.getAsDouble(), y);
            points.add(new Point(y, v));
        }
        return points;
    }

    /** A percentage rounded half-up to {@code decimals} places, as the plan prints its growth column. */
    public static BigDecimal percent(double fraction, int decimals) {
        return BigDecimal.valueOf(fraction * 100.0).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * The plan's stated growth compared with the growth computed from its own base and target.
     *
     * @param computedPercent the computed rate in percent, rounded to one decimal (empty if it cannot be computed)
     * @param differs         true when the stated rate and the rounded computed rate are not the same
     */
    public record RateCheck(Indicator indicator, Optional<BigDecimal> statedPercent,
                            Optional<BigDecimal> computedPercent, boolean differs) {
    }

    /** Checks an indicator's stated rate against its base (earliest baseline) and its target for {@code targetYear}. */
    public static RateCheck check(Indicator indicator, int targetYear) {
        Optional<BigDecimal> stated = Optional.ofNullable(indicator.statedRate())
                .map(r -> BigDecimal.valueOf(r).setScale(1, RoundingMode.HALF_UP));
        Optional<YearValue> base = indicator.baseline();
        Optional<YearValue> target = indicator.target(targetYear);
        Optional<BigDecimal> computed = Optional.empty();
        if (base.isPresent() && target.isPresent()) {
            OptionalDouble rate = indicator.growthKind() == Enums.GrowthKind.CUMULATIVE
                    ? cumulativeChange(base.get().value(), target.get().value())
                    : annualRate(base.get().value(), base.get().year(), target.get().value(), targetYear);
            if (rate.isPresent()) {
                computed = Optional.of(percent(rate.getAsDouble(), 1));
            }
        }
        boolean differs = stated.isPresent() && computed.isPresent()
                && stated.get().compareTo(computed.get()) != 0;
        return new RateCheck(indicator, stated, computed, differs);
    }
}
