package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.RecordField;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Field-by-field differences between two states of a record, for the audit log. */
final class Diff {
    private Diff() {
    }

    /** One changed field with its old and new value as text. */
    record Field(String name, String oldValue, String newValue) {
    }

    static List<Field> between(PlanRecord before, PlanRecord after) {
        List<Field> out = new ArrayList<>();
        for (RecordField<?, ?> f : after.fields()) {
            if (f == Indicator.VALUES) {
                out.addAll(values((Indicator) before, (Indicator) after));
            } else if (f == Threshold.VERSIONS) {
                out.addAll(versions((Threshold) before, (Threshold) after));
            } else {
                Object a = f.valueIn(before);
                Object b = f.valueIn(after);
                if (!Objects.equals(a, b)) {
                    out.add(new Field(f.name(), text(a), text(b)));
                }
            }
        }
        return out;
    }

    private static List<Field> values(Indicator before, Indicator after) {
        Map<String, YearValue> a = keyed(before);
        Map<String, YearValue> b = keyed(after);
        List<Field> out = new ArrayList<>();
        for (String key : union(a, b)) {
            YearValue x = a.get(key);
            YearValue y = b.get(key);
            if (!Objects.equals(x, y)) {
                out.add(new Field("values[" + key + "]", valueText(x), valueText(y)));
            }
        }
        return out;
    }

    /** One audit field per version added, changed or removed: "versions[2026]" 280 (source; note) → 300 (…). */
    private static List<Field> versions(Threshold before, Threshold after) {
        Map<Integer, Threshold.Version> a = new LinkedHashMap<>();
        before.versions().forEach(v -> a.put(v.fromYear(), v));
        Map<Integer, Threshold.Version> b = new LinkedHashMap<>();
        after.versions().forEach(v -> b.put(v.fromYear(), v));
        List<Field> out = new ArrayList<>();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(a.keySet());
        years.addAll(b.keySet());
        for (int y : years) {
            if (!Objects.equals(a.get(y), b.get(y))) {
                out.add(new Field("versions[" + y + "]", versionText(a.get(y)), versionText(b.get(y))));
            }
        }
        return out;
    }

    static String versionText(Threshold.Version v) {
        if (v == null) {
            return null;
        }
        String extra = v.source() == null ? v.note() : v.note() == null ? v.source() : v.source() + "; " + v.note();
        return number(v.value()) + (extra == null ? "" : " (" + extra + ")");
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static Map<String, YearValue> keyed(Indicator i) {
        Map<String, YearValue> m = new LinkedHashMap<>();
        for (YearValue v : i.values()) {
            m.put(v.year() + " " + v.kind().name().toLowerCase() + (v.vintage() == null ? ""
                    : " " + v.vintage().name().toLowerCase()), v);
        }
        return m;
    }

    static String valueText(YearValue v) {
        if (v == null) {
            return null;
        }
        return number(v.value()) + (v.source() == null ? "" : " (" + v.source()
                + (v.date() == null ? "" : ", " + v.date()) + ")");
    }

    /** A short description of a whole record (its name), for creates and deletes. */
    static String summary(PlanRecord record) {
        return record.name();
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase();
        }
        return v.toString();
    }

    static String number(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
    }
}
