package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.domain.GradingProblem;

import java.util.List;

/**
 * Enterprise data or a grading method that was refused: nothing was written. Each issue says where (a sheet cell
 * such as 企业数据!D7, a row, a pasted cell, or null for the whole thing) and what is wrong.
 */
public final class GradingRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem and where it is. */
    public record Issue(Where where, GradingProblem problem) {
    }

    /**
     * A position: {@code sheet} with a cell reference ({@code cell}, e.g. "D7") or a row number; or a pasted block's
     * row and column with the enterprise and figure they fall on; or nothing.
     */
    public record Where(String sheet, String cell, int row, int column, String enterprise, String figure) {
        public static Where cell(String sheet, String cell) {
            return new Where(sheet, cell, 0, 0, null, null);
        }

        public static Where row(String sheet, int row) {
            return new Where(sheet, null, row, 0, null, null);
        }

        public static Where pasted(int row, int column, String enterprise, String figure) {
            return new Where(null, null, row, column, enterprise, figure);
        }

        public static Where entry(String enterprise, String figure) {
            return new Where(null, null, 0, 0, enterprise, figure);
        }
    }

    private final transient List<Issue> issues;

    public GradingRejected(List<Issue> issues) {
        super(issues.size() + " problem(s)");
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
