package cn.yanggu.workbench.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole plan as the workbench holds it: an immutable snapshot. */
public record Plan(PlanInfo info, List<Statement> statements, List<Zone> zones, List<Enterprise> enterprises,
                   List<Chain> chains, List<Project> projects, List<Indicator> indicators,
                   List<Threshold> thresholds, List<EfficiencyClass> efficiencyClasses,
                   List<MonitoringItem> monitoring, List<PlanNote> notes) {
    public Plan {
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

    public Optional<Chain> chain(String code) {
        return chains.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Zone> zone(String code) {
        return zones.stream().filter(z -> z.code().equals(code)).findFirst();
    }

    public Optional<Enterprise> enterprise(String code) {
        return enterprises.stream().filter(e -> e.code().equals(code)).findFirst();
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
