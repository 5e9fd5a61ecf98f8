package cn.yanggu.workbench.domain;

/**
 * The plan's monitoring cycle (八、保障措施): 年度监测分析 every year, 中期评估 in the middle of the period (2023 for
 * 2021–2025) and 总结评估 at its end (2025).
 */
public enum ReportKind {
    ANNUAL, MIDTERM, FINAL;

    /** The year this kind is meant for in a plan period, or empty for the annual report (any year). */
    public java.util.OptionalInt intendedYear(int periodStart, int periodEnd) {
        return switch (this) {
            case ANNUAL -> java.util.OptionalInt.empty();
            case MIDTERM -> java.util.OptionalInt.of(periodStart + (periodEnd - periodStart) / 2);
            case FINAL -> java.util.OptionalInt.of(periodEnd);
        };
    }

    /** The stored code: annual, midterm, final. */
    public String wire() {
        return Enums.wire(this);
    }

    /** Parses a stored or typed code (case-insensitive); empty when it is none of the three. */
    public static java.util.Optional<ReportKind> parse(String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        for (ReportKind k : values()) {
            if (k.wire().equalsIgnoreCase(s.strip())) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
