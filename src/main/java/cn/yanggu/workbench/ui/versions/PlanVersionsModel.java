package cn.yanggu.workbench.ui.versions;

import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.versions.VersionText;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.PlanVersions;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.YearValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the 版本 view shows, without the window: the versions (version 1, the plan as issued, first), 版本对比 — each
 * judged indicator's target in every version side by side, and its status against each as of the data year — and
 * a draft's targets as typed (parsed in the indicator's unit, refused with a message naming the indicator).
 */
public final class PlanVersionsModel {
    private final I18n t;
    private final VersionText text;
    private final Judgements words;

    public PlanVersionsModel(I18n t) {
        this.t = t;
        this.text = new VersionText(t);
        this.words = new Judgements(t);
    }

    public VersionText text() {
        return text;
    }

    /** A row of the versions list; {@code version} is null for version 1. */
    public record Row(int number, String name, String status, String fromYear, String document, String changes,
                      String inForce, PlanVersion version) {
        public String searchable() {
            return String.join(" ", name, status, fromYear, document, changes, inForce);
        }
    }

    /** The versions, version 1 first; the one in force for the data year is marked. */
    public List<Row> rows(Plan plan) {
        int dataYear = Judgements.dataYear(plan);
        int inForce = Judgements.versionInForce(plan, dataYear);
        List<Row> out = new ArrayList<>();
        out.add(new Row(PlanVersion.ORIGINAL, text.name(plan, PlanVersion.ORIGINAL),
                t.get("versions.issued"), String.valueOf(plan.info().periodStart()),
                plan.info().documentNumber() + (plan.info().issuedOn() == null ? "" : " · " + plan.info().issuedOn()),
                t.get("versions.originalChanges"), inForce == PlanVersion.ORIGINAL ? t.get("versions.inForceMark",
                dataYear) : "", null));
        for (PlanVersion v : plan.versions()) {
            out.add(new Row(v.number(), text.name(v), text.status(v), String.valueOf(v.fromYear()), text.document(v),
                    v.successor() ? t.get("versions.successorChanges", v.periodEnd(), v.targets().size(),
                    v.carried().size()) + others(v) : t.get("versions.changes", v.targets().size()) + others(v),
                    inForce == v.number()
                    ? t.get("versions.inForceMark", dataYear) : "", v));
        }
        return out;
    }

    /** "，入园门槛 1 项，重点项目 2 项" when a version changes those too. */
    private String others(PlanVersion v) {
        return v.thresholds().isEmpty() && v.projects().isEmpty() && v.zones().isEmpty() ? ""
                : t.get("versions.changesOther", v.thresholds().size(), v.projects().size())
                + (v.zones().isEmpty() ? "" : t.get("versions.changesZones", v.zones().size()));
    }

    /** A column of 版本对比: a version (null: the plan as issued) and its header. */
    public record Column(PlanVersion version, String header) {
    }

    public List<Column> columns(Plan plan) {
        List<Column> out = new ArrayList<>();
        out.add(new Column(null, t.get("versions.columnOriginal")));
        for (PlanVersion v : plan.versions()) {
            out.add(new Column(v, v.successor() ? t.get("versions.columnSuccessor", v.number(), text.status(v),
                    v.periodEnd()) : t.get("versions.column", v.number(), text.status(v), v.fromYear())));
        }
        return out;
    }

    /** One indicator in 版本对比: its target and status in each column's version, and the latest actual. */
    public record Compared(Indicator indicator, String name, String latest, List<String> targets,
                           List<String> statuses, boolean changed) {
        public String searchable() {
            return String.join(" ", name, latest, String.join(" ", targets), String.join(" ", statuses));
        }

        /** An admission standard or a key project (no indicator, no judgement). */
        public boolean other() {
            return indicator == null;
        }
    }

