package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.excel.XlsxRejected;
import cn.yanggu.workbench.app.excel.XlsxWarnings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import --format xlsx}: a filled actuals template, all or nothing. On failure one line: the number of bad
 * cells and the first few positions; {@code --report FILE} writes every problem, one a line. A file with values 50
 * times or more away from last year's is refused with the list of them (one a line, exit 1) unless
 * {@code --accept-warnings} is given. Who reported the values is printed after the summary.
 */
final class XlsxImport {
    /** How many problems the one line names. */
    static final int SHOWN = 3;

    private XlsxImport() {
    }

    static int run(Cli parent, Path in, Path report, boolean acceptWarnings) {
        I18n t = parent.i18n;
        try (Workbench wb = parent.open()) {
            var result = wb.importActualsXlsx(in, t, acceptWarnings);
            parent.out.println(result.edit() == null ? t.get("excel.cli.nothing", in.getFileName(), result.year())
                    : t.get("excel.cli.imported", in.getFileName(), result.values(), result.year()));
            if (!result.reporter().isEmpty()) {
                parent.out.println(t.get("excel.cli.reporter", result.reporter().summary()));
            }
            return Cli.OK;
        } catch (XlsxWarnings e) {
            // nothing written: the list, a line each, so each cell can be checked
            List<String> lines = e.warnings().stream().map(XlsxRejected.CellProblem::text).toList();
            StringBuilder b = new StringBuilder(t.get("excel.cli.warnings", in.getFileName(), lines.size()));
            lines.forEach(l -> b.append(System.lineSeparator()).append("  ").append(l));
            if (report != null) {
                b.append(System.lineSeparator()).append(writeReport(t, report, lines, "excel.cli.warningsWritten")
                        .strip());
            }
            return parent.fail(Cli.FAILED, b.toString());
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
        String tail = report == null ? "" : writeReport(t, report, lines, "excel.cli.reportWritten");
        return parent.fail(Cli.FAILED, t.get("excel.cli.rejected", in.getFileName(), lines.size(), first) + more + tail);
    }

    /** Writes every line to {@code report}; says where with {@code written} (or that it could not). */
    private static String writeReport(I18n t, Path report, List<String> lines, String written) {
        try {
            AtomicFile.write(report, out -> {
                for (String line : lines) {
                    out.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                }
            });
            return t.get(written, report.toAbsolutePath());
        } catch (IOException e) {
            return t.get("excel.cli.reportFailed", report.toAbsolutePath());
        }
    }
}
