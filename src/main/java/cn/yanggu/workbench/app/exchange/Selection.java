package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a package carries: the kinds of data, optionally one zone (its projects and the enterprises of those
 * projects; indicators and 招商 leads are park-wide and are not filtered by zone) and optionally a span of years (the
 * indicator values of those years).
 */
public record Selection(String zoneCode, Integer fromYear, Integer toYear, Set<Kind> kinds) {
    /** The kinds of data a package can carry; the wire name is what the manifest stores. */
    public enum Kind {
        PROJECTS, ENTERPRISES, VALUES,
        /** 招商项目库's leads, all of them (a lead has no zone until it is a project). */
        LEADS;

        public String wire() {
            return Enums.wire(this);
        }

        public static Kind ofWire(String s) {
            for (Kind k : values()) {
                if (k.wire().equals(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(s);
        }
    }

    public Selection {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + "-" + toYear);
        }
    }

    /** Everything: all kinds, all zones, all years. */
    public static Selection all() {
        return new Selection(null, null, null, EnumSet.allOf(Kind.class));
    }

    public boolean has(Kind k) {
        return kinds.contains(k);
    }

    public boolean inYears(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    /** The part of {@code plan} this selection covers; {@code also} adds records selected in another plan. */
    public Plan cut(Plan plan, Plan also) {
        Set<String> projectCodes = new LinkedHashSet<>();
        if (has(Kind.PROJECTS)) {
            for (Plan p : also == null ? List.of(plan) : List.of(plan, also)) {
                p.projects().stream().filter(this::inZone).forEach(pr -> projectCodes.add(pr.code()));
            }
        }
        List<Project> projects = plan.projects().stream().filter(p -> projectCodes.contains(p.code())).toList();
        List<Enterprise> enterprises = List.of();
        if (has(Kind.ENTERPRISES)) {
            Set<String> wanted = new LinkedHashSet<>();
            if (zoneCode == null) {
                plan.enterprises().forEach(e -> wanted.add(e.code()));
                if (also != null) {
                    also.enterprises().forEach(e -> wanted.add(e.code()));
                }
            } else {
                for (Plan p : also == null ? List.of(plan) : List.of(plan, also)) {
                    p.projects().stream().filter(this::inZone).filter(pr -> pr.enterpriseCode() != null)
                            .forEach(pr -> wanted.add(pr.enterpriseCode()));
                }
            }
            enterprises = plan.enterprises().stream().filter(e -> wanted.contains(e.code())).toList();
        }
        List<Indicator> indicators = List.of();
        if (has(Kind.VALUES)) {
            indicators = plan.indicators().stream().map(this::cutValues).toList();
        }
        return new Plan(plan.info(), List.of(), List.of(), enterprises, List.of(), projects, indicators, List.of(),
                List.of(), List.of(), List.of());
    }

    private boolean inZone(Project p) {
        return zoneCode == null || zoneCode.equals(p.zoneCode());
    }

    /** The leads this selection carries: all of them, or none when leads are not selected. */
    public List<cn.yanggu.workbench.domain.Lead> cutLeads(List<cn.yanggu.workbench.domain.Lead> leads) {
        return has(Kind.LEADS) ? List.copyOf(leads) : List.of();
    }

    /** The indicator with only the values of the selected years. */
    public Indicator cutValues(Indicator i) {
        List<YearValue> values = new ArrayList<>();
        for (YearValue v : i.values()) {
            if (inYears(v.year())) {
                values.add(v);
            }
        }
        return i.withValues(values);
    }
}
