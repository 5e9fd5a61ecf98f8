package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole plan as the workbench holds it: an immutable snapshot. */
public record Plan(PlanInfo info, List<Statement> statements, List<Zone> zones, List<Enterprise> enterprises,
                   List<Chain> chains, List<Project> projects, List<Indicator> indicators,
                   List<Threshold> thresholds, List<EfficiencyClass> efficiencyClasses,
                   List<MonitoringItem> monitoring, List<PlanNote> notes, List<PlanVersion> versions) {
    public Plan {
        versions = List.copyOf(versions == null ? List.of() : versions);
        statements = List.copyOf(statements);
        zones = List.copyOf(zones);
        enterprises = List.copyOf(enterprises);
        chains = List.copyOf(chains);
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        thresholds = List.copyOf(thresholds);
        efficiencyClasses = List.copyOf(efficiencyClasses);
        monitoring = List.copyOf(monitoring);
        notes = List.copyOf(notes);
    }

    /** A plan as issued, with no adjustment (version 1 only). */
    public Plan(PlanInfo info, List<Statement> statements, List<Zone> zones, List<Enterprise> enterprises,
                List<Chain> chains, List<Project> projects, List<Indicator> indicators, List<Threshold> thresholds,
                List<EfficiencyClass> efficiencyClasses, List<MonitoringItem> monitoring, List<PlanNote> notes) {
        this(info, statements, zones, enterprises, chains, projects, indicators, thresholds, efficiencyClasses,
                monitoring, notes, List.of());
    }

    /** This plan with other adjustment versions (approved or drafts). */
    public Plan withVersions(List<PlanVersion> list) {
        return new Plan(info, statements, zones, enterprises, chains, projects, indicators, thresholds,
                efficiencyClasses, monitoring, notes, list);
    }

    /**
     * The plan with each indicator's targets as the version in force for {@code year} sets them ({@link
     * PlanVersions}); the plan itself when no approved adjustment applies to that year.
     */
    public Plan inForce(int year) {
        if (PlanVersions.inForce(versions, year).isEmpty()) {
            return this;
        }
        return new Plan(info, statements, zones, enterprises, chains, projects,
                indicators.stream().map(i -> PlanVersions.targetsInForce(i, versions, year)).toList(), thresholds,
                efficiencyClasses, monitoring, notes, versions);
    }

    /** The admission rules with the standards approved versions set, each from its version's year. */
    public List<Threshold> thresholdsInForce() {
        return PlanVersions.thresholdsInForce(thresholds, versions);
    }

    /** The zones (园区) in force for {@code year}: their area and 四至 as approved versions from that year or earlier set. */
    public List<Zone> zonesInForce(int year) {
        return PlanVersions.zonesInForce(zones, versions, year);
    }

    /**
     * The zone's total area (km²) in force for {@code year}: the plan's stated total ({@link PlanInfo#zoneTotalKm2()})
     * changed by what approved versions changed in the zones' areas; null when the plan states none.
     */
    public Double zoneTotalInForce(int year) {
        Double stated = info.zoneTotalKm2();
        if (stated == null) {
            return null;
        }
        double total = stated;
        List<Zone> now = zonesInForce(year);
        for (int i = 0; i < zones.size(); i++) {
            Double was = zones.get(i).areaKm2();
            Double is = now.get(i).areaKm2();
            if (is != null && !is.equals(was)) {
                total += is - (was == null ? 0 : was);
            }
        }
        return Math.round(total * 1e6) / 1e6;   // 29.52 + 2.54 is 32.02, not 32.019999…
    }

    /** The key projects in force for {@code year}: those approved versions added, not those they dropped. */
    public List<Project> projectsInForce(int year) {
        return PlanVersions.projectsInForce(projects, versions, year);
    }

    /** This plan with only the key projects in force for {@code year} (what a report or chart of that year lists). */
    public Plan withProjectsInForce(int year) {
        List<Project> inForce = projectsInForce(year);
        return inForce.size() == projects.size() ? this : new Plan(info, statements, zones, enterprises, chains,
                inForce, indicators, thresholds, efficiencyClasses, monitoring, notes, versions);
    }

    /**
     * Every record the user edits: zones, enterprises, chains, projects, indicators, thresholds, in that order (one
     * that satisfies references: enterprises before the chains that list them).
     */
    public List<PlanRecord> records() {
        List<PlanRecord> out = new ArrayList<>();
        out.addAll(zones);
        out.addAll(enterprises);
        out.addAll(chains);
        out.addAll(projects);
        out.addAll(indicators);
        out.addAll(thresholds);
        return out;
    }

    /** The records of one kind, in the plan's order. */
    public List<? extends PlanRecord> records(EntityKind kind) {
        return switch (kind) {
            case ZONE -> zones;
            case ENTERPRISE -> enterprises;
            case CHAIN -> chains;
            case PROJECT -> projects;
            case INDICATOR -> indicators;
            case THRESHOLD -> thresholds;
        };
    }

    /** The record of a kind with a code. */
    public Optional<PlanRecord> record(EntityKind kind, String code) {
        return records(kind).stream().filter(r -> r.code().equals(code)).map(r -> (PlanRecord) r).findFirst();
    }

    /**
     * This plan with the record {@code kind}/{@code code} replaced by {@code record}, or removed when it is null; a
     * record not in the plan yet is added at the end of its kind.
     */
    public Plan replacing(EntityKind kind, String code, PlanRecord record) {
        if (record != null && (record.entityKind() != kind || !record.code().equals(code))) {
            throw new IllegalArgumentException("not " + kind.wire() + " " + code + ": " + record);
        }
        List<PlanRecord> list = new ArrayList<>();
        boolean found = false;
        for (PlanRecord r : records(kind)) {
            if (r.code().equals(code)) {
                found = true;
                if (record != null) {
                    list.add(record);
                }
            } else {
                list.add(r);
            }
        }
        if (!found && record != null) {
            list.add(record);
        }
        return with(kind, list);
    }

    /** The plan with the record {@code code} moved to place {@code index} of its list (the end when beyond it). */
    public Plan moved(EntityKind kind, String code, int index) {
        List<PlanRecord> list = new ArrayList<>(records(kind));
        int at = indexOf(kind, code);
        if (at < 0 || at == index) {
            return this;
        }
        PlanRecord r = list.remove(at);
        list.add(Math.min(index, list.size()), r);
        return with(kind, list);
    }

    /** The place of a record in its list, -1 when it is not there. */
    public int indexOf(EntityKind kind, String code) {
        List<? extends PlanRecord> list = records(kind);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The plan with the records of one kind replaced by {@code list} (each of that kind). */
    private Plan with(EntityKind kind, List<PlanRecord> list) {
        return switch (kind) {
            case ZONE -> new Plan(info, statements, typed(list, Zone.class), enterprises, chains, projects,
                    indicators, thresholds, efficiencyClasses, monitoring, notes, versions);
            case ENTERPRISE -> new Plan(info, statements, zones, typed(list, Enterprise.class), chains, projects,
                    indicators, thresholds, efficiencyClasses, monitoring, notes, versions);
            case CHAIN -> new Plan(info, statements, zones, enterprises, typed(list, Chain.class), projects,
                    indicators, thresholds, efficiencyClasses, monitoring, notes, versions);
            case PROJECT -> new Plan(info, statements, zones, enterprises, chains, typed(list, Project.class),
                    indicators, thresholds, efficiencyClasses, monitoring, notes, versions);
            case INDICATOR -> new Plan(info, statements, zones, enterprises, chains, projects,
                    typed(list, Indicator.class), thresholds, efficiencyClasses, monitoring, notes, versions);
            case THRESHOLD -> new Plan(info, statements, zones, enterprises, chains, projects, indicators,
                    typed(list, Threshold.class), efficiencyClasses, monitoring, notes, versions);
        };
    }

    private static <T extends PlanRecord> List<T> typed(List<PlanRecord> list, Class<T> type) {
        return list.stream().map(type::cast).toList();
    }

    /**
     * The plan as known at the end of {@code year}: the actuals of later years left out, so that everything is
     * judged as of that year.
     */
    public Plan asOf(int year) {
        return new Plan(info, statements, zones, enterprises, chains, projects,
                indicators.stream().map(i -> i.asOf(year)).toList(), thresholds, efficiencyClasses, monitoring, notes,
                versions);
    }

    /** The records that refer to {@code record} (see {@link Deletion}). */
    public List<PlanRecord> dependents(PlanRecord record) {
        return Deletion.dependents(this, record);
    }

    public Optional<Chain> chain(String code) {
        return chains.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Zone> zone(String code) {
        return zones.stream().filter(z -> z.code().equals(code)).findFirst();
    }

    public Optional<Enterprise> enterprise(String code) {
        return enterprises.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<Project> project(String code) {
        return projects.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Map<String, Enterprise> enterprisesByCode() {
        return enterprises.stream().collect(Collectors.toMap(Enterprise::code, Function.identity()));
    }

    /** Sum of the industrial zones' areas (the plan states 29.48 km²). */
    public double industrialAreaKm2() {
        return zones.stream().filter(z -> z.kind() == Enums.ZoneKind.INDUSTRIAL && z.areaKm2() != null)
                .mapToDouble(Zone::areaKm2).sum();
    }

    /** Notes recorded against one record. */
    public List<PlanNote> notesFor(String entity, String code) {
        return notes.stream().filter(n -> entity.equals(n.entity()) && code.equals(n.code())).toList();
    }

    public List<Project> projectsOfChain(String chainCode) {
        return projects.stream().filter(p -> chainCode.equals(p.chainCode())).toList();
    }

    public List<Indicator> indicatorsOfChain(String chainCode) {
        return indicators.stream().filter(i -> chainCode.equals(i.chainCode())).toList();
    }
}