    /**
     * The judged indicators with a target for the period's end, each version's target and the status against it as
     * of the data year; the indicators some version changes first.
     */
    public List<Compared> comparison(Plan plan, double tolerance) {
        int dataYear = Judgements.dataYear(plan);
        int end = plan.info().periodEnd();
        // the first period's versions are compared as of its end at the latest (a later year is the successor's)
        int year = Math.min(dataYear, end);
        List<Column> columns = columns(plan);
        List<Compared> changed = new ArrayList<>();
        List<Compared> same = new ArrayList<>();
        for (Indicator ind : Judgements.judged(plan)) {
            List<String> targets = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            boolean differs = false;
            Assessment first = null;
            for (Column c : columns) {
                if (c.version() != null && c.version().successor()) {
                    PlanVersion sv = c.version();
                    targets.add(sv.target(ind.code(), sv.periodEnd()).map(x -> text.target(plan, x))
                            .orElse(t.get("successor.targetOpen")));
                    String base = sv.base(ind.code()).map(b -> b.value() == null ? t.get("successor.baseMissing")
                            : t.get(b.byHand() ? "successor.baseByHand" : "successor.base", sv.baseYear(),
                            words.value(ind, b.value()))).orElse("—");
                    // in force for the data year: judged against it, as every other view judges that year
                    boolean judged = Judgements.versionInForce(plan, dataYear) == sv.number()
                            && sv.target(ind.code(), sv.periodEnd()).isPresent();
                    statuses.add(judged ? words.status(Judgements.assess(plan, ind, dataYear, tolerance)) + " · "
                            + base : base);
                    continue;
                }
                Assessment a = Judgements.assessAgainst(plan, ind, c.version(), year, tolerance);
                first = first == null ? a : first;
                YearValue tg = a.target().orElse(null);
                targets.add(tg == null ? words.requirement(a) : words.target(ind, tg));
                statuses.add(words.status(a));
                differs |= c.version() != null && c.version().target(ind.code(), end).isPresent();
            }
            Compared row = new Compared(ind, ind.name() + (Judgements.unit(ind).isEmpty() ? ""
                    : "（" + Judgements.unit(ind) + "）"), words.latest(first), targets, statuses, differs);
            (differs ? changed : same).add(row);
        }
        changed.addAll(others(plan, columns));
        changed.addAll(same);
        return changed;
    }

