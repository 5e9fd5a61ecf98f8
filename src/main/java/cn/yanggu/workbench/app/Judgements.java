package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Figures;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersions;
import cn.yanggu.workbench.domain.Successors;
import cn.yanggu.workbench.domain.YearValue;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The one place where the plan's judgements are made and worded for every output: which indicators are judged, as
 * of which year, and the phrases that go with a judgement (value with year and vintage, target with its comparator,
 * progress, gap, growth still required). The overview, the charts, the deck, the reports and the spreadsheets all
 * print these, so the same indicator and year read the same everywhere.
 */
public final class Judgements {
    private final I18n t;

    public Judgements(I18n t) {
        this.t = t;
    }

    /** The year the data run to: the latest year with any actual (the base year when there is none). */
    public static int dataYear(Plan plan) {
        return Assessment.dataYear(plan.indicators(), Integer.MAX_VALUE).orElse(plan.info().baseYear());
    }

    /** The latest year with any actual up to {@code year}, if any. */
    public static java.util.OptionalInt dataYear(Plan plan, int year) {
        return Assessment.dataYear(plan.indicators(), year);
    }

    /**
     * The frame of the plan's judgements as of {@code year}: in the plan's period (2020 base, 2025 end), or from the
     * first year of an approved successor on in its period (2025 base, 2030 end).
     */
    public static Assessment.Frame frame(Plan plan, int year, double tolerance) {
        return period(plan, year).frame(year, tolerance);
    }

    /** The plan period {@code year} is judged in: the plan's own or an approved successor's. */
    public static Successors.Period period(Plan plan, int year) {
        return Successors.period(plan, year);
    }

    /** The judged indicators (a target for the period's end, or a direction-only requirement), in the plan's order. */
    public static List<Indicator> judged(Plan plan) {
        return judged(plan, plan.info().periodEnd());
    }

    private static List<Indicator> judged(Plan plan, int end) {
        return plan.indicators().stream().filter(i -> Assessment.judged(i, end)).toList();
    }

    /**
     * Every judged indicator assessed as of {@code year}, against the targets of the version in force then — in a
     * successor's period those it sets for its end (2030), from its base year.
     */
    public static List<Assessment> assess(Plan plan, int year, double tolerance) {
        Assessment.Frame f = frame(plan, year, tolerance);
        return judged(plan.inForce(year), f.endYear()).stream().map(i -> Assessment.of(i, f)).toList();
    }

    /**
     * Lagging first, the order a meeting takes them in: 严重滞后, 滞后, 未达要求, then 基本符合预期, 快于预期, 提前实现,
     * 符合要求, and last 暂无可比数据, 尚无实际值. Sorting with it is stable, so equals keep the plan's order.
     */
    public static final java.util.Comparator<Assessment> LAGGING_FIRST =
            java.util.Comparator.comparingInt(a -> urgency(a.status()));

    private static int urgency(Assessment.Status s) {
        return switch (s) {
            case FAR_BEHIND -> 0;
            case BEHIND -> 1;
            case DIRECTION_MISSED -> 2;
            case ON_TRACK -> 3;
            case AHEAD -> 4;
            case ACHIEVED -> 5;
            case DIRECTION_MET -> 6;
            case NOT_COMPARABLE -> 7;
            case NO_DATA -> 8;
        };
    }

    /** One indicator assessed as of {@code year}, against its targets in the version in force then. */
    public static Assessment assess(Plan plan, Indicator ind, int year, double tolerance) {
        return Assessment.of(inForce(plan, ind, year), frame(plan, year, tolerance));
    }

    /** {@code ind} with its targets as the version in force for {@code year} sets them. */
    public static Indicator inForce(Plan plan, Indicator ind, int year) {
        return PlanVersions.targetsInForce(ind, plan.versions(), year);
    }

    /**
     * The plan's own (版本1) target of the year {@code target} is for, when the version in force changed it: what the
     * reports and the deck put beside an adjusted target ("6.1（原7.3）"); empty for a target as issued.
     */
    public static java.util.Optional<YearValue> originalTarget(Plan plan, Indicator ind, YearValue target) {
        return plan.indicator(ind.code())
                .flatMap(i -> i.target(target.year())).filter(o -> !o.equals(target));
    }

