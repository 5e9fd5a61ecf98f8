package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Where an indicator stands as of a year: the one judgement every view and output prints (overview, charts, deck,
 * reports, spreadsheets). Only actuals up to {@link #asOfYear} count. Rates are fractions.
 *
 * <p>Statuses, in the vocabulary of China's plan evaluations:
 * <ul>
 * <li>提前实现 (ACHIEVED): the latest actual already meets the target (its comparison honoured: &gt;85 is not met by
 * 85).</li>
 * <li>快于预期 (AHEAD) / 基本符合预期 (ON_TRACK) / 滞后 (BEHIND): against the planned path at the latest actual's year,
 * with a relative tolerance (default ±5 %).</li>
 * <li>严重滞后 (FAR_BEHIND): moved away from the target since the path's start.</li>
 * <li>符合要求 / 未达要求 (DIRECTION_MET / DIRECTION_MISSED): a direction-only requirement ("进一步下降", no number),
 * judged against the previous year and the base year.</li>
 * <li>暂无可比数据 (NOT_COMPARABLE): values exist but there is nothing to judge them against (a direction-only
 * indicator with one value, or an indicator with no target).</li>
 * <li>尚无实际值 (NO_DATA): no actual up to the year.</li>
 * </ul>
 *
 * <p>The path's start ({@link #start}) is the base-year value; an indicator with a target but no base value (规上工业企业
 * ≥120家) starts from its first actual ({@link Basis#NO_BASE}). Cumulative indicators (累计) add: paths and projections
 * are straight lines, never compounded.
 */
public record Assessment(Indicator indicator, int asOfYear, Basis basis, Status status, Optional<YearValue> base,
                         Optional<YearValue> start, Optional<YearValue> target, Optional<YearValue> latest,
                         Optional<YearValue> previous, OptionalDouble plannedAtLatest, OptionalDouble plannedRate,
                         OptionalDouble observedRate, OptionalDouble requiredRate, OptionalDouble valueProgress,
                         double timeProgress, boolean bindingWarning) {

    /** The status words of China's plan evaluations. */
    public enum Status {
        ACHIEVED, AHEAD, ON_TRACK, BEHIND, FAR_BEHIND, DIRECTION_MET, DIRECTION_MISSED, NOT_COMPARABLE, NO_DATA;

        /** Behind the plan: 滞后, 严重滞后 or 未达要求. */
        public boolean lagging() {
            return this == BEHIND || this == FAR_BEHIND || this == DIRECTION_MISSED;
        }

        /** The requirement is met: 提前实现 or 符合要求. */
        public boolean met() {
            return this == ACHIEVED || this == DIRECTION_MET;
        }

        /** A judgement was made on data (not 尚无实际值 / 暂无可比数据). */
        public boolean judged() {
            return this != NO_DATA && this != NOT_COMPARABLE;
        }
    }

    /** What the indicator is judged against. */
    public enum Basis {
        /** A base-year value and a target: the planned path between them. */
        PATH,
        /** A target but no base value: the path from the first actual to the target. */
        NO_BASE,
        /** A direction only (进一步下降 / 持续降低), no number. */
        DIRECTION,
        /** No target: a statistic the plan records, not judged. */
        NONE
    }

    /**
     * The final evaluation's verdict on a target: 已实现, 未实现 (the evaluation year's data exist and miss it), 暂未实现
     * (the data end before the evaluation year, so it cannot yet be said), 已提前实现 (met on the data of an earlier
     * year; whether it still holds in the evaluation year needs that year's data), 尚无实际值.
     */
    public enum Verdict { ACHIEVED, ACHIEVED_EARLIER, NOT_ACHIEVED, NOT_YET, NO_DATA }

    public static final double DEFAULT_TOLERANCE = 0.05;

    /** A required growth above this multiple of the plan's own rate puts a target at risk (中期评估). */
    public static final double AT_RISK_FACTOR = 1.5;

    /**
     * The frame of a judgement: the plan's base year and end year, the year judged (only actuals up to it count) and
     * the tolerance around the planned path.
     */
    public record Frame(int baseYear, int endYear, int asOfYear, double tolerance) {
        public static Frame of(PlanInfo info, int asOfYear, double tolerance) {
            return new Frame(info.baseYear(), info.periodEnd(), asOfYear, tolerance);
        }
    }

    /** Whether the indicator is judged at all: it has a target for {@code endYear}, or a direction-only requirement. */
    public static boolean judged(Indicator ind, int endYear) {
        return ind.target(endYear).isPresent() || ind.growthKind() == Enums.GrowthKind.DIRECTION;
    }

    /** The latest actual: the last year that has one, in its best vintage (年报 over 快报 over 预计). */
    public static Optional<YearValue> latestActual(Indicator ind) {
        return latestActual(ind, Integer.MAX_VALUE);
    }

    /** The latest actual up to {@code year}, in its best vintage. */
    public static Optional<YearValue> latestActual(Indicator ind, int year) {
        return actuals(ind, year).stream().reduce((a, b) -> b);
    }

    /** The actuals up to {@code year}, one per year in its best vintage, oldest first. */
    public static List<YearValue> actuals(Indicator ind, int year) {
        List<YearValue> out = new ArrayList<>();
        ind.values().stream().filter(v -> v.kind() == Enums.ValueKind.ACTUAL && v.year() <= year)
                .sorted(Comparator.comparingInt(YearValue::year)
                        .thenComparingInt(v -> v.vintage() == null ? -1 : v.vintage().ordinal()))
                .forEach(v -> {
                    if (!out.isEmpty() && out.get(out.size() - 1).year() == v.year()) {
                        out.set(out.size() - 1, v);
                    } else {
                        out.add(v);
                    }
                });
        return out;
    }

    /** The latest year up to {@code upTo} in which any of the indicators has an actual (the data's 截至 year). */
    public static OptionalInt dataYear(List<Indicator> indicators, int upTo) {
        return indicators.stream().flatMap(i -> i.values().stream())
                .filter(v -> v.kind() == Enums.ValueKind.ACTUAL && v.year() <= upTo)
                .mapToInt(YearValue::year).max();
    }

    /** Assesses {@code ind} against its target with all its actuals (as of its latest actual). */
    public static Assessment of(Indicator ind, int targetYear, double tolerance) {
        int baseYear = ind.baseline().map(YearValue::year).orElse(targetYear - 5);
        int asOf = latestActual(ind).map(YearValue::year).orElse(baseYear);
        return of(ind, new Frame(baseYear, targetYear, asOf, tolerance));
    }

    /** Assesses {@code ind} as of {@code frame.asOfYear()}: later actuals are left out. */
    public static Assessment of(Indicator ind, Frame frame) {
        int end = frame.endYear();
        int asOf = frame.asOfYear();
        boolean lower = ind.direction() == Enums.Direction.LOWER;
        boolean additive = ind.growthKind() == Enums.GrowthKind.CUMULATIVE;
        List<YearValue> actuals = actuals(ind, asOf);
        Optional<YearValue> base = ind.baseline();
        Optional<YearValue> target = ind.target(end);
        Optional<YearValue> latest = actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(actuals.size() - 1));
        Optional<YearValue> previous = latest.flatMap(l -> actuals.stream().filter(v -> v.year() == l.year() - 1)
                .findFirst());
        Basis basis;
        if (ind.growthKind() == Enums.GrowthKind.DIRECTION) {
            basis = Basis.DIRECTION;
        } else if (target.isEmpty()) {
            basis = Basis.NONE;
        } else if (base.isPresent()) {
            basis = Basis.PATH;
        } else {
            basis = Basis.NO_BASE;
        }
        Optional<YearValue> start = basis == Basis.NO_BASE || base.isEmpty()
                ? (actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(0))) : base;
        double timeProgress = end > frame.baseYear()
                ? clamp((asOf - frame.baseYear()) / (double) (end - frame.baseYear())) : 0;

        OptionalDouble rate = OptionalDouble.empty();
        if (basis == Basis.PATH) {
            rate = additive ? linearRate(base.get(), target.get())
                    : Growth.annualRate(base.get().value(), base.get().year(), target.get().value(), end);
        }
        if (latest.isEmpty()) {
            OptionalDouble required = basis == Basis.PATH ? rate : OptionalDouble.empty();
            return new Assessment(ind, asOf, basis, Status.NO_DATA, base, start, target, latest, previous,
                    OptionalDouble.empty(), rate, OptionalDouble.empty(), required, OptionalDouble.empty(),
                    timeProgress, false);
        }
        YearValue now = latest.get();
        OptionalDouble observed = OptionalDouble.empty();
        if (start.isPresent() && now.year() > start.get().year()) {
            observed = additive ? linearRate(start.get(), now)
                    : Growth.annualRate(start.get().value(), start.get().year(), now.value(), now.year());
        }
        OptionalDouble planned = OptionalDouble.empty();
        OptionalDouble required = OptionalDouble.empty();
        OptionalDouble valueProgress = OptionalDouble.empty();
        if (target.isPresent() && (basis == Basis.PATH || basis == Basis.NO_BASE)) {
            YearValue from = start.orElseThrow();
            if (target.get().year() > from.year()) {
                planned = OptionalDouble.of(pathValue(from, target.get(), now.year(), additive));
            }
            if (end > now.year()) {
                required = additive ? linearRate(now, target.get())
                        : Growth.annualRate(now.value(), now.year(), target.get().value(), end);
            }
            if (basis == Basis.PATH && target.get().value() != base.get().value()) {
                valueProgress = OptionalDouble.of((now.value() - base.get().value())
                        / (target.get().value() - base.get().value()));
            } else if (basis == Basis.NO_BASE && target.get().value() != 0 && now.value() != 0) {
                valueProgress = OptionalDouble.of(lower ? target.get().value() / now.value()
                        : now.value() / target.get().value());
            }
        }

        Status status;
        if (basis == Basis.DIRECTION) {
            status = direction(ind, now, previous, lower);
        } else if (basis == Basis.NONE) {
            status = Status.NOT_COMPARABLE;
        } else if (meets(now.value(), target.get(), lower)) {
            status = Status.ACHIEVED;
        } else if (start.isPresent() && now.year() > start.get().year()
                && (lower ? now.value() > start.get().value() : now.value() < start.get().value())) {
            status = Status.FAR_BEHIND;
        } else if (planned.isEmpty()) {
            status = Status.ON_TRACK;
        } else {
            double p = planned.getAsDouble();
            double ahead = lower ? p - now.value() : now.value() - p;
            double band = Math.abs(p) * frame.tolerance();
            status = ahead > band ? Status.AHEAD : ahead < -band ? Status.BEHIND : Status.ON_TRACK;
        }
        boolean warning = ind.attribute() == Enums.Attribute.BINDING && status.lagging();
        return new Assessment(ind, asOf, basis, status, base, start, target, latest, previous, planned, rate,
                observed, required, valueProgress, timeProgress, warning);
    }

    /** 进一步下降 / 持续降低: below the previous year and below the base year's value, where those exist. */
    private static Status direction(Indicator ind, YearValue now, Optional<YearValue> previous, boolean lower) {
        Optional<Double> baseValue = ind.baseline().filter(b -> b.year() < now.year()).map(YearValue::value)
                .or(() -> ind.values().stream().filter(v -> v.kind() == Enums.ValueKind.ACTUAL
                        && v.year() < now.year()).min(Comparator.comparingInt(YearValue::year)
                        .thenComparing(v -> -(v.vintage() == null ? -1 : v.vintage().ordinal())))
                        .filter(v -> previous.isEmpty() || v.year() < previous.get().year())
                        .map(YearValue::value));
        if (previous.isEmpty() && baseValue.isEmpty()) {
            return Status.NOT_COMPARABLE;
        }
        boolean ok = previous.map(p -> better(now.value(), p.value(), lower)).orElse(true)
                && baseValue.map(b -> better(now.value(), b, lower)).orElse(true);
        return ok ? Status.DIRECTION_MET : Status.DIRECTION_MISSED;
    }

    private static boolean better(double now, double before, boolean lower) {
        return lower ? now < before : now > before;
    }

    private static double clamp(double v) {
        return Math.min(1.0, Math.max(0.0, v));
    }

    /** The yearly increment of a straight line between two values (a 累计 indicator's "rate"). */
    private static OptionalDouble linearRate(YearValue from, YearValue to) {
        int years = to.year() - from.year();
        return years <= 0 ? OptionalDouble.empty() : OptionalDouble.of((to.value() - from.value()) / years);
    }

    /** Whether this indicator adds up (累计): its rates are yearly increments in its unit, not fractions. */
    public boolean additive() {
        return indicator.growthKind() == Enums.GrowthKind.CUMULATIVE;
    }

    /** The latest actual is older than the year judged (every output then says 数据截至 that year). */
    public boolean stale() {
        return latest.map(l -> l.year() < asOfYear).orElse(false);
    }

    /** The required growth is above {@link #AT_RISK_FACTOR} times the plan's own rate (中期评估: 目标实现存在风险). */
    public boolean atRisk() {
        if (status.met() || requiredRate.isEmpty()) {
            return false;
        }
        OptionalDouble plan = indicator.statedRate() != null && !additive()
                ? OptionalDouble.of(indicator.statedRate() / 100.0) : plannedRate;
        if (plan.isEmpty() || plan.getAsDouble() <= 0) {
            return status.lagging();
        }
        return requiredRate.getAsDouble() > AT_RISK_FACTOR * plan.getAsDouble();
    }

    /**
     * The latest actual sits exactly on a strict target's bound (85 against "&gt;85") — not met, and nothing left to
     * grow by: the outputs say so instead of "尚差0" or "尚需年均增长0.0%".
     */
    public boolean atBound() {
        return target.isPresent() && latest.isPresent() && !status.met()
                && Math.abs(latest.get().value() - target.get().value()) <= 1e-9 * Math.max(1, Math.abs(target.get().value()));
    }

    /** The final evaluation's verdict as of {@link #asOfYear}. */
    public Verdict verdict() {
        if (latest.isEmpty() || !status.judged()) {
            return Verdict.NO_DATA;
        }
        if (status.met()) {
            return stale() ? (status == Status.ACHIEVED ? Verdict.ACHIEVED_EARLIER : Verdict.NOT_YET)
                    : Verdict.ACHIEVED;
        }
        return stale() ? Verdict.NOT_YET : Verdict.NOT_ACHIEVED;
    }

    /** The change from the previous year's actual (比上年), in the indicator's unit. */
    public OptionalDouble changeFromPrevious() {
        if (latest.isEmpty() || previous.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(latest.get().value() - previous.get().value());
    }

    /** The relative change from the previous year (比上年增长), or empty when the previous value is zero. */
    public OptionalDouble relativeChangeFromPrevious() {
        if (latest.isEmpty() || previous.isEmpty() || previous.get().value() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(latest.get().value() / previous.get().value() - 1);
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
        return pathValue(base, target, year, false);
    }

    private static double pathValue(YearValue from, YearValue to, int year, boolean additive) {
        OptionalDouble r = additive ? OptionalDouble.empty()
                : Growth.annualRate(from.value(), from.year(), to.value(), to.year());
        if (r.isPresent()) {
            return Growth.pathValue(from.value(), from.year(), r.getAsDouble(), year);
        }
        double span = to.year() - from.year();
        return from.value() + (to.value() - from.value()) * (year - from.year()) / span;
    }

    /** A point of a chart line. */
    public record Point(int year, double value) {
    }

    /**
     * The planned path from its start to the target: from the base value, or for an indicator with no base from its
     * first actual (empty when there is no target, or nothing to start from).
     */
    public List<Point> plannedPath() {
        List<Point> out = new ArrayList<>();
        if (start.isEmpty() || target.isEmpty() || target.get().year() <= start.get().year()
                || basis == Basis.DIRECTION || basis == Basis.NONE) {
            return out;
        }
        for (int y = start.get().year(); y <= target.get().year(); y++) {
            out.add(new Point(y, y == target.get().year() ? target.get().value()
                    : pathValue(start.get(), target.get(), y, additive())));
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
                out.add(new Point(y, pathValue(from, vision.get(), y, additive())));
            }
            return new Continuation(out, false);
        }
        if (plannedRate.isEmpty()) {
            return new Continuation(out, true);
        }
        for (int y = from.year(); y <= visionYear; y++) {
            out.add(new Point(y, step(from.value(), from.year(), plannedRate.getAsDouble(), y)));
        }
        return new Continuation(out, true);
    }

    /**
     * The projection from the latest actual at the pace observed since the path's start, to {@code toYear}: empty when
     * the pace rests on a single point (one actual and no base value).
     */
    public List<Point> projection(int toYear) {
        List<Point> out = new ArrayList<>();
        if (latest.isEmpty() || observedRate.isEmpty()) {
            return out;
        }
        YearValue now = latest.get();
        for (int y = now.year(); y <= toYear; y++) {
            out.add(new Point(y, step(now.value(), now.year(), observedRate.getAsDouble(), y)));
        }
        return out;
    }

    /** A value carried from {@code year0} at {@code rate}: compounded, or added for a 累计 indicator. */
    private double step(double value, int year0, double rate, int year) {
        return additive() ? value + rate * (year - year0) : Growth.pathValue(value, year0, rate, year);
    }
}
