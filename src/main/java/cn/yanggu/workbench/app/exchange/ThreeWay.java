package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.app.leads.Leads;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.RecordField;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way comparison of a package: for every record and field the package carries, the sender's base
 * ("base"), the sender's value ("theirs") and this database's value ("ours"). Only the sender changed it → take
 * theirs; only we changed it → keep ours; both changed it differently → a conflict the user decides; a new record →
 * created; a record the sender deleted → a deletion the user confirms. A value of a locked (定稿) year is never
 * changed by a package: it is listed as locked and kept.
 */
public final class ThreeWay {
    private ThreeWay() {
    }

    /** What the comparison found for one field (or, with {@code field} null, one whole record). */
    public enum Kind {
        /** A record only the sender has: created. */
        NEW,
        /** Only the sender changed the field: taken. */
        CHANGED,
        /** Both changed it differently: the user decides. */
        CONFLICT,
        /** The sender deleted a record we did not change: the user confirms. */
        DELETED,
        /** Only we changed it: kept (shown for information). */
        KEPT,
        /** The sender changed a value of a year locked here: kept, listed so nobody wonders. */
        LOCKED
    }

    /** A decision for a conflict or a deletion. */
    public enum Choice { OURS, THEIRS }

    /**
     * One line of the comparison. {@code field} is the record component (e.g. {@code investmentWan}) or, for an
     * indicator value, {@code values[2024 actual final]}; null for a whole record. The three values are the raw
     * states (a component value, a {@link YearValue}, or a whole record; null = absent).
     */
    public record Item(int id, EntityKind entity, String code, String name, String field, Kind kind,
                       Object base, Object ours, Object theirs) {
        /** Whether the user must choose (a conflict or a deletion). */
        public boolean needsChoice() {
            return kind == Kind.CONFLICT || kind == Kind.DELETED;
        }

        /** Whether this line is about a 招商 lead (not a plan record: {@code entity} is then null). */
        public boolean lead() {
            return entity == null;
        }
    }

    /**
     * What one field's three values mean: null when nothing is to be said (unchanged, or the same change on both
     * sides); {@link Kind#KEPT} when only we changed it, {@link Kind#CHANGED} when only the sender did,
     * {@link Kind#CONFLICT} when both did differently.
     */
    static Kind fieldKind(Object bv, Object ov, Object tv) {
        if (Objects.equals(tv, bv)) {
            return Objects.equals(ov, bv) ? null : Kind.KEPT;
        }
        if (Objects.equals(ov, tv)) {
            return null;   // the same change on both sides
        }
        return Objects.equals(ov, bv) ? Kind.CHANGED : Kind.CONFLICT;
    }

    /**
     * Compares a package's leads ({@code theirs}, {@code base}) with ours, as records are compared: a lead only the
     * sender has is new, one it deleted a deletion to confirm (a conflict when we changed it), and field by field
     * what only the sender changed is taken, what only we changed kept, what both changed a conflict. Item ids
     * continue from {@code firstId}.
     */
    public static List<Item> compareLeads(List<Lead> base, List<Lead> theirs, List<Lead> ours, int firstId) {
        List<Item> out = new ArrayList<>();
        Map<String, Lead> b = Leads.byCode(base);
        Map<String, Lead> th = Leads.byCode(theirs);
        Map<String, Lead> o = Leads.byCode(ours);
        Set<String> keys = new LinkedHashSet<>();
        theirs.forEach(l -> keys.add(l.code()));
        base.forEach(l -> keys.add(l.code()));
        for (String code : keys) {
            Lead br = b.get(code);
            Lead tr = th.get(code);
            Lead or = o.get(code);
            String name = (tr != null ? tr : or != null ? or : br).name();
            int id = firstId + out.size();
            if (or == null) {
                if (br == null) {
                    out.add(new Item(id, null, code, name, null, Kind.NEW, null, null, tr));
                } else if (tr != null && !leadFields(tr).equals(leadFields(br))) {
                    out.add(new Item(id, null, code, name, null, Kind.CONFLICT, br, null, tr));
                }
                continue;
            }
            if (tr == null) {
                if (br != null) {
                    boolean weChanged = !leadFields(or).equals(leadFields(br));
                    out.add(new Item(id, null, code, name, null, weChanged ? Kind.CONFLICT : Kind.DELETED, br, or,
                            null));
                }
                continue;
            }
            Map<String, Object> bf = br == null ? Map.of() : leadFields(br);
            Map<String, Object> tf = leadFields(tr);
            Map<String, Object> of = leadFields(or);
            for (String f : of.keySet()) {
                Kind k = fieldKind(bf.get(f), of.get(f), tf.get(f));
                if (k != null) {
                    out.add(new Item(firstId + out.size(), null, code, name, f, k, bf.get(f), of.get(f), tf.get(f)));
                }
            }
        }
        return out;
    }