    /**
     * One indicator assessed as of {@code year} against the targets {@code version} sets (a draft's too, for 版本对比);
     * null: against the plan as issued.
     */
    public static Assessment assessAgainst(Plan plan, Indicator ind, cn.yanggu.workbench.domain.PlanVersion version,
                                           int year, double tolerance) {
        Indicator against = version == null ? ind : PlanVersions.targetsOf(ind, plan.versions(), version);
        return Assessment.of(against, frame(plan, year, tolerance));
    }

    /** The number of the version in force for {@code year} (1: the plan as issued). */
    public static int versionInForce(Plan plan, int year) {
        return PlanVersions.numberInForce(plan.versions(), year);
    }

    // ------------------------------------------------------------------ words

    public String status(Assessment a) {
        return Words.status(t, a.status());
    }

    public String verdict(Assessment a) {
        return Words.verdict(t, a.verdict());
    }

    /** The unit an indicator is shown in (亿元 for large 万元 values). */
    public static String unit(Indicator ind) {
        return Figures.displayUnit(ind).unit();
    }

    /** A recorded value with its display unit: "108家", "158亿元". */
    public String value(Indicator ind, double stored) {
        return Figures.recorded(ind, stored) + unit(ind);
    }

    /** A computed value (path, projection) with its display unit, to the indicator's precision. */
    public String computed(Indicator ind, double stored) {
        return Figures.computed(ind, stored) + unit(ind);
    }

    /** The target with its comparator and unit, to the indicator's precision: "≥120家", ">85%", "63.6万吨". */
    public String target(Indicator ind, YearValue target) {
        return sign(target) + computed(ind, target.value());
    }

    /**
     * What the plan asks of an indicator by the end of the period: its target with comparator and unit ("≥120家"),
     * or for a direction-only requirement 持续下降 / 持续提高; "—" when neither.
     */
    public String requirement(Assessment a) {
        Indicator ind = a.indicator();
        if (a.target().isPresent()) {
            return target(ind, a.target().get());
        }
        if (a.basis() == Assessment.Basis.DIRECTION) {
            return t.get(ind.direction() == Enums.Direction.LOWER ? "judgement.requirementLower"
                    : "judgement.requirementHigher");
        }
        return "—";
    }

    /** The comparator people write before a target (≥, >, …), nothing for "=". */
    public static String sign(YearValue v) {
        return v.comparator() == null || v.comparator() == Enums.Comparator.EQ ? "" : v.comparator().sign();
    }

    /** The latest value with year and vintage: "108家（2023年，快报）". */
    public String latest(Assessment a) {
        return a.latest().map(l -> value(a.indicator(), l.value()) + "（" + t.get("judgement.yearVintage", l.year(),
                vintage(l.vintage())) + "）").orElse(t.get("status.noData"));
    }

    public String vintage(Enums.Vintage v) {
        return v == null ? t.get("report.doc.vintageUnknown") : Words.vintage(t, v);
    }

    /** Progress toward the target, "84.2%", or empty. */
    public String progress(Assessment a) {
        return a.valueProgress().isPresent() ? percent(a.valueProgress().getAsDouble()) : "";
    }

    /**
     * The distance still to go to the target from the latest actual: "尚差12家", "尚差3.8个百分点" (a gap between
     * percentages is in percentage points); empty when met or without a target or actual.
     */
    public String gap(Assessment a) {
        if (a.target().isEmpty() || a.latest().isEmpty() || a.status().met()) {
            return "";
        }
        if (a.atBound()) {
            return t.get("judgement.atBound");
        }
        Indicator ind = a.indicator();
        double gap = Math.abs(a.target().get().value() - a.latest().get().value());
        String amount = "%".equals(ind.unit()) ? t.get("judgement.points", Figures.trimmed(gap, Figures.decimals(ind)))
                : computed(ind, gap);
        return t.get("judgement.gap", amount);
    }

