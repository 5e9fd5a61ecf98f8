package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of the plan is in force for a year, and the plan's targets as that version sets them: the one place
 * every judgement (overview, charts, deck, reports, spreadsheets) takes its targets from. An approved adjustment
 * applies from its {@link PlanVersion#fromYear()} on; a draft applies nowhere; the plan's own targets (version 1)
 * are never changed by an adjustment — they stay the baseline.
 */
public final class PlanVersions {
    private PlanVersions() {
    }

    /** Approved adjustments in the order they take effect: by year, then number. */
    public static List<PlanVersion> approved(List<PlanVersion> versions) {
        return versions.stream().filter(PlanVersion::approved)
                .sorted(Comparator.comparingInt(PlanVersion::fromYear).thenComparingInt(PlanVersion::number))
                .toList();
    }

    /** The adjustment in force for {@code year}, empty when the plan as issued (version 1) is. */
    public static Optional<PlanVersion> inForce(List<PlanVersion> versions, int year) {
        PlanVersion found = null;
        for (PlanVersion v : approved(versions)) {
            if (v.fromYear() <= year) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The number of the version in force for {@code year} (1 for the plan as issued). */
    public static int numberInForce(List<PlanVersion> versions, int year) {
        return inForce(versions, year).map(PlanVersion::number).orElse(PlanVersion.ORIGINAL);
    }

    /**
     * {@code ind} with its targets as in force for {@code year}: every approved adjustment from that year or earlier
     * applied in turn (a later one overriding an earlier one's figure); the target's source names the version. In the
     * period of an approved successor (下一期规划) the indicator's base is the successor's base-year value (2025),
     * so the year is judged from there toward the successor's target; without a base value recorded there it has
     * none (judged from its first actual, as an indicator the plan gives no base for).
     */
    public static Indicator targetsInForce(Indicator ind, List<PlanVersion> versions, int year) {
        List<PlanVersion> applying = approved(versions).stream().filter(v -> v.fromYear() <= year).toList();
        if (applying.isEmpty()) {
            return ind;
        }
        Indicator out = withTargets(ind, applying);
        Optional<PlanVersion> successor = applying.stream().filter(PlanVersion::successor).reduce((a, b) -> b);
        if (successor.isEmpty()) {
            return out;
        }
        PlanVersion next = successor.get();
        List<YearValue> values = new ArrayList<>(out.values());
        values.removeIf(x -> x.kind() == Enums.ValueKind.BASELINE);
        next.base(ind.code()).filter(b -> b.value() != null).ifPresent(b -> values.add(new YearValue(
                next.baseYear(), Enums.ValueKind.BASELINE, b.value(), Enums.Comparator.EQ, null, null, source(next),
                next.documentDate(), b.byHand() ? "手工设定" : null)));
        // the rate 表2-1 states is the first period's: the successor's is the one from its base to its target
        Indicator shaped = out.withValues(values);
        return shaped.statedRate() == null ? shaped : new Indicator(shaped.code(), shaped.name(), shaped.category(),
                shaped.unit(), shaped.direction(), shaped.attribute(), shaped.growthKind(), null, shaped.table(),
                shaped.row(), shaped.chainCode(), shaped.source(), shaped.note(), shaped.values());
    }

    /** {@code ind} with the targets {@code version} (draft or not) sets on top of those in force before it. */
    public static Indicator targetsOf(Indicator ind, List<PlanVersion> versions, PlanVersion version) {
        List<PlanVersion> applying = new ArrayList<>(approved(versions).stream()
                .filter(v -> v.number() != version.number() && v.fromYear() <= version.fromYear()).toList());
        applying.add(version);
        return withTargets(ind, applying);
    }

    private static Indicator withTargets(Indicator ind, List<PlanVersion> applying) {
        List<YearValue> values = new ArrayList<>(ind.values());
        boolean changed = false;
        for (PlanVersion v : applying) {
            for (PlanVersion.TargetChange c : v.targets()) {
                if (!c.indicator().equals(ind.code())) {
                    continue;
                }
                Optional<YearValue> old = ind.target(c.year());
                values.removeIf(x -> x.kind() == Enums.ValueKind.TARGET && x.year() == c.year());
                values.add(new YearValue(c.year(), Enums.ValueKind.TARGET, c.value(), c.comparator(), null, null,
                        source(v), v.documentDate(), old.map(o -> "原规划 " + o.value()).orElse(null)));
                changed = true;
            }
        }
        return changed ? ind.withValues(values) : ind;
    }

    /**
     * The admission rules with the standards approved versions set: each such standard a {@link Threshold.Version}
     * from the version's year (its source naming the version), so a check of a year takes the standard in force
     * then; a rule no version changes is returned as it is.
     */
    public static List<Threshold> thresholdsInForce(List<Threshold> thresholds, List<PlanVersion> versions) {
        List<PlanVersion> applying = approved(versions).stream().filter(v -> !v.thresholds().isEmpty()).toList();
        if (applying.isEmpty()) {
            return thresholds;
        }
        List<Threshold> out = new ArrayList<>();
        for (Threshold th : thresholds) {
            Threshold t = th;
            for (PlanVersion v : applying) {
                for (PlanVersion.ThresholdChange c : v.thresholds()) {
                    if (c.threshold().equals(th.code())) {
                        t = t.withVersion(new Threshold.Version(v.fromYear(), c.value(), source(v), c.basis()));
                    }
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The key projects in force for {@code year}: the plan's projects without those an approved version from that
     * year or earlier dropped, and without those an approved version adds from a later year (a draft changes
     * nothing).
     */
    public static List<Project> projectsInForce(List<Project> projects, List<PlanVersion> versions, int year) {
        java.util.Map<String, Boolean> listed = new java.util.HashMap<>();
        for (PlanVersion v : approved(versions)) {
            for (PlanVersion.ProjectChange c : v.projects()) {
                if (c.action() == PlanVersion.ProjectAction.ADD) {
                    listed.putIfAbsent(c.project(), false);
                }
            }
        }
        for (PlanVersion v : approved(versions)) {
            if (v.fromYear() <= year) {
                v.projects().forEach(c -> listed.put(c.project(), c.action() == PlanVersion.ProjectAction.ADD));
            }
        }
        return projects.stream().filter(p -> listed.getOrDefault(p.code(), true)).toList();
    }

    /**
     * The zones as in force for {@code year}: every approved version from that year or earlier applied in turn, a
     * changed zone carrying its new area and/or 四至 and a source naming the version; the others as they are.
     */
    public static List<Zone> zonesInForce(List<Zone> zones, List<PlanVersion> versions, int year) {
        List<PlanVersion> applying = approved(versions).stream()
                .filter(v -> v.fromYear() <= year && !v.zones().isEmpty()).toList();
        if (applying.isEmpty()) {
            return zones;
        }
        return zones.stream().map(z -> {
            Zone out = z;
            for (PlanVersion v : applying) {
                Optional<PlanVersion.ZoneChange> c = v.zone(z.code());
                if (c.isPresent()) {
                    out = changed(out, c.get(), v);
                }
            }
            return out;
        }).toList();
    }

    /** {@code z} as {@code c} of version {@code v} changes it (its source naming the version). */
    public static Zone changed(Zone z, PlanVersion.ZoneChange c, PlanVersion v) {
        return new Zone(z.code(), z.name(), z.kind(), c.areaKm2() == null ? z.areaKm2() : c.areaKm2(),
                c.east() == null ? z.east() : c.east(), c.west() == null ? z.west() : c.west(),
                c.south() == null ? z.south() : c.south(), c.north() == null ? z.north() : c.north(),
                (z.source() == null ? "" : z.source() + "；") + source(v), z.note());
    }

    /** "调整版本2（阳政字〔2023〕15号）": where an adjusted target comes from. */
    public static String source(PlanVersion v) {
        return "调整版本" + v.number() + (v.documentNumber() == null || v.documentNumber().isBlank() ? ""
                : "（" + v.documentNumber() + "）");
    }

    /** Whether any approved adjustment from {@code year} or earlier changes a target of {@code indicator}. */
    public static boolean adjusted(List<PlanVersion> versions, String indicator, int year) {
        return approved(versions).stream().filter(v -> v.fromYear() <= year)
                .anyMatch(v -> v.targets().stream().anyMatch(c -> c.indicator().equals(indicator)));
    }

    /**
     * Problems of {@code version} among {@code plan}'s versions (it may already be one of them): a number from 2 on
     * and not taken by another version, a title, a start year in the plan's range and not before the year of the
     * version it replaces, each target naming an indicator of the plan, a year and a finite non-negative value, and,
     * once approved, a reason and a document number (文号) — the procedure's record. Field names:
     * {@code title, fromYear, replaces, reason, documentNumber, documentDate, approvedBy, targets[i].value …}.
     */
    public static List<Problem> check(PlanVersion version, Plan plan) {
        List<Problem> p = new ArrayList<>();
        if (version.number() <= PlanVersion.ORIGINAL) {
            p.add(new Problem("number", Problem.Kind.DUPLICATE, String.valueOf(version.number())));
        }
        if (version.title() == null || version.title().isBlank()) {
            p.add(new Problem("title", Problem.Kind.REQUIRED));
        }
        Validation.year(p, "fromYear", version.fromYear());
        int replacedFrom;
        if (version.replaces() == PlanVersion.ORIGINAL) {
            replacedFrom = plan.info().periodStart();
        } else {
            Optional<PlanVersion> replaced = plan.versions().stream()
                    .filter(v -> v.number() == version.replaces()).findFirst();
            if (replaced.isEmpty() || version.replaces() == version.number()) {
                p.add(new Problem("replaces", Problem.Kind.UNKNOWN_REFERENCE, "版本" + version.replaces()));
                replacedFrom = Integer.MIN_VALUE;
            } else {
                replacedFrom = replaced.get().fromYear();
            }
        }
        if (version.fromYear() < replacedFrom) {
            p.add(new Problem("fromYear", Problem.Kind.YEAR_ORDER, version.fromYear(), replacedFrom));
        }
        if (version.approved()) {
            if (version.reason() == null || version.reason().isBlank()) {
                p.add(new Problem("reason", Problem.Kind.REQUIRED));
            }
            if (version.documentNumber() == null || version.documentNumber().isBlank()) {
                p.add(new Problem("documentNumber", Problem.Kind.REQUIRED));
            }
        }
        if (version.documentDate() != null && !version.documentDate().isBlank()
                && !version.documentDate().matches("\\d{4}-\\d{2}-\\d{2}")) {
            p.add(new Problem("documentDate", Problem.Kind.BAD_DATE, version.documentDate()));
        }
        for (String[] f : new String[][] {{"title", version.title()}, {"reason", version.reason()},
            {"documentNumber", version.documentNumber()}, {"approvedBy", version.approvedBy()},
            {"note", version.note()}}) {
            if (f[1] != null && f[1].length() > Validation.MAX_TEXT) {
                p.add(new Problem(f[0], Problem.Kind.TOO_LONG, Validation.MAX_TEXT));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < version.targets().size(); i++) {
            PlanVersion.TargetChange c = version.targets().get(i);
            String at = "targets[" + i + "]";
            if (plan.indicators().stream().noneMatch(ind -> ind.code().equals(c.indicator()))) {
                p.add(new Problem(at + ".indicator", Problem.Kind.UNKNOWN_REFERENCE, c.indicator()));
            }
            Validation.year(p, at + ".year", c.year());
            if (!Double.isFinite(c.value())) {
                p.add(new Problem(at + ".value", Problem.Kind.NOT_A_NUMBER));
            } else if (c.value() < 0) {
                p.add(new Problem(at + ".value", Problem.Kind.NEGATIVE, c.value()));
            }
            if (!seen.add(c.indicator() + "@" + c.year())) {
                p.add(new Problem(at + ".indicator", Problem.Kind.DUPLICATE, c.indicator()));
            }
        }
        java.util.Set<String> rules = new java.util.HashSet<>();
        for (int i = 0; i < version.thresholds().size(); i++) {
            PlanVersion.ThresholdChange c = version.thresholds().get(i);
            String at = "thresholds[" + i + "]";
            if (plan.record(EntityKind.THRESHOLD, c.threshold()).isEmpty()) {
                p.add(new Problem(at + ".threshold", Problem.Kind.UNKNOWN_REFERENCE, c.threshold()));
            }
            if (!Double.isFinite(c.value())) {
                p.add(new Problem(at + ".value", Problem.Kind.NOT_A_NUMBER));
            } else if (c.value() < 0) {
                p.add(new Problem(at + ".value", Problem.Kind.NEGATIVE, c.value()));
            }
            if (!rules.add(c.threshold())) {
                p.add(new Problem(at + ".threshold", Problem.Kind.DUPLICATE, c.threshold()));
            }
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (int i = 0; i < version.projects().size(); i++) {
            PlanVersion.ProjectChange c = version.projects().get(i);
            String at = "projects[" + i + "]";
            if (plan.record(EntityKind.PROJECT, c.project()).isEmpty()) {
                p.add(new Problem(at + ".project", Problem.Kind.UNKNOWN_REFERENCE, c.project()));
            }
            if (!listed.add(c.project())) {
                p.add(new Problem(at + ".project", Problem.Kind.DUPLICATE, c.project()));
            }
        }
        java.util.Set<String> zoned = new java.util.HashSet<>();
        for (int i = 0; i < version.zones().size(); i++) {
            PlanVersion.ZoneChange c = version.zones().get(i);
            String at = "zones[" + i + "]";
            if (plan.record(EntityKind.ZONE, c.zone()).isEmpty()) {
                p.add(new Problem(at + ".zone", Problem.Kind.UNKNOWN_REFERENCE, c.zone()));
            }
            if (c.areaKm2() != null && !Double.isFinite(c.areaKm2())) {
                p.add(new Problem(at + ".areaKm2", Problem.Kind.NOT_A_NUMBER));
            } else if (c.areaKm2() != null && c.areaKm2() < 0) {
                p.add(new Problem(at + ".areaKm2", Problem.Kind.NEGATIVE, c.areaKm2()));
            }
            if (c.areaKm2() == null && !c.boundary()) {
                p.add(new Problem(at + ".areaKm2", Problem.Kind.REQUIRED));
            }
            for (String text : new String[] {c.east(), c.west(), c.south(), c.north(), c.basis()}) {
                if (text != null && text.length() > Validation.MAX_TEXT) {
                    p.add(new Problem(at + ".basis", Problem.Kind.TOO_LONG, Validation.MAX_TEXT));
                }
            }
            if (!zoned.add(c.zone())) {
                p.add(new Problem(at + ".zone", Problem.Kind.DUPLICATE, c.zone()));
            }
        }
        if (version.successor()) {
            if (version.periodEnd() == null || version.periodEnd() <= version.fromYear()) {
                p.add(new Problem("periodEnd", Problem.Kind.YEAR_ORDER, version.fromYear(),
                        version.periodEnd() == null ? "—" : version.periodEnd()));
            }
            for (int i = 0; i < version.targets().size(); i++) {
                int y = version.targets().get(i).year();
                if (version.periodEnd() != null && (y < version.fromYear() || y > version.periodEnd())) {
                    p.add(new Problem("targets[" + i + "].year", Problem.Kind.YEAR_ORDER, y, version.periodEnd()));
                }
            }
            for (int i = 0; i < version.bases().size(); i++) {
                PlanVersion.Base b = version.bases().get(i);
                if (plan.indicators().stream().noneMatch(ind -> ind.code().equals(b.indicator()))) {
                    p.add(new Problem("bases[" + i + "].indicator", Problem.Kind.UNKNOWN_REFERENCE, b.indicator()));
                }
                if (b.value() != null && (!Double.isFinite(b.value()) || b.value() < 0)) {
                    p.add(new Problem("bases[" + i + "].value", Problem.Kind.NEGATIVE, b.value()));
                }
            }
            for (PlanVersion.Carried c : version.carried()) {
                if (plan.record(c.kind(), c.code()).isEmpty()) {
                    p.add(new Problem("carried", Problem.Kind.UNKNOWN_REFERENCE, c.code()));
                }
            }
        }
        return p;
    }

    /** The next free version number. */
    public static int nextNumber(List<PlanVersion> versions) {
        return versions.stream().mapToInt(PlanVersion::number).max().orElse(PlanVersion.ORIGINAL) + 1;
    }
}
