package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules every record must satisfy before it is saved: required names, no duplicates, lengths, numbers that can
 * exist (no negative amounts, no percentage over 100), years between 2000 and 2050, references that resolve.
 * Field names are the record's component names (e.g. {@code areaKm2}).
 */
public final class Validation {
    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 2000;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2050;

    private Validation() {
    }

    /** Problems of {@code record} as a member of {@code plan} (the record itself may already be in it). */
    /**
     * 专栏 places (column, group, number) given to more than one project, or twice to one project: for each, the
     * project's code and the problem. Each place of the plan's columns belongs to one project.
     */
    public static List<Map.Entry<String, Problem>> listingClashes(Plan plan) {
        Map<String, String> owner = new HashMap<>();
        List<Map.Entry<String, Problem>> out = new ArrayList<>();
        for (Project pr : plan.projects()) {
            Set<String> own = new HashSet<>();
            for (Project.Listing l : pr.listings()) {
                String slot = l.column() + "/" + (l.group() == null ? "" : l.group()) + "/" + l.number();
                String previous = owner.putIfAbsent(slot, pr.code());
                if (!own.add(slot) || previous != null && !previous.equals(pr.code())) {
                    out.add(Map.entry(pr.code(), new Problem("listings", Problem.Kind.DUPLICATE, listingName(l))));
                }
            }
        }
        return out;
    }

    private static String listingName(Project.Listing l) {
        return "专栏" + l.column() + (l.group() == null || l.group().isBlank() ? "" : " " + l.group())
                + "（" + l.number() + "）";
    }

    /** The problems of {@code record} as a record of {@code plan}. */
    public static List<Problem> check(PlanRecord record, Plan plan) {
        return checker(plan).check(record);
    }

    /**
     * Checks records of one plan, each like {@link #check}: for many records of one plan (a whole plan imported), as
     * the names of each kind are indexed once instead of compared with every other record's (10,000 projects: 10⁸
     * comparisons).
     */
    public static Checker checker(Plan plan) {
        return new Checker(plan);
    }

    /** See {@link #checker}. */
    public static final class Checker {
        private final Plan plan;
        /** By list of records of one kind: the codes of the records with each name (spaces aside). */
        private final Map<List<? extends PlanRecord>, Map<String, List<String>>> names = new java.util.IdentityHashMap<>();

        private Checker(Plan plan) {
            this.plan = plan;
        }

        public List<Problem> check(PlanRecord record) {
            return Validation.check(record, plan, this);
        }

        /** The record's name is not the name of another record of its kind (another code), spaces aside. */
        private void unique(List<Problem> p, PlanRecord r, List<? extends PlanRecord> ofItsKind) {
            String name = r.name();
            if (blank(name)) {
                return;
            }
            Map<String, List<String>> codes = names.computeIfAbsent(ofItsKind, list -> {
                Map<String, List<String>> m = new HashMap<>();
                for (PlanRecord o : list) {
                    if (o.name() != null) {
                        m.computeIfAbsent(o.name().strip(), k -> new ArrayList<>(1)).add(o.code());
                    }
                }
                return m;
            });
            if (codes.getOrDefault(name.strip(), List.of()).stream().anyMatch(c -> !c.equals(r.code()))) {
                p.add(new Problem("name", Problem.Kind.DUPLICATE, name.strip()));
            }
        }
    }

