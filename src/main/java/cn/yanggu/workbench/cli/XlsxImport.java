package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.excel.XlsxRejected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import --format xlsx}: a filled actuals template, all or nothing. On failure one line: the number of bad
 * cells and the first few positions; {@code --report FILE} writes every problem, one a line.
 */
final class XlsxImport {
    /** How many problems the one line names. */
    static final int SHOWN = 3;

    private XlsxImport() {
    }

    static int run(Cli parent, Path in, Path report) {
        I18n t = parent.i18n;
        try (Workbench wb = parent.open()) {
            var result = wb.importActualsXlsx(in, t);
            parent.out.println(result.edit() == null ? t.get("excel.cli.nothing", in.getFileName(), result.year())
                    : t.get("excel.cli.imported", in.getFileName(), result.values(), result.year()));
            return Cli.OK;
        } catch (XlsxRejected e) {
            List<String> lines = e.problems().stream().map(XlsxRejected.CellProblem::text).toList();
            return fail(parent, in, report, lines);
        } catch (EditRejected e) {
            List<String> lines = e.problems().stream().map(p -> ErrorText.located(t, p)).toList();
            return fail(parent, in, report, lines);
        } catch (Cli.CliFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return parent.fail(Cli.FAILED, t.get("cli.importFailed", in.getFileName(), ErrorText.describe(t, e)));
        }
    }

    private static int fail(Cli parent, Path in, Path report, List<String> lines) {
        I18n t = parent.i18n;
        String first = String.join(t.get("excel.cli.separator"), lines.stream().limit(SHOWN).toList());
        String more = lines.size() > SHOWN ? t.get("excel.cli.more", lines.size() - SHOWN) : "";
        String tail = "";
        if (report != null) {
            try {
                Files.write(report, lines, StandardCharsets.UTF_8);
                tail = t.get("excel.cli.reportWritten", report.toAbsolutePath());
            } catch (IOException e) {
                tail = t.get("excel.cli.reportFailed", report.toAbsolutePath());
            }
        }
        return parent.fail(Cli.FAILED, t.get("excel.cli.rejected", in.getFileName(), lines.size(), first) + more + tail);
    }
}
