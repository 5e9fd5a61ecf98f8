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

    // ------------------------------------------------------------------ fields
    public static final RecordField<Threshold, String> CODE =
            RecordField.of("code", String.class, Threshold::code, Threshold::withCode);
    public static final RecordField<Threshold, String> NAME =
            RecordField.of("name", String.class, Threshold::name, Threshold::withName);
    public static final RecordField<Threshold, String> UNIT =
            RecordField.of("unit", String.class, Threshold::unit, Threshold::withUnit);
    public static final RecordField<Threshold, Enums.Comparator> COMPARATOR =
            RecordField.of("comparator", Enums.Comparator.class, Threshold::comparator, Threshold::withComparator);
    public static final RecordField<Threshold, String> TEXT =
            RecordField.of("text", String.class, Threshold::text, Threshold::withText);
    public static final RecordField<Threshold, String> SOURCE =
            RecordField.of("source", String.class, Threshold::source, Threshold::withSource);
    public static final RecordField<Threshold, List<Version>> VERSIONS =
            RecordField.of("versions", List.class, Threshold::versions, Threshold::withVersions);

    /** Every field of a threshold, in the order of its components (the audit log's field names). */
    public static final List<RecordField<Threshold, ?>> FIELDS = List.of(CODE, NAME, UNIT, COMPARATOR, TEXT, SOURCE,
            VERSIONS);

    @Override
    public List<RecordField<Threshold, ?>> fields() {
        return FIELDS;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.THRESHOLD;
    }

    public Threshold withCode(String value) {
        return new Threshold(value, name, unit, comparator, text, source, versions);
    }

    public Threshold withName(String value) {
        return new Threshold(code, value, unit, comparator, text, source, versions);
    }

    public Threshold withUnit(String value) {
        return new Threshold(code, name, value, comparator, text, source, versions);
    }

    public Threshold withComparator(Enums.Comparator value) {
        return new Threshold(code, name, unit, value, text, source, versions);
    }

    public Threshold withText(String value) {
        return new Threshold(code, name, unit, comparator, value, source, versions);
    }

    public Threshold withSource(String value) {
        return new Threshold(code, name, unit, comparator, text, value, versions);
    }

    public Threshold withVersions(List<Version> value) {
        return new Threshold(code, name, unit, comparator, text, source, value);
    }
}
