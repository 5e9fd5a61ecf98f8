package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An admission rule for new projects (投资强度, 亩均税收, 容积率, 建筑系数): what it measures, how it compares, and its
 * standard as it changes over time — each {@link Version} applies from its year until the next one.
 */
public record Threshold(String code, String name, String unit, Enums.Comparator comparator, String text,
                        String source, List<Version> versions) implements PlanRecord {
    public Threshold {
        List<Version> sorted = new ArrayList<>(versions == null ? List.of() : versions);
        sorted.sort(Comparator.comparingInt(Version::fromYear));
        versions = List.copyOf(sorted);
    }

    /** The standard from {@code fromYear} on (从 fromYear 年起执行), with where it comes from. */
    public record Version(int fromYear, double value, String source, String note) {
    }

    /** The version in force in {@code year}: the latest one that applies from that year or earlier. */
    public Optional<Version> inForce(int year) {
        Version found = null;
        for (Version v : versions) {
            if (v.fromYear() <= year) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first version that applies after {@code year} (a standard not yet in force). */
    public Optional<Version> after(int year) {
        return versions.stream().filter(v -> v.fromYear() > year).findFirst();
    }

    /** The newest version (the standard that applies from the latest year). */
    public Optional<Version> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** This rule with {@code v} added, replacing a version from the same year. */
    public Threshold withVersion(Version v) {
        List<Version> out = new ArrayList<>(versions.stream().filter(o -> o.fromYear() != v.fromYear()).toList());
        out.add(v);
        return new Threshold(code, name, unit, comparator, text, source, out);
    }

    /** This rule with the version from {@code fromYear} replaced by {@code v} (which may start in another year). */
    public Threshold replacingVersion(int fromYear, Version v) {
        List<Version> out = new ArrayList<>();
        for (Version o : versions) {
            out.add(o.fromYear() == fromYear ? v : o);
        }
        return new Threshold(code, name, unit, comparator, text, source, out);
    }

    /** This rule without the version from {@code fromYear}. */
    public Threshold withoutVersion(int fromYear) {
        return new Threshold(code, name, unit, comparator, text, source,
                versions.stream().filter(o -> o.fromYear() != fromYear).toList());
    }

    // ------------------------------------------------------------------ fields, in component order

    private static final RecordField.Table<Threshold> FIELD_TABLE =
            new RecordField.Table<>(EntityKind.THRESHOLD, Threshold::build);
    public static final RecordField<Threshold, String> CODE = FIELD_TABLE.field("code", String.class, Threshold::code);
    public static final RecordField<Threshold, String> NAME = FIELD_TABLE.field("name", String.class, Threshold::name);
    public static final RecordField<Threshold, String> UNIT = FIELD_TABLE.field("unit", String.class, Threshold::unit);
    public static final RecordField<Threshold, Enums.Comparator> COMPARATOR =
            FIELD_TABLE.field("comparator", Enums.Comparator.class, Threshold::comparator);
    public static final RecordField<Threshold, String> TEXT = FIELD_TABLE.field("text", String.class, Threshold::text);
    public static final RecordField<Threshold, String> SOURCE =
            FIELD_TABLE.field("source", String.class, Threshold::source);
    public static final RecordField<Threshold, List<Version>> VERSIONS =
            FIELD_TABLE.field("versions", List.class, Threshold::versions);

    @Override
    public List<RecordField<Threshold, ?>> fields() {
        return FIELD_TABLE.fields();
    }

    @SuppressWarnings("unchecked")
    private static Threshold build(Object[] v) {
        return new Threshold((String) v[0], (String) v[1], (String) v[2], (Enums.Comparator) v[3], (String) v[4],
                (String) v[5], (List<Version>) v[6]);
    }
}