    /**
     * The admission standards and key projects some version changes, side by side with the indicators: each
     * column's standard ("&gt;320 万元/亩（2024年起）", "—" where the version leaves it) or what it does with the project
     * (列入 / 未列入 as issued, 新增 / 调出 by a version); no actual or status.
     */
    private List<Compared> others(Plan plan, List<Column> columns) {
        List<Compared> out = new ArrayList<>();
        List<String> none = columns.stream().map(c -> "").toList();
        for (cn.yanggu.workbench.domain.Threshold th : plan.thresholds()) {
            if (plan.versions().stream().noneMatch(v -> v.threshold(th.code()).isPresent())) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                if (c.version() == null) {
                    cells.add(th.inForce(plan.info().periodStart()).or(th::latest)
                            .map(x -> VersionText.standard(th, x.value())).orElse("—"));
                } else {
                    PlanVersion v = c.version();
                    cells.add(v.threshold(th.code()).map(x -> t.get("versions.standardFrom",
                            VersionText.standard(th, x.value()), v.fromYear())).orElse("—"));
                }
            }
            out.add(new Compared(null, t.get("versions.rowThreshold", th.name()), "", cells, none, true));
        }
        for (cn.yanggu.workbench.domain.Project p : plan.projects()) {
            if (plan.versions().stream().noneMatch(v -> v.project(p.code()).isPresent())) {
                continue;
            }
            boolean added = plan.versions().stream().anyMatch(v -> v.project(p.code())
                    .filter(x -> x.action() == PlanVersion.ProjectAction.ADD).isPresent());
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(c.version() == null ? t.get(added ? "versions.projectNotListed" : "versions.projectListed")
                        : c.version().project(p.code()).map(x -> t.get(x.action() == PlanVersion.ProjectAction.ADD
                        ? "versions.projectAdded" : "versions.projectDropped", c.version().fromYear())).orElse("—"));
            }
            out.add(new Compared(null, t.get("versions.rowProject", p.name()), "", cells, none, true));
        }
        for (cn.yanggu.workbench.domain.Zone z : plan.zones()) {
            if (plan.versions().stream().noneMatch(v -> v.zone(z.code()).isPresent())) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(c.version() == null ? area(z.areaKm2()) : c.version().zone(z.code())
                        .map(x -> t.get("versions.standardFrom", x.areaKm2() == null ? t.get("versions.zoneBoundary")
                                : area(x.areaKm2()), c.version().fromYear())).orElse("—"));
            }
            out.add(new Compared(null, t.get("version.compare.zone", z.name()), "", cells, none, true));
        }
        return out;
    }

    /**
     * The indicators a draft may set a target for: an adjustment, those with a target for the period's end; a
     * successor, every judged indicator.
     */
    public List<Indicator> adjustable(Plan plan, PlanVersion v) {
        if (v.successor()) {
            return Judgements.judged(plan);
        }
        int end = plan.info().periodEnd();
        return plan.indicators().stream().filter(i -> i.target(end).isPresent()).toList();
    }

    /** The year a draft's targets are for: the period's end, or the successor's. */
    public static int targetYear(Plan plan, PlanVersion v) {
        return v.targetYear(plan);
    }

    /** A successor's base of an indicator in words, flagged when missing. */
    public String base(Plan plan, PlanVersion v, PlanVersion.Base b) {
        return text.base(plan, v, b);
    }

    /** A typed target, or why it cannot be taken (the message names the indicator). */
    public record Typed(Optional<PlanVersion.TargetChange> target, Optional<String> problem) {
    }

    /**
     * The target typed for {@code ind} ("6", "6.0万元/亩", "150亿元"), for the period's end, with the comparator of the
     * plan's target; {@code basis} is why.
     */
    public Typed target(Plan plan, Indicator ind, String typed, String basis) {
        return target(plan, ind, typed, basis, plan.info().periodEnd());
    }

    /** {@link #target(Plan, Indicator, String, String)} for the target of year {@code end}. */
    public Typed target(Plan plan, Indicator ind, String typed, String basis, int end) {
        Quantity.Parsed p = Quantity.parse(typed, ind.unit());
        String where = t.get("versions.targetOf", ind.name());
        if (p.problem().isPresent() || p.value().isEmpty()) {
            Problem problem = new Problem("value", p.problem().orElse(Problem.Kind.REQUIRED), ind.unit());
            return new Typed(Optional.empty(), Optional.of(t.get("edit.problemAt", where,
                    ErrorText.problem(t, problem))));
        }
        if (p.value().get() < 0) {
            return new Typed(Optional.empty(), Optional.of(t.get("edit.problemAt", where,
                    ErrorText.problem(t, new Problem("value", Problem.Kind.NEGATIVE)))));
        }
        Enums.Comparator cmp = ind.target(end).or(() -> ind.target(plan.info().periodEnd()))
                .map(YearValue::comparator).orElse(Enums.Comparator.EQ);
        return new Typed(Optional.of(new PlanVersion.TargetChange(ind.code(), end, p.value().get(), cmp,
                basis == null || basis.isBlank() ? null : basis.strip())), Optional.empty());
    }

    /** {@code draft}'s targets with {@code change} set (replacing one for the same indicator and year). */
    public static List<PlanVersion.TargetChange> with(PlanVersion draft, PlanVersion.TargetChange change) {
        List<PlanVersion.TargetChange> out = new ArrayList<>();
        boolean replaced = false;
        for (PlanVersion.TargetChange c : draft.targets()) {
            if (c.indicator().equals(change.indicator()) && c.year() == change.year()) {
                out.add(change);
                replaced = true;
            } else {
                out.add(c);
            }
        }
        if (!replaced) {
            out.add(change);
        }
        return out;
    }

    /** {@code draft}'s targets without the one for {@code indicator}. */
    public static List<PlanVersion.TargetChange> without(PlanVersion draft, String indicator) {
        return draft.targets().stream().filter(c -> !c.indicator().equals(indicator)).toList();
    }

    /** A draft's target in words: "亩均税收：7.3万元/亩 → 6万元/亩（依据）". */
    /** An admission standard the version sets, as the change log words it. */
    public String describe(Plan plan, PlanVersion v, PlanVersion.ThresholdChange c) {
        return text.threshold(plan, v, c);
    }

    private static String area(Double km2) {
        return km2 == null ? "—" : cn.yanggu.workbench.domain.Figures.trimmed(km2, 2) + " km²";
    }

    /** A zone the version changes (area, 四至, basis), as the change log words it. */
    public String describe(Plan plan, PlanVersion v, PlanVersion.ZoneChange c) {
        return text.zone(plan, v, c);
    }

    /** A project the version adds or drops, as the change log words it. */
    public String describe(Plan plan, PlanVersion v, PlanVersion.ProjectChange c) {
        return text.project(plan, c);
    }

    public String describe(Plan plan, PlanVersion v, PlanVersion.TargetChange c) {
        Optional<Indicator> ind = plan.indicator(c.indicator());
        String before = ind.map(i -> PlanVersions.targetsInForce(i, plan.versions(), v.fromYear() - 1))
                .flatMap(i -> i.target(c.year()).map(x -> words.target(i, x))).orElse("—");
        return t.get("versions.targetLine", ind.map(Indicator::name).orElse(c.indicator()), c.year(), before,
                text.target(plan, c));
    }

    /** A record a successor may carry over, as its check box shows it. */
    public record CarryItem(PlanVersion.Carried record, String label, boolean chosen) {
    }

    /** The records of one kind a successor may carry over, with how many of them are chosen. */
    public record CarryGroup(cn.yanggu.workbench.domain.EntityKind kind, String title, List<CarryItem> items) {
        public long chosen() {
            return items.stream().filter(CarryItem::chosen).count();
        }
    }

    /**
     * The records {@code v} may carry over, kind by kind: "名称（编号）", a completed project marked as such; each
     * chosen when the version carries it.
     */
    public List<CarryGroup> carryGroups(Plan plan, PlanVersion v) {
        java.util.Set<PlanVersion.Carried> chosen = new java.util.HashSet<>(v.carried());
        java.util.Set<PlanVersion.Carried> completed = cn.yanggu.workbench.domain.Successors.completed(plan);
        List<CarryGroup> out = new ArrayList<>();
        for (cn.yanggu.workbench.domain.EntityKind kind : cn.yanggu.workbench.domain.Successors.CARRIED_KINDS) {
            List<CarryItem> items = new ArrayList<>();
            for (cn.yanggu.workbench.domain.PlanRecord r : plan.records(kind)) {
                PlanVersion.Carried c = new PlanVersion.Carried(kind, r.code());
                items.add(new CarryItem(c, t.get(completed.contains(c) ? "successor.carry.itemCompleted"
                        : "successor.carry.item", r.name(), r.code()), chosen.contains(c)));
            }
            long n = items.stream().filter(CarryItem::chosen).count();
            out.add(new CarryGroup(kind, t.get("successor.carry.group",
                    cn.yanggu.workbench.app.Words.entity(t, kind), n, items.size()), items));
        }
        return out;
    }

    /** What {@code v} carries with {@code record} chosen or not (the others as they are). */
    public static List<PlanVersion.Carried> carrying(PlanVersion v, PlanVersion.Carried record, boolean on) {
        List<PlanVersion.Carried> out = new ArrayList<>(v.carried());
        out.remove(record);
        if (on) {
            out.add(record);
        }
        return out;
    }

    /**
     * What {@code v} carries with the whole {@code kind} chosen (every record of it but completed projects) or none of
     * it (the other kinds as they are).
     */
    public static List<PlanVersion.Carried> carrying(Plan plan, PlanVersion v, cn.yanggu.workbench.domain.EntityKind kind,
                                                     boolean on) {
        List<PlanVersion.Carried> out = new ArrayList<>(v.carried().stream().filter(c -> c.kind() != kind).toList());
        if (on) {
            out.addAll(cn.yanggu.workbench.domain.Successors.carried(plan, java.util.EnumSet.of(kind)));
        }
        return out;
    }
}
