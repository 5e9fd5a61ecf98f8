package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plan with one record replaced, added or removed (in memory, for validating an edit before it is written). */
public final class Plans {
    private Plans() {
    }

    /** The plan with one change applied. */
    public static Plan apply(Plan p, Change c) {
        return switch (c.kind()) {
            case ZONE -> new Plan(p.info(), p.statements(), replace(p.zones(), c, Zone::code), p.enterprises(),
                    p.chains(), p.projects(), p.indicators(), p.thresholds(), p.efficiencyClasses(), p.monitoring(),
                    p.notes());
            case ENTERPRISE -> new Plan(p.info(), p.statements(), p.zones(),
                    replace(p.enterprises(), c, Enterprise::code), p.chains(), p.projects(), p.indicators(),
                    p.thresholds(), p.efficiencyClasses(), p.monitoring(), p.notes());
            case CHAIN -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(),
                    replace(p.chains(), c, Chain::code), p.projects(), p.indicators(), p.thresholds(),
                    p.efficiencyClasses(), p.monitoring(), p.notes());
            case PROJECT -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(),
                    replace(p.projects(), c, Project::code), p.indicators(), p.thresholds(), p.efficiencyClasses(),
                    p.monitoring(), p.notes());
            case INDICATOR -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(),
                    p.projects(), replace(p.indicators(), c, Indicator::code), p.thresholds(),
                    p.efficiencyClasses(), p.monitoring(), p.notes());
            case THRESHOLD -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(),
                    p.projects(), p.indicators(), replace(p.thresholds(), c, Threshold::code),
                    p.efficiencyClasses(), p.monitoring(), p.notes());
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> replace(List<T> list, Change c, java.util.function.Function<T, String> code) {
        List<T> out = new ArrayList<>();
        boolean found = false;
        for (T t : list) {
            if (code.apply(t).equals(c.code())) {
                found = true;
                if (c.after() != null) {
                    out.add((T) c.after());
                }
            } else {
                out.add(t);
            }
        }
        if (!found && c.after() != null) {
            out.add((T) c.after());
        }
        return out;
    }

    /** The current state of a record in a plan. */
    public static Optional<Object> find(Plan p, EntityKind kind, String code) {
        List<?> list = switch (kind) {
            case ZONE -> p.zones();
            case ENTERPRISE -> p.enterprises();
            case CHAIN -> p.chains();
            case PROJECT -> p.projects();
            case INDICATOR -> p.indicators();
            case THRESHOLD -> p.thresholds();
        };
        return list.stream().filter(r -> EntityKind.codeOf(r).equals(code)).map(r -> (Object) r).findFirst();
    }
}
