package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.ReportKind;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The report as a Word document, the one way both the window (报告 › 生成报告…) and the command line ({@code report})
 * make it: the report of a year and kind is built from the plan, its texts and the issuing unit, and written
 * atomically with its charts. Blocks: call it off the JavaFX thread.
 */
public final class ReportService {
    private final ReportBuilder builder;
    private final Charts charts;

    /**
     * @param tolerance the status tolerance (relative, 0.05 = ±5 % of the planned path)
     * @param today     the date the report is signed with
     */
    public ReportService(I18n t, ChartFonts fonts, double tolerance, LocalDate today) {
        this.builder = new ReportBuilder(t, tolerance, today);
        this.charts = new Charts(t, fonts, tolerance);
    }

    /** Why no report of {@code year} can be made (a sentence for the user), if it cannot. */
    public Optional<String> refusal(Plan plan, int year) {
        return builder.refusal(plan, year);
    }

    /** The report of {@code year} and {@code kind}: its sections' texts (keyed by section) and 落款 unit. */
    public Report build(Plan plan, int year, ReportKind kind, Map<String, Narrative> texts, String issuer) {
        return builder.build(plan, year, kind, texts, issuer);
    }

    /** {@link #build(Plan, int, ReportKind, Map, String)} with the 招商项目库 in section 三. */
    public Report build(Plan plan, int year, ReportKind kind, Map<String, Narrative> texts, String issuer,
                        List<Lead> leads, ChainMap map) {
        return builder.withLeads(leads, map).build(plan, year, kind, texts, issuer);
    }

    /** How many steps {@link #write} reports progress in. */
    public static int steps(Report report) {
        return ReportDocx.steps(report);
    }

    /** Writes {@code report} as docx to {@code target}, telling {@code progress} each step done. */
    public void write(Report report, Path target, IntConsumer progress) throws IOException {
        byte[] docx = new ReportDocx(charts).write(report, progress);
        AtomicFile.write(target, docx);
    }
}
