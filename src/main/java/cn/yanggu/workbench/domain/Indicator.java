package cn.yanggu.workbench.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An indicator of 表2-1 or another quantitative target/baseline of the plan, with its yearly values. */
public record Indicator(String code, String name, String category, String unit, Enums.Direction direction,
                        Enums.Attribute attribute, Enums.GrowthKind growthKind, Double statedRate,
                        String table, Integer row, String chainCode, String source, String note,
                        List<YearValue> values) implements PlanRecord {
    /** The order of an indicator's values, as the database gives them back: by year, kind and 口径. */
    private static final Comparator<YearValue> ORDER = Comparator.comparingInt(YearValue::year)
            .thenComparing(v -> String.valueOf(Enums.wire(v.kind())))
            .thenComparing(v -> v.vintage() == null ? "" : Enums.wire(v.vintage()));

    public Indicator {
        List<YearValue> sorted = new java.util.ArrayList<>(values);
        sorted.sort(ORDER);
        values = List.copyOf(sorted);
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

    // ------------------------------------------------------------------ fields, in component order

    private static final RecordField.Table<Indicator> FIELD_TABLE =
            new RecordField.Table<>(EntityKind.INDICATOR, Indicator::build);
    public static final RecordField<Indicator, String> CODE = FIELD_TABLE.field("code", String.class, Indicator::code);
    public static final RecordField<Indicator, String> NAME = FIELD_TABLE.field("name", String.class, Indicator::name);
    public static final RecordField<Indicator, String> CATEGORY =
            FIELD_TABLE.field("category", String.class, Indicator::category);
    public static final RecordField<Indicator, String> UNIT = FIELD_TABLE.field("unit", String.class, Indicator::unit);
    public static final RecordField<Indicator, Enums.Direction> DIRECTION =
            FIELD_TABLE.field("direction", Enums.Direction.class, Indicator::direction);
    public static final RecordField<Indicator, Enums.Attribute> ATTRIBUTE =
            FIELD_TABLE.field("attribute", Enums.Attribute.class, Indicator::attribute);
    public static final RecordField<Indicator, Enums.GrowthKind> GROWTH_KIND =
            FIELD_TABLE.field("growthKind", Enums.GrowthKind.class, Indicator::growthKind);
    public static final RecordField<Indicator, Double> STATED_RATE =
            FIELD_TABLE.field("statedRate", Double.class, Indicator::statedRate);
    public static final RecordField<Indicator, String> TABLE =
            FIELD_TABLE.field("table", String.class, Indicator::table);
    public static final RecordField<Indicator, Integer> ROW = FIELD_TABLE.field("row", Integer.class, Indicator::row);
    public static final RecordField<Indicator, String> CHAIN_CODE =
            FIELD_TABLE.field("chainCode", String.class, Indicator::chainCode);
    public static final RecordField<Indicator, String> SOURCE =
            FIELD_TABLE.field("source", String.class, Indicator::source);
    public static final RecordField<Indicator, String> NOTE = FIELD_TABLE.field("note", String.class, Indicator::note);
    public static final RecordField<Indicator, List<YearValue>> VALUES =
            FIELD_TABLE.field("values", List.class, Indicator::values);

    @Override
    public List<RecordField<Indicator, ?>> fields() {
        return FIELD_TABLE.fields();
    }

    /** This indicator with other yearly values (targets, baselines, actuals). */
    public Indicator withValues(List<YearValue> values) {
        return VALUES.with(this, values);
    }

    @SuppressWarnings("unchecked")
    private static Indicator build(Object[] v) {
        return new Indicator((String) v[0], (String) v[1], (String) v[2], (String) v[3], (Enums.Direction) v[4],
                (Enums.Attribute) v[5], (Enums.GrowthKind) v[6], (Double) v[7], (String) v[8], (Integer) v[9],
                (String) v[10], (String) v[11], (String) v[12], (List<YearValue>) v[13]);
    }
}