    /**
     * Our leads after the comparison's lead items with {@code choices} (a conflict or deletion without a choice keeps
     * ours); leads keep their place, new ones come last.
     */
    public static List<Lead> leadsAfter(List<Lead> ours, List<Item> items, Map<Integer, Choice> choices) {
        Map<String, Lead> work = new LinkedHashMap<>();
        ours.forEach(l -> work.put(l.code(), l));
        for (Item it : items) {
            if (!it.lead() || !taken(it, choices)) {
                continue;
            }
            if (it.field() == null) {
                if (it.theirs() == null) {
                    work.remove(it.code());
                } else {
                    work.put(it.code(), (Lead) it.theirs());
                }
            } else {
                work.computeIfPresent(it.code(), (c, l) -> withLeadField(l, it.field(), it.theirs()));
            }
        }
        return List.copyOf(work.values());
    }

    private static boolean taken(Item it, Map<Integer, Choice> choices) {
        return switch (it.kind()) {
            case NEW, CHANGED -> true;
            case CONFLICT, DELETED -> choices.get(it.id()) == Choice.THEIRS;
            case KEPT, LOCKED -> false;
        };
    }

    /** The compared fields of a lead: every component but its code (the stage dates as one field). */
    static Map<String, Object> leadFields(Lead l) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : Lead.class.getRecordComponents()) {
            if (!c.getName().equals("code")) {
                out.put(c.getName(), component(c, l));
            }
        }
        return out;
    }

    private static Object component(RecordComponent c, Lead l) {
        try {
            return c.getAccessor().invoke(l);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Lead withLeadField(Lead l, String field, Object value) {
        RecordComponent[] cs = Lead.class.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            args[i] = cs[i].getName().equals(field) ? value : component(cs[i], l);
        }
        try {
            return Lead.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares a package's {@code theirs} and {@code base} with {@code ours} within {@code selection}. */
    public static List<Item> compare(Plan base, Plan theirs, Plan ours, Selection selection, Set<Integer> locked) {
        List<Item> out = new ArrayList<>();
        Map<String, PlanRecord> b = keyed(base);
        Map<String, PlanRecord> th = keyed(theirs);
        Set<String> keys = new LinkedHashSet<>(th.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            PlanRecord br = b.get(key);
            PlanRecord tr = th.get(key);
            PlanRecord any = tr != null ? tr : br;
            EntityKind kind = any.entityKind();
            String code = any.code();
            PlanRecord or = Plans.find(ours, kind, code).orElse(null);
            if (kind == EntityKind.INDICATOR && or != null) {
                or = selection.cutValues((Indicator) or);
            }
            String name = (tr != null ? tr : or != null ? or : br).name();
            if (or == null) {
                if (br == null) {
                    out.add(new Item(out.size(), kind, code, name, null, Kind.NEW, null, null, tr));
                } else if (tr != null && !fields(tr).equals(fields(br))) {
                    // we deleted it, the sender changed it
                    out.add(new Item(out.size(), kind, code, name, null, Kind.CONFLICT, br, null, tr));
                }
                continue;
            }
            if (tr == null && kind != EntityKind.INDICATOR) {
                if (br != null) {
                    boolean weChanged = !fields(or).equals(fields(br));
                    out.add(new Item(out.size(), kind, code, name, null, weChanged ? Kind.CONFLICT : Kind.DELETED,
                            br, or, null));
                }
                continue;
            }
            Map<String, Object> bf = br == null ? Map.of() : fields(br);
            Map<String, Object> tf = tr == null ? Map.of() : fields(tr);
            Map<String, Object> of = fields(or);
            Set<String> names = new LinkedHashSet<>(of.keySet());
            names.addAll(tf.keySet());
            names.addAll(bf.keySet());
            for (String f : names) {
                Object bv = bf.get(f);
                Object tv = tf.get(f);
                Object ov = of.get(f);
                Kind k = fieldKind(bv, ov, tv);
                if (k == null) {
                    continue;
                }
                if (k != Kind.KEPT && kind == EntityKind.INDICATOR && locked.contains(yearOf(f))) {
                    k = Kind.LOCKED;
                }
                out.add(new Item(out.size(), kind, code, name, f, k, bv, ov, tv));
            }
        }
        return out;
    }

    /**
     * The changes that apply the comparison with {@code choices} (by item id; a conflict or deletion without a
     * choice keeps ours). Deletions detach what refers to the record, as a delete in the UI does.
     */
    public static List<Change> changes(Plan ours, List<Item> items, Map<Integer, Choice> choices) {
        Plan work = ours;
        Set<String> touched = new LinkedHashSet<>();
        List<Item> deletions = new ArrayList<>();
        // field items grouped per record, applied to our record
        Map<String, List<Item>> fieldItems = new LinkedHashMap<>();
        for (Item it : items) {
            if (it.lead() || !taken(it, choices)) {
                continue;
            }
            String key = it.entity().wire() + ":" + it.code();
            if (it.field() == null) {
                if (it.theirs() == null) {
                    deletions.add(it);
                } else {
                    work = Plans.apply(work, Change.create((PlanRecord) it.theirs()));
                    touched.add(key);
                }
            } else {
                fieldItems.computeIfAbsent(key, x -> new ArrayList<>()).add(it);
            }
        }
        for (List<Item> group : fieldItems.values()) {
            Item first = group.get(0);
            PlanRecord record = Plans.find(work, first.entity(), first.code()).orElseThrow();
            for (Item it : group) {
                record = withField(record, it.field(), it.theirs());
            }
            work = Plans.apply(work, Change.update(Plans.find(work, first.entity(), first.code()).orElseThrow(),
                    record));
            touched.add(first.entity().wire() + ":" + first.code());
        }
        for (Item it : deletions) {
            PlanRecord record = Plans.find(work, it.entity(), it.code()).orElse(null);
            if (record == null) {
                continue;
            }
            for (Change c : Editor.deletion(work, record, "").changes()) {
                work = Plans.apply(work, c);
                touched.add(c.kind().wire() + ":" + c.code());
            }
        }
        List<Change> out = new ArrayList<>();
        for (String key : touched) {
            int colon = key.indexOf(':');
            EntityKind kind = kindOf(key.substring(0, colon));
            String code = key.substring(colon + 1);
            PlanRecord before = Plans.find(ours, kind, code).orElse(null);
            PlanRecord after = Plans.find(work, kind, code).orElse(null);
            if (!Objects.equals(before, after)) {
                out.add(new Change(kind, code, before, after));
            }
        }
        return out;
    }

    /** The sync base after a package: the sender's records (and, for indicators, its values of the years sent). */
    public static Plan advanceBase(Plan base, Plan theirs, Plan sentBase, Selection selection) {
        Plan out = base;
        Map<String, PlanRecord> th = keyed(theirs);
        Set<String> keys = new LinkedHashSet<>(th.keySet());
        keys.addAll(keyed(sentBase).keySet());
        for (String key : keys) {
            int colon = key.indexOf(':');
            EntityKind kind = kindOf(key.substring(0, colon));
            String code = key.substring(colon + 1);
            PlanRecord now = Plans.find(out, kind, code).orElse(null);
            PlanRecord t = th.get(key);
            if (kind == EntityKind.INDICATOR && now != null) {
                Indicator current = (Indicator) now;
                List<YearValue> values = new ArrayList<>(current.values().stream()
                        .filter(v -> !selection.inYears(v.year())).toList());
                if (t != null) {
                    values.addAll(((Indicator) t).values());
                }
                t = (t != null ? (Indicator) t : current).withValues(values);
            }
            if (t != null) {
                out = Plans.apply(out, Change.create(t));
            } else if (now != null) {
                out = Plans.apply(out, Change.delete(now));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ fields

    private static Map<String, PlanRecord> keyed(Plan p) {
        Map<String, PlanRecord> m = new LinkedHashMap<>();
        for (Enterprise e : p.enterprises()) {
            m.put(EntityKind.ENTERPRISE.wire() + ":" + e.code(), e);
        }
        for (Project pr : p.projects()) {
            m.put(EntityKind.PROJECT.wire() + ":" + pr.code(), pr);
        }
        for (Indicator i : p.indicators()) {
            m.put(EntityKind.INDICATOR.wire() + ":" + i.code(), i);
        }
        return m;
    }

    private static EntityKind kindOf(String wire) {
        for (EntityKind k : EntityKind.values()) {
            if (k.wire().equals(wire)) {
                return k;
            }
        }
        throw new IllegalArgumentException(wire);
    }

    /** The compared fields of a record: all but its code; for an indicator, its values by year, kind and vintage. */
    static Map<String, Object> fields(PlanRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (record instanceof Indicator i) {
            for (YearValue v : i.values()) {
                out.put(valueKey(v), v);
            }
            return out;
        }
        for (RecordField<?, ?> f : record.fields()) {
            if (!f.name().equals("code")) {
                out.put(f.name(), f.valueIn(record));
            }
        }
        return out;
    }

    /** "values[2024 actual final]": the cell of an indicator a value fills. */
    static String valueKey(YearValue v) {
        return "values[" + v.year() + " " + Enums.wire(v.kind())
                + (v.vintage() == null ? "" : " " + Enums.wire(v.vintage())) + "]";
    }

    /** The year of a value field, or 0 for another field. */
    public static int yearOf(String field) {
        if (field == null || !field.startsWith("values[")) {
            return 0;
        }
        int end = field.indexOf(' ');
        try {
            return Integer.parseInt(field.substring("values[".length(), end < 0 ? field.length() - 1 : end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PlanRecord withField(PlanRecord record, String field, Object value) {
        if (record instanceof Indicator i && field.startsWith("values[")) {
            List<YearValue> values = new ArrayList<>();
            boolean placed = false;
            for (YearValue v : i.values()) {
                if (valueKey(v).equals(field)) {
                    if (value != null) {
                        values.add((YearValue) value);
                    }
                    placed = true;
                } else {
                    values.add(v);
                }
            }
            if (!placed && value != null) {
                YearValue nv = (YearValue) value;
                int at = values.size();
                for (int k = 0; k < values.size(); k++) {
                    if (values.get(k).year() > nv.year()) {
                        at = k;
                        break;
                    }
                }
                values.add(at, nv);
            }
            return i.withValues(values);
        }
        return record.field(field).withValueIn(record, value);
    }
}
