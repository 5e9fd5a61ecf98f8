package cn.yanggu.workbench.app.excel;

import java.util.List;

/**
 * A filled template that was checked and found valid, but with values to check before writing them (a value 50
 * times or more away from last year's): nothing was written. The window asks and imports again accepting them; the
 * command line needs {@code --accept-warnings}.
 */
public final class XlsxWarnings extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ActualsImport.Result result;

    public XlsxWarnings(ActualsImport.Result result) {
        super(result.warnings().size() + " warning(s): " + (result.warnings().isEmpty() ? ""
                : result.warnings().get(0).text()));
        this.result = result;
    }

    /** Each value to check, with its cell ({@code 年度实际值!F7：84.2 是上年值 0.84 的 100 倍，请核对单位}). */
    public List<XlsxRejected.CellProblem> warnings() {
        return result.warnings();
    }

    /** What the file would import once the warnings are accepted. */
    public ActualsImport.Result result() {
        return result;
    }
}
