package cn.yanggu.workbench.app.excel;

import java.util.List;

/**
 * A workbook that was refused before anything was written: every problem found, each with its place
 * (sheet!cell, sheet and row, or the file) and what is wrong, worded in the UI language.
 */
public final class XlsxRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem: where ({@code 年度实际值!F7}) and the whole line to show ({@code 年度实际值!F7：应为数字…}). */
    public record CellProblem(String position, String text) {
    }

    private final transient List<CellProblem> problems;

    public XlsxRejected(List<CellProblem> problems) {
        super(problems.size() + " problem(s): " + (problems.isEmpty() ? "" : problems.get(0).text()));
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
