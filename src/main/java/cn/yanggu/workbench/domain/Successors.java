package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The next period of the plan (e.g. 2026–2030) made from the last: base year = the last period's end with its
 * actuals (a missing one flagged, to be set by hand — never guessed), a 2030 target proposed where the plan gives a
 * 2035 level (the growth rate needed from the 2025 actual to reach it, carried over the new period's years; a
 * cumulative indicator adds in equal steps), and the zones, chains, enterprises and unfinished projects carried over
 * by the kinds chosen.
 */
public final class Successors {
    private Successors() {
    }

    /** What the plan suggests for one indicator: its base, and a proposed target with the rate behind it. */
    public record Proposal(Indicator indicator, Optional<YearValue> base, Optional<YearValue> vision,
                           OptionalDouble target, OptionalDouble rate) {
    }

    /** The approved successor that follows the plan as issued, if any (the latest by its start year). */
    public static Optional<PlanVersion> approved(List<PlanVersion> versions) {
        return PlanVersions.approved(versions).stream().filter(PlanVersion::successor)
                .reduce((a, b) -> b);
    }

    /**
     * The plan period a year is judged in: the plan's own (2021–2025 from its 2020 base), or, from the first year of
     * an approved successor on, that successor's (2026–2030 from its 2025 base) — the latest such one starting by
     * {@code year}. A year after the last period's end with no successor approved stays in the last period (judged
     * against its targets, 数据截至 as before).
     */
    public record Period(int baseYear, int start, int end, Optional<PlanVersion> successor) {
        /** The frame of a judgement as of {@code asOf} in this period. */
        public Assessment.Frame frame(int asOf, double tolerance) {
            return new Assessment.Frame(baseYear, end, asOf, tolerance);
        }
    }

    /** The period {@code year} is judged in (see {@link Period}). */
    public static Period period(Plan plan, int year) {
        Optional<PlanVersion> next = PlanVersions.approved(plan.versions()).stream()
                .filter(v -> v.successor() && v.periodEnd() != null && v.fromYear() <= year).reduce((a, b) -> b);
        return next.map(v -> new Period(v.baseYear(), v.fromYear(), v.periodEnd(), next))
                .orElse(new Period(plan.info().baseYear(), plan.info().periodStart(), plan.info().periodEnd(),
                        Optional.empty()));
    }

    /** The period before {@code period} (the plan's own before the first successor), if there is one. */
    public static Optional<Period> previous(Plan plan, Period period) {
        return period.successor().isEmpty() ? Optional.empty() : Optional.of(period(plan, period.baseYear()));
    }

    /** The last year of the period a successor follows: the plan's end, or the last approved successor's. */
    public static int lastEnd(Plan plan) {
        return approved(plan.versions()).map(PlanVersion::periodEnd).orElse(plan.info().periodEnd());
    }

    /** Proposals for each judged indicator of the period ending {@code lastEnd}, in the plan's order. */
    public static List<Proposal> propose(Plan plan, int lastEnd, int periodEnd) {
        int visionYear = plan.info().visionYear();
        List<Proposal> out = new ArrayList<>();
        for (Indicator ind : plan.indicators()) {
            Indicator inForce = PlanVersions.targetsInForce(ind, plan.versions(), lastEnd);
            if (!Assessment.judged(inForce, plan.info().periodEnd())) {
                continue;
            }
            Optional<YearValue> base = Assessment.actuals(ind, lastEnd).stream()
                    .filter(v -> v.year() == lastEnd).findFirst();
            Optional<YearValue> vision = ind.target(visionYear);
            OptionalDouble target = OptionalDouble.empty();
            OptionalDouble rate = OptionalDouble.empty();
            if (base.isPresent() && vision.isPresent() && visionYear > lastEnd) {
                double b = base.get().value();
                double v = vision.get().value();
                double share = (double) (periodEnd - lastEnd) / (visionYear - lastEnd);
                if (ind.growthKind() == Enums.GrowthKind.CUMULATIVE) {
                    target = OptionalDouble.of(b + (v - b) * share);
                } else if (b > 0 && v > 0) {
                    double r = Math.pow(v / b, 1.0 / (visionYear - lastEnd)) - 1;
                    rate = OptionalDouble.of(r);
                    target = OptionalDouble.of(b * Math.pow(1 + r, periodEnd - lastEnd));
                }
            }
            out.add(new Proposal(ind, base, vision, target, rate));
        }
        return out;
    }

    /** The kinds of record a successor carries over, in the order they are offered. */
    public static final List<EntityKind> CARRIED_KINDS = List.of(EntityKind.ZONE, EntityKind.CHAIN,
            EntityKind.ENTERPRISE, EntityKind.PROJECT);

    /** The records of {@code kinds} carried over: every zone, chain and enterprise, and the projects not completed. */
    public static List<PlanVersion.Carried> carried(Plan plan, Set<EntityKind> kinds) {
        Set<PlanVersion.Carried> done = completed(plan);
        return offered(plan).stream().filter(c -> kinds.contains(c.kind()) && !done.contains(c)).toList();
    }

    /** The projects already completed: offered, but not chosen by default. */
    public static Set<PlanVersion.Carried> completed(Plan plan) {
        Set<PlanVersion.Carried> out = new java.util.HashSet<>();
        for (PlanRecord r : plan.records(EntityKind.PROJECT)) {
            if (r instanceof Project p && p.stage() == Enums.ProjectStage.COMPLETED) {
                out.add(new PlanVersion.Carried(EntityKind.PROJECT, r.code()));
            }
        }
        return out;
    }

    /** Every record a successor may carry over, kind by kind in the plan's order (completed projects too). */
    public static List<PlanVersion.Carried> offered(Plan plan) {
        List<PlanVersion.Carried> out = new ArrayList<>();
        for (EntityKind kind : CARRIED_KINDS) {
            for (PlanRecord r : plan.records(kind)) {
                out.add(new PlanVersion.Carried(kind, r.code()));
            }
        }
        return out;
    }

    /** The first of {@code chosen} the plan does not hold (to be named in the refusal); empty when it holds all. */
    public static java.util.Optional<PlanVersion.Carried> unknown(Plan plan, List<PlanVersion.Carried> chosen) {
        Set<PlanVersion.Carried> all = new java.util.HashSet<>(offered(plan));
        return chosen.stream().filter(c -> !all.contains(c)).findFirst();
    }

    /** {@code chosen} in the order they are offered, once each (records the plan does not hold left out). */
    public static List<PlanVersion.Carried> ordered(Plan plan, java.util.Collection<PlanVersion.Carried> chosen) {
        Set<PlanVersion.Carried> wanted = new java.util.HashSet<>(chosen);
        return offered(plan).stream().filter(wanted::contains).toList();
    }
}