    private static List<Problem> check(PlanRecord record, Plan plan, Checker checker) {
        List<Problem> p = new ArrayList<>();
        if (record instanceof Zone z) {
            name(p, "name", z.name());
            checker.unique(p, z, plan.zones());
            nonNegative(p, "areaKm2", z.areaKm2());
            for (String[] f : new String[][] {{"east", z.east()}, {"west", z.west()}, {"south", z.south()},
                {"north", z.north()}, {"note", z.note()}}) {
                text(p, f[0], f[1]);
            }
        } else if (record instanceof Enterprise e) {
            name(p, "name", e.name());
            checker.unique(p, e, plan.enterprises());
            e.aliases().forEach(a -> length(p, "aliases", a, MAX_NAME));
            text(p, "note", e.note());
        } else if (record instanceof Chain c) {
            name(p, "name", c.name());
            checker.unique(p, c, plan.chains());
            length(p, "brand", c.brand(), MAX_NAME);
            text(p, "positioning", c.positioning());
            for (Chain.Link l : c.links()) {
                if (blank(l.name())) {
                    p.add(new Problem("links", Problem.Kind.REQUIRED));
                }
                length(p, "links", l.name(), MAX_NAME);
            }
            for (Chain.Member m : c.enterprises()) {
                if (plan.enterprise(m.enterpriseCode()).isEmpty()) {
                    p.add(new Problem("enterprises", Problem.Kind.UNKNOWN_REFERENCE, m.enterpriseCode()));
                }
            }
        } else if (record instanceof Project pr) {
            length(p, "name", pr.name(), 200);
            printable(p, "name", pr.name());
            for (Project.Listing l : pr.listings()) {
                if (l.column() < 1 || l.column() > 9 || l.number() < 1) {
                    // the plan has 专栏1–9, numbered from 1
                    p.add(new Problem("listings", Problem.Kind.UNKNOWN_REFERENCE, listingName(l)));
                }
            }
            if (blank(pr.name())) {
                p.add(new Problem("name", Problem.Kind.REQUIRED));
            }
            checker.unique(p, pr, plan.projects());
            if (pr.chainCode() != null && plan.chain(pr.chainCode()).isEmpty()) {
                p.add(new Problem("chainCode", Problem.Kind.UNKNOWN_REFERENCE, pr.chainCode()));
            }
            if (pr.zoneCode() != null && plan.zone(pr.zoneCode()).isEmpty()) {
                p.add(new Problem("zoneCode", Problem.Kind.UNKNOWN_REFERENCE, pr.zoneCode()));
            }
            if (pr.enterpriseCode() != null && plan.enterprise(pr.enterpriseCode()).isEmpty()) {
                p.add(new Problem("enterpriseCode", Problem.Kind.UNKNOWN_REFERENCE, pr.enterpriseCode()));
            }
            nonNegative(p, "investmentWan", pr.investmentWan());
            year(p, "startYear", pr.startYear());
            year(p, "finishYear", pr.finishYear());
            if (pr.startYear() != null && pr.finishYear() != null && pr.startYear() > pr.finishYear()) {
                p.add(new Problem("finishYear", Problem.Kind.YEAR_ORDER, pr.startYear(), pr.finishYear()));
            }
            text(p, "note", pr.note());
        } else if (record instanceof Indicator ind) {
            name(p, "name", ind.name());
            checker.unique(p, ind, plan.indicators());
            length(p, "unit", ind.unit(), 20);
            length(p, "category", ind.category(), MAX_NAME);
            if (blank(ind.category())) {
                p.add(new Problem("category", Problem.Kind.REQUIRED));
            }
            if (ind.chainCode() != null && plan.chain(ind.chainCode()).isEmpty()) {
                p.add(new Problem("chainCode", Problem.Kind.UNKNOWN_REFERENCE, ind.chainCode()));
            }
            for (YearValue v : ind.values()) {
                String field = "values." + v.year();
                year(p, field, v.year());
                value(p, field, v.value(), ind.unit());
                length(p, "source", v.source(), MAX_NAME * 2);
                if (v.date() != null && !v.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    p.add(new Problem(field, Problem.Kind.BAD_DATE, v.date()));
                }
            }
            text(p, "note", ind.note());
        } else if (record instanceof Threshold t) {
            name(p, "name", t.name());
            checker.unique(p, t, plan.thresholds());
            length(p, "unit", t.unit(), 20);
            text(p, "text", t.text());
            if (t.versions().isEmpty()) {
                p.add(new Problem("versions", Problem.Kind.REQUIRED));
            }
            java.util.Set<Integer> years = new java.util.HashSet<>();
            for (Threshold.Version v : t.versions()) {
                String field = "versions." + v.fromYear();
                year(p, field, v.fromYear());
                if (!years.add(v.fromYear())) {
                    p.add(new Problem(field, Problem.Kind.DUPLICATE_FROM_YEAR, v.fromYear()));
                }
                value(p, field, v.value(), t.unit());
                length(p, field, v.source(), MAX_NAME * 2);
                text(p, field, v.note());
            }
        } else {
            throw new IllegalArgumentException("not an editable record: " + record);
        }
        return p;
    }

    /** A value of an indicator or threshold: not negative, and not above 100 when the unit is percent. */
    public static void value(List<Problem> p, String field, Double v, String unit) {
        if (v == null) {
            return;
        }
        if (!Double.isFinite(v)) {
            p.add(new Problem(field, Problem.Kind.NOT_A_NUMBER));
        } else if (v < 0) {
            p.add(new Problem(field, Problem.Kind.NEGATIVE, v));
        } else if ("%".equals(unit) && v > 100) {
            p.add(new Problem(field, Problem.Kind.OVER_100_PERCENT, v));
        }
    }

    public static void year(List<Problem> p, String field, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            p.add(new Problem(field, Problem.Kind.YEAR_OUT_OF_RANGE, year, MIN_YEAR, MAX_YEAR));
        }
    }

    private static void name(List<Problem> p, String field, String name) {
        if (blank(name)) {
            p.add(new Problem(field, Problem.Kind.REQUIRED));
        }
        length(p, field, name, MAX_NAME);
        printable(p, field, name);
    }

    /**
     * Names go into tables, charts and reports printed with the bundled font: an emoji or a pictograph would show as
     * a box there, so it is refused, naming the first one.
     */
    static void printable(List<Problem> p, String field, String text) {
        if (text == null) {
            return;
        }
        text.codePoints().filter(Validation::pictograph).findFirst()
                .ifPresent(cp -> p.add(new Problem(field, Problem.Kind.UNPRINTABLE, Character.toString(cp))));
    }

    /** Emoji, pictographs and their joiners/selectors (outside the Basic Multilingual Plane, or U+2600–27BF). */
    private static boolean pictograph(int cp) {
        return cp > 0xFFFF || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3;
    }

    private static void text(List<Problem> p, String field, String text) {
        length(p, field, text, MAX_TEXT);
    }

    private static void length(List<Problem> p, String field, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            p.add(new Problem(field, Problem.Kind.TOO_LONG, max));
        }
    }

    private static void nonNegative(List<Problem> p, String field, Double v) {
        if (v != null && v < 0) {
            p.add(new Problem(field, Problem.Kind.NEGATIVE, v));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
