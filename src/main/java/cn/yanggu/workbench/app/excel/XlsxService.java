package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The spreadsheets the workbench writes, the one way both the window (文件 › 导出 Excel…, 年度数据 › 模板) and the
 * command line ({@code export --format xlsx}, {@code template}) make them: the whole plan as one workbook, and the
 * fill-in template of a year's actuals. Each file is written atomically. Blocks: call it off the JavaFX thread.
 */
public final class XlsxService {
    /** A template written: where, for which year, and the indicators left out for want of a unit. */
    public record Template(Path file, int year, List<String> withoutUnit) {
        public Template {
            withoutUnit = List.copyOf(withoutUnit);
        }
    }

    private final Editor editor;
    private final String databaseName;
    private final java.util.function.Supplier<List<Lead>> leads;
    private final java.util.function.Supplier<ChainMap> map;

    /**
     * @param databaseName the database file's name, recorded in the export's 说明 sheet
     * @param leads        the 招商项目库 at the time of an export, with {@code map} to name their links
     */
    public XlsxService(Editor editor, String databaseName, java.util.function.Supplier<List<Lead>> leads,
                       java.util.function.Supplier<ChainMap> map) {
        this.editor = editor;
        this.databaseName = databaseName;
        this.leads = leads;
        this.map = map;
    }

    /**
     * Writes the whole plan as one xlsx workbook (sheet names and headers in {@code t}'s language, times in
     * {@code zone}).
     */
    public void export(Path out, I18n t, String appVersion, ZoneId zone) throws IOException {
        var about = new XlsxExport.About(appVersion,
                OffsetDateTime.now(zone).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), databaseName,
                editor.locks());
        XlsxExport export = new XlsxExport(t, zone).withLeads(leads.get(), map.get());
        AtomicFile.write(out, stream -> export.write(editor.plan(), editor.audit(), about, stream));
    }

    /** Why no template of {@code year} can be made (a sentence for the user), if it cannot. */
    public Optional<String> templateRefusal(I18n t, int year) {
        var info = editor.plan().info();
        return year < info.baseYear() || year > info.visionYear()
                ? Optional.of(t.get("excel.error.yearRange", year, info.baseYear(), info.visionYear()))
                : Optional.empty();
    }

    /**
     * Writes the fill-in template for {@code year}'s actuals, {@code vintage} as the default 口径. A year outside the
     * plan is refused ({@link IllegalArgumentException} with {@link #templateRefusal}'s sentence).
     */
    public Template template(Path out, I18n t, int year, Enums.Vintage vintage) throws IOException {
        Optional<String> refused = templateRefusal(t, year);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        Plan plan = editor.plan();
        AtomicFile.write(out, new ActualsTemplate(t).write(plan, year, vintage));
        return new Template(out, year, ActualsTemplate.withoutUnit(plan));
    }
}
