package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.ReportKind;

import java.util.List;
import java.util.Map;

/**
 * A report, worded and laid out as blocks in reading order, independent of the file format: the docx writer renders
 * it, the 报告 view previews it. {@code plan} is the plan as of the report year (actuals of later years left out),
 * from which the figures are drawn.
 *
 * @param titleLines   the title (two lines: the plan, then the kind of report)
 * @param subtitle     the line under the title (evaluation year and data date)
 * @param rows         the rows of the indicator table (二、主要指标完成情况)
 * @param counts       indicators by status (for the final report: achieved / not achieved also by status)
 * @param lagging      the lagging (or, for the final report, not achieved) indicators, one sentence each
 * @param warnings     things the user should know before handing it in (year not the kind's year, sections empty)
 * @param emptySections narrative sections with no text yet (keys of {@link cn.yanggu.workbench.domain.Narrative})
 */
public record Report(ReportKind kind, int year, String fileName, List<String> titleLines, String subtitle,
                     List<Block> blocks, List<IndicatorRow> rows, Map<Assessment.Status, Integer> counts,
                     List<String> lagging, List<String> warnings, List<String> emptySections, Plan plan) {
    public Report {
        titleLines = List.copyOf(titleLines);
        blocks = List.copyOf(blocks);
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
        lagging = List.copyOf(lagging);
        warnings = List.copyOf(warnings);
        emptySections = List.copyOf(emptySections);
    }

    /** A piece of the document. */
    public sealed interface Block permits Heading, Paragraph, Table, Figure, Signature {
    }

    /** 一级标题 (level 1, 一、) or 二级标题 (level 2, （一）). */
    public record Heading(int level, String text) implements Block {
    }

    /** A body paragraph; {@code placeholder} marks the （尚未填写） line of an empty narrative section. */
    public record Paragraph(String text, Style style) implements Block {
        /** How a paragraph is set. */
        public enum Style { BODY, NOTE, PLACEHOLDER }
    }

    /**
     * A table; {@code widths} are relative column widths, {@code caption} goes above it (表 n). The header row
     * repeats on every page.
     */
    public record Table(String id, String caption, List<String> header, List<List<String>> rows, int[] widths)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart drawn from {@link Report#plan()}: {@code chartId} as in the charts view, caption 图 n below it. */
    public record Figure(String chartId, String caption) implements Block {
    }

    /**
     * The 落款 at the end of the document: the issuing body (发文机关署名) and the date the report is dated
     * (成文日期, written out, e.g. 2026年11月30日).
     */
    public record Signature(String issuer, String date) implements Block {
    }

    /** A row of the indicator table, the nine columns as printed. */
    public record IndicatorRow(String code, String number, String indicator, String base, String target,
                               String rate, String attribute, String current, String progress, String status,
                               Assessment.Status statusCode) {
        public List<String> cells() {
            return List.of(number, indicator, base, target, rate, attribute, current, progress, status);
        }
    }
}
