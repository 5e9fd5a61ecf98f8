package cn.yanggu.workbench.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An indicator of 表2-1 or another quantitative target/baseline of the plan, with its yearly values. */
public record Indicator(String code, String name, String category, String unit, Enums.Direction direction,
                        Enums.Attribute attribute, Enums.GrowthKind growthKind, Double statedRate,
                        String table, Integer row, String chainCode, String source, String note,
                        List<YearValue> values) implements PlanRecord {
    public Indicator {
        values = List.copyOf(values);
    }

    /** The value of the given kind for a year, if the plan or a user recorded one. */
    public Optional<YearValue> value(Enums.ValueKind kind, int year) {
        return values.stream().filter(v -> v.kind() == kind && v.year() == year)
                .max(Comparator.comparing(v -> v.vintage() == null ? -1 : v.vintage().ordinal()));
    }

    /** The earliest baseline value. */
    public Optional<YearValue> baseline() {
        return values.stream().filter(v -> v.kind() == Enums.ValueKind.BASELINE)
                .min(Comparator.comparingInt(YearValue::year));
    }

    /** The target for a year (2025 for the plan period, 2035 for the vision). */
    public Optional<YearValue> target(int year) {
        return value(Enums.ValueKind.TARGET, year);
    }

    /**
     * A new indicator as 新增 drafts it: a name, a category and a source, higher is better, no growth kind, no
     * values yet.
     */
    public static Indicator draft(String code, String name, String category, String source) {
        return new Indicator(code, name, category, null, Enums.Direction.HIGHER, null, Enums.GrowthKind.NONE, null,
                null, null, null, source, null, List.of());
    }

    /** This indicator as known at the end of {@code year}: the actual values of later years left out. */
    public Indicator asOf(int year) {
        return withValues(values.stream().filter(v -> v.kind() != Enums.ValueKind.ACTUAL || v.year() <= year)
                .toList());
    }

    /** Whether this is a row of 表2-1. */
    public boolean inMainTable() {
        return table != null && row != null;
    }

    // ------------------------------------------------------------------ fields
    public static final RecordField<Indicator, String> CODE =
            RecordField.of("code", String.class, Indicator::code, Indicator::withCode);
    public static final RecordField<Indicator, String> NAME =
            RecordField.of("name", String.class, Indicator::name, Indicator::withName);
    public static final RecordField<Indicator, String> CATEGORY =
            RecordField.of("category", String.class, Indicator::category, Indicator::withCategory);
    public static final RecordField<Indicator, String> UNIT =
            RecordField.of("unit", String.class, Indicator::unit, Indicator::withUnit);
    public static final RecordField<Indicator, Enums.Direction> DIRECTION =
            RecordField.of("direction", Enums.Direction.class, Indicator::direction, Indicator::withDirection);
    public static final RecordField<Indicator, Enums.Attribute> ATTRIBUTE =
            RecordField.of("attribute", Enums.Attribute.class, Indicator::attribute, Indicator::withAttribute);
    public static final RecordField<Indicator, Enums.GrowthKind> GROWTH_KIND =
            RecordField.of("growthKind", Enums.GrowthKind.class, Indicator::growthKind, Indicator::withGrowthKind);
    public static final RecordField<Indicator, Double> STATED_RATE =
            RecordField.of("statedRate", Double.class, Indicator::statedRate, Indicator::withStatedRate);
    public static final RecordField<Indicator, String> TABLE =
            RecordField.of("table", String.class, Indicator::table, Indicator::withTable);
    public static final RecordField<Indicator, Integer> ROW =
            RecordField.of("row", Integer.class, Indicator::row, Indicator::withRow);
    public static final RecordField<Indicator, String> CHAIN_CODE =
            RecordField.of("chainCode", String.class, Indicator::chainCode, Indicator::withChainCode);
    public static final RecordField<Indicator, String> SOURCE =
            RecordField.of("source", String.class, Indicator::source, Indicator::withSource);
    public static final RecordField<Indicator, String> NOTE =
            RecordField.of("note", String.class, Indicator::note, Indicator::withNote);
    public static final RecordField<Indicator, List<YearValue>> VALUES =
            RecordField.of("values", List.class, Indicator::values, Indicator::withValues);

    /** Every field of a indicator, in the order of its components (the audit log's field names). */
    public static final List<RecordField<Indicator, ?>> FIELDS = List.of(CODE, NAME, CATEGORY, UNIT, DIRECTION,
            ATTRIBUTE, GROWTH_KIND, STATED_RATE, TABLE, ROW, CHAIN_CODE, SOURCE, NOTE, VALUES);

    @Override
    public List<RecordField<Indicator, ?>> fields() {
        return FIELDS;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.INDICATOR;
    }

    public Indicator withCode(String value) {
        return new Indicator(value, name, category, unit, direction, attribute, growthKind, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withName(String value) {
        return new Indicator(code, value, category, unit, direction, attribute, growthKind, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withCategory(String value) {
        return new Indicator(code, name, value, unit, direction, attribute, growthKind, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withUnit(String value) {
        return new Indicator(code, name, category, value, direction, attribute, growthKind, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withDirection(Enums.Direction value) {
        return new Indicator(code, name, category, unit, value, attribute, growthKind, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withAttribute(Enums.Attribute value) {
        return new Indicator(code, name, category, unit, direction, value, growthKind, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withGrowthKind(Enums.GrowthKind value) {
        return new Indicator(code, name, category, unit, direction, attribute, value, statedRate, table, row, chainCode, source, note, values);
    }

    public Indicator withStatedRate(Double value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, value, table, row, chainCode, source, note, values);
    }

    public Indicator withTable(String value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, statedRate, value, row, chainCode, source, note, values);
    }

    public Indicator withRow(Integer value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, statedRate, table, value, chainCode, source, note, values);
    }

    public Indicator withChainCode(String value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, statedRate, table, row, value, source, note, values);
    }

    public Indicator withSource(String value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, statedRate, table, row, chainCode, value, note, values);
    }

    public Indicator withNote(String value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, statedRate, table, row, chainCode, source, value, values);
    }

    public Indicator withValues(List<YearValue> value) {
        return new Indicator(code, name, category, unit, direction, attribute, growthKind, statedRate, table, row, chainCode, source, note, value);
    }
}
