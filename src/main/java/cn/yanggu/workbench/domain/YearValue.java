package cn.yanggu.workbench.domain;

/**
 * A value of an indicator for one year: the baseline, a target or an actual.
 * {@code value} is in the indicator's unit; {@code asStated} keeps the plan's own wording (e.g. "170亿元").
 */
public record YearValue(int year, Enums.ValueKind kind, double value, Enums.Comparator comparator,
                        Enums.Vintage vintage, String asStated, String source, String date, String note) {
}
