package cn.yanggu.workbench.domain;

import java.util.List;

/**
 * A problem found in enterprise data or in a grading method, worded by the application ({@code app.grading.GradingText}).
 * {@code field} names what is wrong (a figure key, "weights", "cutoffs", "fromYear" …).
 */
public record GradingProblem(Kind kind, String field, List<Object> args) {
    public enum Kind {
        NOT_A_NUMBER, NEGATIVE, NOT_WHOLE,
        WEIGHTS_NOT_100, WEIGHT_NEGATIVE, NO_INDICATOR, DUPLICATE_INDICATOR,
        CUTOFF_MISSING, CUTOFF_RANGE, CUTOFFS_NOT_DESCENDING, SHARES_OVER_100, YEAR_OUT_OF_RANGE,
        /** A cell or pasted text that is not a number: args = the text. */
        TEXT_NOT_NUMBER,
        /** A number typed with a unit that is not the column's: args = the unit typed, the column's unit. */
        WRONG_UNIT,
        LOCKED_YEAR, NOT_XLSX, MISSING_SHEET, BAD_YEAR, MISSING_COLUMN, UNKNOWN_COLUMN, UNKNOWN_ENTERPRISE,
        NAME_MISMATCH, DUPLICATE_ROW, EXTRA_ROW, OUTSIDE_GRID, NO_ROWS
    }

    public GradingProblem(Kind kind, String field, Object... args) {
        this(kind, field, List.of(args));
    }
}
