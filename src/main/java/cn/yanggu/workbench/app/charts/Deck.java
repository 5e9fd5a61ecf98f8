package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The meeting deck (PPTX, 16:9), in the order a meeting takes it: a title slide (the plan, the issuing unit, 数据截至
 * the data year); the status summary as a table, lagging indicators first, at most {@value #ROWS_PER_SLIDE} rows a
 * slide in 18-pt text with the status in its colour, word and symbol; then the charts, lagging first. A chart with
 * nothing to show is left out and the summary says which and why. Plain shapes only, so PowerPoint, WPS and
 * LibreOffice open it without repair.
 */
public final class Deck {
    static final double W = 960;
    static final double H = 540;
    static final int ROWS_PER_SLIDE = 10;
    /** The smallest text on a slide (points). */
    static final double BODY = 18;
    private static final String FONT = "Microsoft YaHei";
    private static final Color TEXT = new Color(0x1F2329);
    private static final Color SECONDARY = new Color(0x646A73);
    private static final Color ACCENT = new Color(0x1E6FD9);
    private static final Color HEADER = new Color(0xF7F8FA);
    private static final Color BORDER = new Color(0xE3E6EB);
    private static final double MARGIN = 20;
    private static final double CELL_PAD = 7;
    /** Column widths of the summary table (points; 920 in all): 指标, 目标, 最新值, 进度, 状态. */
    private static final double[] COLUMNS = {215, 130, 290, 120, 165};

    private final I18n t;
    private final Charts charts;
    private final String issuer;
    private final double tolerance;
    private final Judgements words;

    /** @param issuer the issuing unit (落款, {@code Narratives.issuer()}) */
    public Deck(I18n t, Charts charts, String issuer, double tolerance) {
        this.t = t;
        this.charts = charts;
        this.issuer = issuer;
        this.tolerance = tolerance;
        this.words = new Judgements(t);
    }

    /** Where the deck is: {@code done} slides of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);
    }

    /** What goes into the deck, decided before anything is drawn. */
    record Outline(int dataYear, List<Assessment> rows, double tableTop, List<List<Assessment>> pages,
                   List<String> chartIds, List<String> leftOut) {
        int slides() {
            return 1 + pages.size() + chartIds.size();
        }
    }

    /** The deck's contents: the summary's rows (lagging first, paged), the charts in order and what is left out. */
    Outline outline(Plan plan) {
        int year = Judgements.dataYear(plan);
        List<Assessment> judged = new ArrayList<>(Judgements.assess(plan, year, tolerance));
        judged.sort(Judgements.LAGGING_FIRST);
        List<Assessment> rows = judged.stream().filter(a -> a.latest().isPresent()).toList();
        List<String> noData = judged.stream().filter(a -> a.latest().isEmpty()).map(a -> a.indicator().name())
                .toList();

        Set<String> ids = new LinkedHashSet<>();
        for (Assessment a : rows) {
            ids.add(Charts.INDICATOR + a.indicator().code());
        }
        List<Charts.Entry> catalogue = charts.catalogue(plan);
        // statistics the plan records without a target (入区企业数, 基础设施投资) — when they have actuals
        for (Charts.Entry e : catalogue) {
            if (e.id().startsWith(Charts.INDICATOR) && hasActual(plan, e.id().substring(Charts.INDICATOR.length()),
                    year)) {
                ids.add(e.id());
            }
        }
        // 远景2035 only where a 2035 target or an approved next period's target (2030) was set: an extrapolation
        // is not something to put before the leadership as a slide of its own (it stays one click away in the
        // charts view and in the batch export)
        java.util.Optional<cn.yanggu.workbench.domain.PlanVersion> next =
                cn.yanggu.workbench.domain.Successors.approved(plan.versions());
        for (Charts.Entry e : catalogue) {
            if (e.id().startsWith(Charts.VISION)) {
                String code = e.id().substring(Charts.VISION.length());
                Indicator ind = indicator(plan, code);
                boolean set = ind != null && (ind.target(plan.info().visionYear()).isPresent()
                        || next.flatMap(v -> v.target(code, v.periodEnd())).isPresent());
                if (set && hasActual(plan, code, year)) {
                    ids.add(e.id());
                }
            }
        }
        for (Charts.Entry e : catalogue) {
            if (!e.id().startsWith(Charts.INDICATOR) && !e.id().startsWith(Charts.VISION)) {
                ids.add(e.id());
            }
        }
        List<String> leftOut = new ArrayList<>();
        if (!noData.isEmpty()) {
            leftOut.add(t.get("deck.leftOutIndicators", String.join("、", noData)));
        }
        for (Charts.LeftOut l : charts.leftOut(plan)) {
            leftOut.add(t.get("deck.leftOutChart", l.title(), l.reason()));
        }
        // the table starts under the status counts, which may take two lines (in English)
        double tableTop = COUNTS_TOP + height(String.join("   ", countParts(rows)), W - 2 * MARGIN) + 6;
        return new Outline(year, rows, tableTop, pages(plan, rows, leftOut, tableTop), List.copyOf(ids), leftOut);
    }

    private static Indicator indicator(Plan plan, String code) {
        return plan.indicator(code).orElse(null);
    }

    private static boolean hasActual(Plan plan, String code, int year) {
        Indicator ind = indicator(plan, code);
        return ind != null && Assessment.latestActual(ind, year).isPresent();
    }

    /** Builds the deck; {@code progress} hears after each slide. */
    public byte[] pptx(Plan plan, Progress progress) {
        return pptx(plan, List.of(), progress);
    }

    /** Builds the deck with {@code more} slide charts (e.g. the chain maps) after the indicators' charts. */
    public byte[] pptx(Plan plan, List<SlideChart> more, Progress progress) {
        Outline o = outline(plan);
        int total = o.slides() + more.size();
        try (XMLSlideShow ppt = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ppt.setPageSize(new Dimension((int) W, (int) H));
            titleSlide(ppt, plan, o.dataYear());
            int done = 1;
            progress.at(done, total);
            for (int p = 0; p < o.pages().size(); p++) {
                summary(ppt, plan, o, p);
                progress.at(++done, total);
            }
            for (String id : o.chartIds()) {
                chartSlide(ppt, charts.build(plan, id).orElseThrow());
                progress.at(++done, total);
            }
            for (SlideChart c : more) {
                chartSlide(ppt, c);
                progress.at(++done, total);
            }
            ppt.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One chart on a slide of its own. */
    private void chartSlide(XMLSlideShow ppt, SlideChart c) {
        XSLFSlide slide = ppt.createSlide();
        // the slide's title is real text (editable in PowerPoint/WPS); the picture carries the rest, its own
        // title taken off so nothing is said twice
        text(slide, c.title(), new Rectangle2D.Double(MARGIN, 14, W - 2 * MARGIN, 46), 28, true, TEXT);
        c.chart().setTitle((org.jfree.chart.title.TextTitle) null);
        byte[] png = ChartExport.png(c.chart(), SlideChart.WIDTH, SlideChart.HEIGHT);
        XSLFPictureData data = ppt.addPicture(png, PictureData.PictureType.PNG);
        XSLFPictureShape pic = slide.createPicture(data);
        double ph = H - 66 - 10;
        double pw = Math.min(W - 20, ph * 16 / 9);
        pic.setAnchor(new Rectangle2D.Double((W - pw) / 2, 66, pw, pw * 9 / 16));
    }

    private void titleSlide(XMLSlideShow ppt, Plan plan, int year) {
        XSLFSlide slide = ppt.createSlide();
        double x = 60;
        double w = W - 2 * x;
        centred(slide, "《" + plan.info().title() + "》", new Rectangle2D.Double(x, 120, w, 60), 36, true, TEXT);
        centred(slide, plan.info().documentNumber(), new Rectangle2D.Double(x, 184, w, 34), 20, false, SECONDARY);
        centred(slide, t.get("deck.subtitle"), new Rectangle2D.Double(x, 236, w, 56), 32, true, ACCENT);
        centred(slide, t.get("judgement.dataUpTo", year), new Rectangle2D.Double(x, 340, w, 40), 24, false, TEXT);
        centred(slide, issuer, new Rectangle2D.Double(x, 386, w, 40), 24, false, TEXT);
    }

    private static void centred(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold,
                                Color color) {
        text(slide, text, anchor, size, bold, color);
        XSLFTextBox box = (XSLFTextBox) slide.getShapes().get(slide.getShapes().size() - 1);
        box.getTextParagraphs().forEach(p -> p.setTextAlign(TextParagraph.TextAlign.CENTER));
    }

    // ------------------------------------------------------------------ summary

    private static final double TITLE_TOP = 16;
    private static final double COUNTS_TOP = 62;
    private static final double BOTTOM = H - 14;

    /**
     * Rows per summary slide: as few slides as hold every row — at most ten rows a slide and what fits in its height,
     * the left-out lines at the foot of the last — with the rows spread evenly (7, 6, 6 rather than 10, 8, 1).
     */
    private List<List<Assessment>> pages(Plan plan, List<Assessment> rows, List<String> leftOut, double tableTop) {
        double note = leftOut.stream().mapToDouble(l -> height(l, W - 2 * MARGIN)).sum();
        double header = rowHeightOf(headerCells(plan));
        double[] heights = rows.stream().mapToDouble(a -> rowHeightOf(cells(plan, a))).toArray();
        for (int k = 1; k <= Math.max(1, rows.size()); k++) {
            List<List<Assessment>> pages = new ArrayList<>();
            boolean fits = true;
            int from = 0;
            for (int p = 0; p < k; p++) {
                int size = rows.size() / k + (p < rows.size() % k ? 1 : 0);
                double used = header;
                for (int i = from; i < from + size; i++) {
                    used += heights[i];
                }
                double room = BOTTOM - tableTop - (p == k - 1 ? note + 16 : 0);
                fits &= size <= ROWS_PER_SLIDE && used <= room;
                pages.add(rows.subList(from, from + size));
                from += size;
            }
            if (fits) {
                return pages;
            }
        }
        // rows too tall for any split: one a slide
        List<List<Assessment>> pages = new ArrayList<>();
        rows.forEach(a -> pages.add(List.of(a)));
        return pages;
    }

    private void summary(XMLSlideShow ppt, Plan plan, Outline o, int page) {
        XSLFSlide slide = ppt.createSlide();
        int pages = o.pages().size();
        String title = t.get("deck.summaryTitle", o.dataYear()) + (pages > 1 ? t.get("deck.page", page + 1, pages)
                : "");
        text(slide, title, new Rectangle2D.Double(MARGIN, TITLE_TOP, W - 2 * MARGIN, 46), 28, true, TEXT);
        counts(slide, o);
        if (o.pages().get(page).isEmpty()) {
            leftOut(slide, o);
            return;
        }
        XSLFTable table = slide.createTable();
        List<Assessment> rows = o.pages().get(page);
        double header = rowHeightOf(headerCells(plan));
        double used = header + rows.stream().mapToDouble(a -> rowHeightOf(cells(plan, a))).sum();
        double room = BOTTOM - o.tableTop() - (page == pages - 1 ? leftOutHeight(o) + 16 : 0);
        // rows a little taller where the slide has room: a fuller, calmer table, never past the foot
        double extra = Math.max(0, Math.min(12, (room - used) / (rows.size() + 1)));
        cells(table.addRow(), header + extra, true, null, headerCells(plan));
        double y = header + extra;
        for (Assessment a : rows) {
            String[] cells = cells(plan, a);
            double h = rowHeightOf(cells) + extra;
            cells(table.addRow(), h, false, Charts.statusColour(a.status()), cells);
            y += h;
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            table.setColumnWidth(c, COLUMNS[c]);
        }
        table.setAnchor(new Rectangle2D.Double(MARGIN, o.tableTop(), W - 2 * MARGIN, y));
        if (page == pages - 1) {
            leftOut(slide, o);
        }
    }

    /** What was left out and why, at the foot of the slide, clear of the table (whose rows may wrap a little more). */
    private static void leftOut(XSLFSlide slide, Outline o) {
        double top = BOTTOM - leftOutHeight(o);
        for (String line : o.leftOut()) {
            double h = height(line, W - 2 * MARGIN);
            text(slide, line, new Rectangle2D.Double(MARGIN, top, W - 2 * MARGIN, h), BODY, false, SECONDARY);
            top += h;
        }
    }

    /** The count of each status, in its colour with its symbol: "▼ 滞后 3 · ● 基本符合预期 5 …" (lagging first). */
    private void counts(XSLFSlide slide, Outline o) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(MARGIN, COUNTS_TOP, W - 2 * MARGIN, o.tableTop() - COUNTS_TOP));
        box.setWordWrap(true);
        box.clearText();
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.LEFT);
        List<Assessment.Status> order = countOrder(o.rows());
        List<String> parts = countParts(o.rows());
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                run(p, "   ", BODY, false, SECONDARY);
            }
            run(p, parts.get(i), BODY, true, Charts.statusColour(order.get(i)));
        }
    }

    /** The statuses present, in the order of the rows (lagging first). */
    private static List<Assessment.Status> countOrder(List<Assessment> rows) {
        return rows.stream().map(Assessment::status).distinct().toList();
    }

    /** "▼ 滞后 3" for each status present. */
    private List<String> countParts(List<Assessment> rows) {
        return countOrder(rows).stream().map(s -> Words.symbol(s) + " " + Words.status(t, s) + " "
                + rows.stream().filter(a -> a.status() == s).count()).toList();
    }

    private String[] headerCells(Plan plan) {
        return new String[] {t.get("deck.colIndicator"), t.get("deck.colTarget",
                Judgements.period(plan, Judgements.dataYear(plan)).end()),
            t.get("deck.colLatest"), t.get("deck.colProgress"), t.get("deck.colStatus")};
    }

    /** 指标 / 2025年目标 (with its comparator) / 最新值 (year and 口径) / 进度 / 状态 — all worded by Judgements. */
    private String[] cells(Plan plan, Assessment a) {
        Indicator ind = a.indicator();
        // an adjusted target with the plan's own beside it, as the reports write it
        String target = words.requirement(a) + a.target().flatMap(tg -> Judgements.originalTarget(plan, ind, tg))
                .map(o -> t.get("report.doc.originalTarget", Judgements.sign(o)
                        + cn.yanggu.workbench.domain.Figures.recorded(ind, o.value()))).orElse("");
        String progress = a.basis() == Assessment.Basis.DIRECTION ? words.changeFromPrevious(a) : words.progress(a);
        return new String[] {ind.name(), target, words.latest(a), progress.isEmpty() ? "—" : progress,
            Words.symbol(a.status()) + " " + words.status(a)};
    }

    /** A row of cells at 18 pt; {@code status} colours the last cell (bold), as the status word is shown. */
    private static void cells(XSLFTableRow row, double height, boolean header, Color status, String... texts) {
        row.setHeight(height);
        for (int i = 0; i < texts.length; i++) {
            XSLFTableCell cell = row.addCell();
            if (header) {
                cell.setFillColor(HEADER);
            }
            cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
            cell.setLeftInset(CELL_PAD);
            cell.setRightInset(CELL_PAD);
            cell.setTopInset(3);
            cell.setBottomInset(3);
            for (TableCell.BorderEdge edge : new TableCell.BorderEdge[] {TableCell.BorderEdge.top,
                TableCell.BorderEdge.bottom}) {
                cell.setBorderColor(edge, BORDER);
                cell.setBorderWidth(edge, 1);
            }
            boolean last = i == texts.length - 1 && status != null;
            run(cell.addNewTextParagraph(), texts[i], BODY, header || last, last ? status : TEXT);
        }
    }

    private static double leftOutHeight(Outline o) {
        return o.leftOut().stream().mapToDouble(l -> height(l, W - 2 * MARGIN)).sum();
    }

    /** The height of a row of {@code texts} at 18 pt in the summary's columns. */
    static double rowHeightOf(String[] texts) {
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            lines = Math.max(lines, lines(texts[i], COLUMNS[i] - 2 * CELL_PAD));
        }
        return lines * BODY * 1.3 + 10;
    }

    /** The height of a text box of {@code text} at 18 pt and {@code width}. */
    private static double height(String text, double width) {
        return lines(text, width - 20) * BODY * 1.25 + 10;
    }

    /** How many lines {@code text} takes at 18 pt in {@code width} points (CJK full width, Latin about half). */
    static int lines(String text, double width) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c < 0x2000 ? 0.62 : 1.0;
        }
        return Math.max(1, (int) Math.ceil(em * BODY / width));
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold,
                             Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setTextAlign(TextParagraph.TextAlign.LEFT);
        run(p, text, size, bold, color);
    }

    private static void run(XSLFTextParagraph p, String text, double size, boolean bold, Color color) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(color);
        r.setFontFamily(FONT, FontGroup.LATIN);
        r.setFontFamily(FONT, FontGroup.EAST_ASIAN);
    }
}