    /**
     * The growth still required each year to reach the target from the latest actual: "尚需年均增长15.2%", for a
     * cumulative indicator "尚需年均增加2.3亿元"; empty when met, when no actual or nothing is left to grow.
     */
    public String required(Assessment a) {
        OptionalDouble r = a.requiredRate();
        if (r.isEmpty() || a.latest().isEmpty() || a.status().met()) {
            return "";
        }
        if (a.atBound()) {
            return t.get("judgement.atBound");
        }
        if (a.additive()) {
            return t.get("judgement.requiredIncrement", computed(a.indicator(), r.getAsDouble()));
        }
        return t.get(r.getAsDouble() < 0 ? "judgement.requiredFall" : "judgement.required",
                percent(Math.abs(r.getAsDouble())));
    }

    /** The plan's own yearly rate (stated, or computed from base and target), "9.2%", or empty. */
    public String planRate(Assessment a) {
        Indicator ind = a.indicator();
        if (ind.statedRate() != null && !a.additive()) {
            return Figures.format(ind.statedRate(), 1) + "%";
        }
        if (a.plannedRate().isPresent() && !a.additive()) {
            return percent(a.plannedRate().getAsDouble());
        }
        return "";
    }

    /** The change from the previous year: "比上年增长5.2%" / "比上年下降3.1%" / "比上年增加2个百分点"; empty without both. */
    public String changeFromPrevious(Assessment a) {
        OptionalDouble d = a.changeFromPrevious();
        if (d.isEmpty()) {
            return "";
        }
        Indicator ind = a.indicator();
        double diff = d.getAsDouble();
        if (diff == 0) {
            return t.get("judgement.changeSame");
        }
        if ("%".equals(ind.unit())) {
            return t.get(diff > 0 ? "judgement.changeUpPoints" : "judgement.changeDownPoints",
                    Figures.trimmed(Math.abs(diff), Figures.decimals(ind)));
        }
        if (Figures.countUnit(ind.unit())) {
            return t.get(diff > 0 ? "judgement.changeUpBy" : "judgement.changeDownBy",
                    computed(ind, Math.abs(diff)));
        }
        OptionalDouble rel = a.relativeChangeFromPrevious();
        if (rel.isEmpty()) {
            return t.get(diff > 0 ? "judgement.changeUpBy" : "judgement.changeDownBy", computed(ind, Math.abs(diff)));
        }
        return t.get(diff > 0 ? "judgement.changeUp" : "judgement.changeDown", percent(Math.abs(rel.getAsDouble())));
    }

    /** The hover or note text on what the judgement rests on (无基期值, 方向性要求, 累计, 数据截至). */
    public String basis(Assessment a) {
        return Words.basis(t, a);
    }

    /** "状态：滞后 · 2023年 5.5万元/亩（预计）· 2025年目标 7.3万元/亩 · 尚需年均增长 15.2%" — charts, deck, overview. */
    public String statusLine(Assessment a) {
        StringBuilder b = new StringBuilder(t.get("chart.status", status(a)));
        a.latest().ifPresent(l -> b.append(" · ").append(t.get("chart.latest", l.year(),
                value(a.indicator(), l.value()), vintage(l.vintage()))));
        a.target().ifPresent(tg -> b.append(" · ").append(t.get("chart.targetValue", tg.year(),
                target(a.indicator(), tg))));
        String required = required(a);
        if (!required.isEmpty()) {
            b.append(" · ").append(required);
        }
        if (a.bindingWarning()) {
            b.append(" · ").append(t.get("chart.bindingWarning"));
        }
        return b.toString();
    }

    /**
     * The final evaluation's line: "状态：暂未实现 · 2023年 5.2万元/亩（快报）· 2025年目标 7.3万元/亩" —
     * the verdict instead of the path status, no growth still required (数据截至 is in {@link #basis}).
     */
    public String verdictLine(Assessment a) {
        String word = a.basis() == Assessment.Basis.DIRECTION ? status(a) : verdict(a);
        StringBuilder b = new StringBuilder(t.get("chart.status", word));
        a.latest().ifPresent(l -> b.append(" · ").append(t.get("chart.latest", l.year(),
                value(a.indicator(), l.value()), vintage(l.vintage()))));
        a.target().ifPresent(tg -> b.append(" · ").append(t.get("chart.targetValue", tg.year(),
                target(a.indicator(), tg))));
        return b.toString();
    }

    /** A fraction as a percentage with one decimal: "15.2%". */
    public static String percent(double fraction) {
        return Figures.format(fraction * 100, 1) + "%";
    }
}
