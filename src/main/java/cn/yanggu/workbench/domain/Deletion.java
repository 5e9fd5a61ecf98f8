package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What deleting a record means for the records that refer to it: a chain's projects and indicators, a zone's
 * projects, an enterprise's projects and the chains that list it. They are not deleted with it but detached — a
 * project keeps existing with no chain, a chain no longer lists the enterprise.
 */
public final class Deletion {
    private Deletion() {
    }

    /** The records of {@code plan} that refer to {@code record}. */
    public static List<PlanRecord> dependents(Plan plan, PlanRecord record) {
        String code = record.code();
        List<PlanRecord> out = new ArrayList<>();
        switch (record.entityKind()) {
            case CHAIN -> {
                out.addAll(plan.projects().stream().filter(p -> code.equals(p.chainCode())).toList());
                out.addAll(plan.indicators().stream().filter(i -> code.equals(i.chainCode())).toList());
            }
            case ZONE -> out.addAll(plan.projects().stream().filter(p -> code.equals(p.zoneCode())).toList());
            case ENTERPRISE -> {
                out.addAll(plan.chains().stream().filter(c -> c.enterprises().stream()
                        .anyMatch(m -> m.enterpriseCode().equals(code))).toList());
                out.addAll(plan.projects().stream().filter(p -> code.equals(p.enterpriseCode())).toList());
            }
            default -> {
            }
        }
        return out;
    }

    /** {@code dependent} no longer referring to {@code removed}. */
    public static PlanRecord detached(PlanRecord dependent, PlanRecord removed) {
        String code = removed.code();
        EntityKind kind = removed.entityKind();
        if (dependent instanceof Project p) {
            Project out = p;
            if (kind == EntityKind.CHAIN && code.equals(p.chainCode())) {
                out = Project.CHAIN_CODE.with(out, null);
            }
            if (kind == EntityKind.ZONE && code.equals(p.zoneCode())) {
                out = Project.ZONE_CODE.with(out, null);
            }
            if (kind == EntityKind.ENTERPRISE && code.equals(p.enterpriseCode())) {
                out = Project.ENTERPRISE_CODE.with(out, null);
            }
            return out;
        }
        if (dependent instanceof Indicator i && kind == EntityKind.CHAIN && code.equals(i.chainCode())) {
            return Indicator.CHAIN_CODE.with(i, null);
        }
        if (dependent instanceof Chain c && kind == EntityKind.ENTERPRISE) {
            return c.withEnterprises(c.enterprises().stream().filter(m -> !m.enterpriseCode().equals(code))
                    .toList());
        }
        return dependent;
    }
}
