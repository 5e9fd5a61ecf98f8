package cn.yanggu.workbench.domain;

import java.util.List;

/**
 * Something wrong with a value a user entered: which field, what kind of problem, and the details for the
 * message (e.g. the maximum length). The UI words it in its language.
 */
public record Problem(String field, Kind kind, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public Problem(String field, Kind kind, Object... args) {
        this(field, kind, List.of(args));
    }

    /** The kinds of bad input the workbench refuses. */
    public enum Kind {
        REQUIRED, TOO_LONG, DUPLICATE, NOT_A_NUMBER, NEGATIVE, OVER_100_PERCENT, YEAR_OUT_OF_RANGE, YEAR_ORDER,
        UNKNOWN_REFERENCE, UNIT_MISMATCH, LOCKED_YEAR, BAD_DATE, DUPLICATE_FROM_YEAR,
        /** an emoji or pictograph the bundled font cannot print (argument: the character) */
        UNPRINTABLE,
        /** 用地 (亩) and 用地面积 (m²) disagree by more than 1 % (arguments: 亩, m², the relative difference) */
        IMPLAUSIBLE_LAND,
        /** a footprint larger than the site (argument: 建筑系数 in %) */
        IMPLAUSIBLE_COVERAGE,
        /** a total floor area below the footprint */
        IMPLAUSIBLE_FLOOR,
        /** a stage's date earlier than the stage before it (arguments: that stage, its date) */
        DATE_ORDER
    }
}
