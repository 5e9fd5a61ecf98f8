package cn.yanggu.workbench.domain;

import java.util.List;
import java.util.Optional;

/**
 * An adjustment of the plan (规划调整), made by the procedure the plan requires ("严格规划目标任务和重大事项调整程序"):
 * what it changes ({@link #targets}), why ({@link #reason}), by what document ({@link #documentNumber}, its date and
 * the approving body), and from which year it applies. Version 1 is the plan as issued (阳政办字〔2022〕7号) and is
 * not a record: it is the plan's own targets, which no adjustment changes. Until it is {@link Status#APPROVED} an
 * adjustment is a draft (草案) that changes nothing any other view shows.
 *
 * @param number   the version's number, 2 and up (1 is the plan as issued)
 * @param replaces the number of the version this one adjusts (1 for the first adjustment)
 * @param fromYear the first year the adjusted targets apply to
 */
public record PlanVersion(int number, String title, Status status, int fromYear, int replaces, String reason,
                          String documentNumber, String documentDate, String approvedBy, String note,
                          List<TargetChange> targets, Kind kind, Integer periodEnd, List<Base> bases,
                          List<Carried> carried, List<ThresholdChange> thresholds, List<ProjectChange> projects,
                          List<ZoneChange> zones) {
    /** The number of the plan as issued. */
    public static final int ORIGINAL = 1;

    public PlanVersion {
        targets = List.copyOf(targets == null ? List.of() : targets);
        kind = kind == null ? Kind.ADJUSTMENT : kind;
        bases = List.copyOf(bases == null ? List.of() : bases);
        carried = List.copyOf(carried == null ? List.of() : carried);
        thresholds = List.copyOf(thresholds == null ? List.of() : thresholds);
        projects = List.copyOf(projects == null ? List.of() : projects);
        zones = List.copyOf(zones == null ? List.of() : zones);
    }

    /** A version that changes targets (and, for a successor, its bases and carried records) only. */
    public PlanVersion(int number, String title, Status status, int fromYear, int replaces, String reason,
                       String documentNumber, String documentDate, String approvedBy, String note,
                       List<TargetChange> targets, Kind kind, Integer periodEnd, List<Base> bases,
                       List<Carried> carried) {
        this(number, title, status, fromYear, replaces, reason, documentNumber, documentDate, approvedBy, note,
                targets, kind, periodEnd, bases, carried, List.of(), List.of(), List.of());
    }

    /**
     * An admission standard (入园门槛) the version sets: from the version's year the rule {@code threshold} asks
     * {@code value} (in its unit, its comparator kept) — earlier years keep the standard they had.
     */
    public record ThresholdChange(String threshold, double value, String basis) {
    }

    /**
     * A project the version adds to the list of key projects (重点项目) or drops from it, from its year on. An added
     * project is a record of the plan (entered in 重点项目) that is not in the list in force before that year.
     */
    public record ProjectChange(String project, ProjectAction action, String basis) {
    }

    /**
     * A zone (园区) the version changes from its year on: a new area ({@code areaKm2}, km²) and/or new 四至 boundary
     * texts; a null field keeps what the zone had. {@code basis} is why (e.g. the approval of a 扩区).
     */
    public record ZoneChange(String zone, Double areaKm2, String east, String west, String south, String north,
                             String basis) {
        /** Whether this change sets any boundary text. */
        public boolean boundary() {
            return east != null || west != null || south != null || north != null;
        }
    }

    /** 新增 / 调出 (a project added to or dropped from the list in force). */
    public enum ProjectAction { ADD, DROP }

    /** The standard this version sets for an admission rule, if it changes it. */
    public Optional<ThresholdChange> threshold(String code) {
        return thresholds.stream().filter(c -> c.threshold().equals(code)).findFirst();
    }

    /** What this version does with a project, if anything. */
    public Optional<ProjectChange> project(String code) {
        return projects.stream().filter(c -> c.project().equals(code)).findFirst();
    }

    /** This version with other admission standards. */
    public PlanVersion withThresholds(List<ThresholdChange> c) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, targets, kind, periodEnd, bases, carried, c, projects, zones);
    }

    /** What this version does with a zone, if anything. */
    public Optional<ZoneChange> zone(String code) {
        return zones.stream().filter(c -> c.zone().equals(code)).findFirst();
    }

    /** This version with other zone changes. */
    public PlanVersion withZones(List<ZoneChange> c) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, targets, kind, periodEnd, bases, carried, thresholds, projects, c);
    }

    /** This version with other projects added or dropped. */
    public PlanVersion withProjects(List<ProjectChange> c) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, targets, kind, periodEnd, bases, carried, thresholds, c, zones);
    }

    /** An adjustment of the period in force. */
    public PlanVersion(int number, String title, Status status, int fromYear, int replaces, String reason,
                       String documentNumber, String documentDate, String approvedBy, String note,
                       List<TargetChange> targets) {
        this(number, title, status, fromYear, replaces, reason, documentNumber, documentDate, approvedBy, note,
                targets, Kind.ADJUSTMENT, null, List.of(), List.of());
    }

    /**
     * 调整 (an adjustment of the period's targets) or 下一期规划 (a successor: the period {@code fromYear}–{@code
     * periodEnd}, base year {@code fromYear - 1} with its {@link #bases}, targets for {@code periodEnd}, and the
     * records {@link #carried} over).
     */
    public enum Kind { ADJUSTMENT, SUCCESSOR }

    /**
     * A successor's base-year value of an indicator: the last period's actual, or, where there was none, set by hand
     * ({@code byHand}); {@code value} null while it is still missing (flagged, never guessed).
     */
    public record Base(String indicator, Double value, boolean byHand, String note) {
    }

    /** A record carried over into the successor (a zone, chain, enterprise or unfinished project), by kind and code. */
    public record Carried(EntityKind kind, String code) {
    }

    public boolean successor() {
        return kind == Kind.SUCCESSOR;
    }

    /** The year this version's targets are for: the successor's end, else the period's end of {@code plan}. */
    public int targetYear(Plan plan) {
        return successor() && periodEnd != null ? periodEnd : plan.info().periodEnd();
    }

    /** The successor's base year (the year before it starts). */
    public int baseYear() {
        return fromYear - 1;
    }

    /** The base value of an indicator, if the successor records one. */
    public Optional<Base> base(String indicator) {
        return bases.stream().filter(b -> b.indicator().equals(indicator)).findFirst();
    }

    /** 草案 (changes nothing yet) or 已批准 (in force from its year). */
    public enum Status { DRAFT, APPROVED }

    /**
     * A target the adjustment sets: indicator {@code indicator}'s target for {@code year} becomes {@code value} (in
     * the indicator's unit) with its comparator; {@code basis} is the reasoning behind the figure (e.g. the mid-term
     * report's 调整建议).
     */
    public record TargetChange(String indicator, int year, double value, Enums.Comparator comparator, String basis) {
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** The target this version sets for an indicator and year, if it changes it. */
    public Optional<TargetChange> target(String indicator, int year) {
        return targets.stream().filter(c -> c.indicator().equals(indicator) && c.year() == year).findFirst();
    }

    public PlanVersion withTargets(List<TargetChange> t) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, t, kind, periodEnd, bases, carried, thresholds, projects, zones);
    }

    public PlanVersion withBases(List<Base> b) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, targets, kind, periodEnd, b, carried, thresholds, projects, zones);
    }

    public PlanVersion withCarried(List<Carried> c) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, targets, kind, periodEnd, bases, c, thresholds, projects, zones);
    }

    /** This version's own fields (title, start year, note) as in {@code edited}; what it changes kept. */
    public PlanVersion withDraftFields(String newTitle, int newFromYear, String newNote) {
        return new PlanVersion(number, newTitle, status, newFromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, newNote, targets, kind, kind == Kind.SUCCESSOR && periodEnd != null
                ? Integer.valueOf(periodEnd + newFromYear - fromYear) : periodEnd, bases, carried, thresholds,
                projects, zones);
    }

    /** This version approved by {@code documentNumber} of {@code date} from {@code body}, with its reason. */
    public PlanVersion approvedBy(String why, String docNumber, String date, String body) {
        return new PlanVersion(number, title, Status.APPROVED, fromYear, replaces, why, docNumber, date, body, note,
                targets, kind, periodEnd, bases, carried, thresholds, projects, zones);
    }
}
