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
        return with(p, c.kind(), replace(list(p, c.kind()), c, EntityKind::codeOf));
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

    /** The place of a record in its list, -1 when it is not there. */
    public static int indexOf(Plan p, EntityKind kind, String code) {
        List<?> list = list(p, kind);
        for (int i = 0; i < list.size(); i++) {
            if (EntityKind.codeOf(list.get(i)).equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** The plan with the record {@code code} moved to place {@code index} of its list (the end when beyond it). */
    public static Plan moved(Plan p, EntityKind kind, String code, int index) {
        List<Object> list = new ArrayList<>(list(p, kind));
        int at = indexOf(p, kind, code);
        if (at < 0 || at == index) {
            return p;
        }
        Object record = list.remove(at);
        list.add(Math.min(index, list.size()), record);
        return with(p, kind, list);
    }

    @SuppressWarnings("unchecked")
    private static Plan with(Plan p, EntityKind kind, List<?> l) {
        return switch (kind) {
            case ZONE -> new Plan(p.info(), p.statements(), (List<Zone>) l, p.enterprises(), p.chains(), p.projects(),
                    p.indicators(), p.thresholds(), p.efficiencyClasses(), p.monitoring(), p.notes());
            case ENTERPRISE -> new Plan(p.info(), p.statements(), p.zones(), (List<Enterprise>) l, p.chains(),
                    p.projects(), p.indicators(), p.thresholds(), p.efficiencyClasses(), p.monitoring(), p.notes());
            case CHAIN -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), (List<Chain>) l,
                    p.projects(), p.indicators(), p.thresholds(), p.efficiencyClasses(), p.monitoring(), p.notes());
            case PROJECT -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(),
                    (List<Project>) l, p.indicators(), p.thresholds(), p.efficiencyClasses(), p.monitoring(),
                    p.notes());
            case INDICATOR -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(),
                    p.projects(), (List<Indicator>) l, p.thresholds(), p.efficiencyClasses(), p.monitoring(),
                    p.notes());
            case THRESHOLD -> new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(),
                    p.projects(), p.indicators(), (List<Threshold>) l, p.efficiencyClasses(), p.monitoring(),
                    p.notes());
        };
    }

    private static List<?> list(Plan p, EntityKind kind) {
        return switch (kind) {
            case ZONE -> p.zones();
            case ENTERPRISE -> p.enterprises();
            case CHAIN -> p.chains();
            case PROJECT -> p.projects();
            case INDICATOR -> p.indicators();
            case THRESHOLD -> p.thresholds();
        };
    }

    /** The current state of a record in a plan. */
    public static Optional<Object> find(Plan p, EntityKind kind, String code) {
        List<?> list = list(p, kind);
        return list.stream().filter(r -> EntityKind.codeOf(r).equals(code)).map(r -> (Object) r).findFirst();
    }
}
