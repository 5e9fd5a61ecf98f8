package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where an indicator stands: its latest actual against the planned path and the 2025 target, the status in the
 * vocabulary of plan evaluations, and the projections. Rates are fractions.
 *
 * <ul>
 * <li>提前实现 (ACHIEVED): the latest actual already meets the target.</li>
 * <li>快于预期 (AHEAD): beyond the planned path by more than the tolerance, toward the target.</li>
 * <li>基本符合预期 (ON_TRACK): within the tolerance of the planned path (default ±5 % of the path value).</li>
 * <li>滞后 (BEHIND): short of the path by more than the tolerance, but moved toward the target since the base.</li>
 * <li>严重滞后 (FAR_BEHIND): moved away from the target since the base year.</li>
 * </ul>
 */
public record Assessment(Indicator indicator, Status status, Optional<YearValue> base, Optional<YearValue> target,
                         Optional<YearValue> latest, OptionalDouble plannedAtLatest, OptionalDouble plannedRate,
                         OptionalDouble observedRate, OptionalDouble requiredRate, OptionalDouble valueProgress,
                         double timeProgress, boolean bindingWarning) {

    /** The status words of China's plan evaluations. */
    public enum Status { ACHIEVED, AHEAD, ON_TRACK, BEHIND, FAR_BEHIND, NO_DATA }

    public static final double DEFAULT_TOLERANCE = 0.05;

    /** The latest actual: the last year that has one, in its best vintage (年报 over 快报 over 预计). */
    public static Optional<YearValue> latestActual(Indicator ind) {
        return ind.values().stream().filter(v -> v.kind() == Enums.ValueKind.ACTUAL)
                .max(Comparator.comparingInt(YearValue::year)
                        .thenComparingInt(v -> v.vintage() == null ? -1 : v.vintage().ordinal()));
    }

    /** Assesses {@code ind} against its target for {@code targetYear} with a relative {@code tolerance}. */
    public static Assessment of(Indicator ind, int targetYear, double tolerance) {
        Optional<YearValue> base = ind.baseline();
        Optional<YearValue> target = ind.target(targetYear);
        Optional<YearValue> latest = latestActual(ind);
        boolean lower = ind.direction() == Enums.Direction.LOWER;
        OptionalDouble rate = OptionalDouble.empty();
        if (base.isPresent() && target.isPresent()) {
            rate = Growth.annualRate(base.get().value(), base.get().year(), target.get().value(), targetYear);
        }
        double timeProgress = 0;
        if (base.isPresent() && latest.isPresent() && targetYear > base.get().year()) {
            timeProgress = Math.min(1.0, Math.max(0.0,
                    (latest.get().year() - base.get().year()) / (double) (targetYear - base.get().year())));
        }
        if (latest.isEmpty()) {
            return new Assessment(ind, Status.NO_DATA, base, target, latest, OptionalDouble.empty(), rate,
                    OptionalDouble.empty(), requiredFrom(base, target, targetYear), OptionalDouble.empty(), 0, false);
        }
        YearValue now = latest.get();
        OptionalDouble planned = base.isPresent() && target.isPresent()
                ? OptionalDouble.of(plannedValue(base.get(), target.get(), now.year())) : OptionalDouble.empty();
        OptionalDouble observed = base.isPresent() && now.year() > base.get().year()
                ? Growth.annualRate(base.get().value(), base.get().year(), now.value(), now.year())
                : OptionalDouble.empty();
        OptionalDouble required = target.isPresent() && targetYear > now.year()
                ? Growth.annualRate(now.value(), now.year(), target.get().value(), targetYear) : OptionalDouble.empty();
        OptionalDouble valueProgress = OptionalDouble.empty();
        if (base.isPresent() && target.isPresent() && target.get().value() != base.get().value()) {
            valueProgress = OptionalDouble.of((now.value() - base.get().value())
                    / (target.get().value() - base.get().value()));
        }
        Status status;
        if (target.isPresent() && meets(now.value(), target.get(), lower)) {
            status = Status.ACHIEVED;
        } else if (base.isPresent() && (lower ? now.value() > base.get().value() : now.value() < base.get().value())) {
            status = Status.FAR_BEHIND;
        } else if (planned.isEmpty()) {
            status = Status.NO_DATA;
        } else {
            double p = planned.getAsDouble();
            double ahead = lower ? p - now.value() : now.value() - p;
            double band = Math.abs(p) * tolerance;
            status = ahead > band ? Status.AHEAD : ahead < -band ? Status.BEHIND : Status.ON_TRACK;
        }
        boolean warning = ind.attribute() == Enums.Attribute.BINDING
                && (status == Status.BEHIND || status == Status.FAR_BEHIND);
        return new Assessment(ind, status, base, target, latest, planned, rate, observed, required, valueProgress,
                timeProgress, warning);
    }

    private static OptionalDouble requiredFrom(Optional<YearValue> base, Optional<YearValue> target, int targetYear) {
        if (base.isEmpty() || target.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Growth.annualRate(base.get().value(), base.get().year(), target.get().value(), targetYear);
    }

    /** Whether {@code value} meets the target, honouring its comparison (> 85 is not met by exactly 85). */
    static boolean meets(double value, YearValue target, boolean lower) {
        Enums.Comparator c = target.comparator() == null ? Enums.Comparator.EQ : target.comparator();
        return switch (c) {
            case GT -> value > target.value();
            case LT -> value < target.value();
            case LE -> value <= target.value();
            case GE -> value >= target.value();
            case EQ -> lower ? value <= target.value() : value >= target.value();
        };
    }

    /** The planned path's value in a year: compound growth, or a straight line when the base is zero. */
    public static double plannedValue(YearValue base, YearValue target, int year) {
        OptionalDouble r = Growth.annualRate(base.value(), base.year(), target.value(), target.year());
        if (r.isPresent()) {
            return Growth.pathValue(base.value(), base.year(), r.getAsDouble(), year);
        }
        double span = target.year() - base.year();
        return base.value() + (target.value() - base.value()) * (year - base.year()) / span;
    }

    /** A point of a chart line. */
    public record Point(int year, double value) {
    }

    /** The planned path from the base to the target (empty when either is missing). */
    public List<Point> plannedPath() {
        List<Point> out = new ArrayList<>();
        if (base.isEmpty() || target.isEmpty() || target.get().year() <= base.get().year()) {
            return out;
        }
        for (int y = base.get().year(); y <= target.get().year(); y++) {
            out.add(new Point(y, plannedValue(base.get(), target.get(), y)));
        }
        return out;
    }

    /**
     * The path beyond the target year to {@code visionYear}: toward a target set for that year when there is one
     * ({@code extrapolated} false), otherwise continued at the plan rate ({@code extrapolated} true).
     */
    public record Continuation(List<Point> points, boolean extrapolated) {
    }

    public Continuation continuation(int visionYear) {
        List<Point> out = new ArrayList<>();
        if (target.isEmpty()) {
            return new Continuation(out, true);
        }
        YearValue from = target.get();
        Optional<YearValue> vision = indicator.target(visionYear);
        if (vision.isPresent() && visionYear > from.year()) {
            for (int y = from.year(); y <= visionYear; y++) {
                out.add(new Point(y, plannedValue(from, vision.get(), y)));
            }
            return new Continuation(out, false);
        }
        if (plannedRate.isEmpty()) {
            return new Continuation(out, true);
        }
        for (int y = from.year(); y <= visionYear; y++) {
            out.add(new Point(y, Growth.pathValue(from.value(), from.year(), plannedRate.getAsDouble(), y)));
        }
        return new Continuation(out, true);
    }

    /** The projection from the latest actual at the growth observed since the base, to {@code toYear}. */
    public List<Point> projection(int toYear) {
        List<Point> out = new ArrayList<>();
        if (latest.isEmpty() || observedRate.isEmpty()) {
            return out;
        }
        YearValue now = latest.get();
        for (int y = now.year(); y <= toYear; y++) {
            out.add(new Point(y, Growth.pathValue(now.value(), now.year(), observedRate.getAsDouble(), y)));
        }
        return out;
    }
}
