package cn.yanggu.workbench.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An indicator of 表2-1 or another quantitative target/baseline of the plan, with its yearly values. */
public record Indicator(String code, String name, String category, String unit, Enums.Direction direction,
                        Enums.Attribute attribute, Enums.GrowthKind growthKind, Double statedRate,
                        String table, Integer row, String chainCode, String source, String note,
                        List<YearValue> values) {
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

    /** Whether this is a row of 表2-1. */
    public boolean inMainTable() {
        return table != null && row != null;
    }
}
