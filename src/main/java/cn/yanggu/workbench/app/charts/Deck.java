package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The meeting deck (PPTX, 16:9): a title slide, one slide per chart with its status line, and the status table
 * with the count of each status. Plain shapes only, so PowerPoint, WPS and LibreOffice open it without repair.
 */
public final class Deck {
    private static final double W = 960;
    private static final double H = 540;
    private static final String FONT = "Microsoft YaHei";
    private static final int ROWS_PER_TABLE = 12;

    private final I18n t;
    private final Charts charts;
    private final LocalDate asOf;
    private final double tolerance;

    public Deck(I18n t, Charts charts, LocalDate asOf, double tolerance) {
        this.t = t;
        this.charts = charts;
        this.asOf = asOf;
        this.tolerance = tolerance;
    }

    /** Builds the deck; {@code progress} receives the number of slides done. */
    public byte[] pptx(Plan plan, List<SlideChart> slides, IntConsumer progress) {
        try (XMLSlideShow ppt = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ppt.setPageSize(new Dimension((int) W, (int) H));
            titleSlide(ppt, plan);
            int done = 1;
            progress.accept(done);
            for (SlideChart c : slides) {
                XSLFSlide slide = ppt.createSlide();
                // the slide's title is real text (editable in PowerPoint/WPS); the picture carries the rest
                text(slide, c.title(), new Rectangle2D.Double(40, 12, W - 80, 44), 24, true, new Color(0x1F2329));
                c.chart().setTitle((org.jfree.chart.title.TextTitle) null);
                byte[] png = ChartExport.png(c.chart(), SlideChart.WIDTH, SlideChart.HEIGHT);
                XSLFPictureData data = ppt.addPicture(png, PictureData.PictureType.PNG);
                XSLFPictureShape pic = slide.createPicture(data);
                double ph = H - 60 - 48;
                double pw = ph * 16 / 9;
                pic.setAnchor(new Rectangle2D.Double((W - pw) / 2, 56, pw, ph));
                if (c.statusLine() != null && !c.statusLine().isBlank()) {
                    text(slide, c.statusLine(), new Rectangle2D.Double(40, H - 50, W - 80, 40), 14, false,
                            new Color(0x646A73));
                }
                progress.accept(++done);
            }
            summary(ppt, plan);
            ppt.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void titleSlide(XMLSlideShow ppt, Plan plan) {
        XSLFSlide slide = ppt.createSlide();
        text(slide, "《" + plan.info().title() + "》", new Rectangle2D.Double(60, 150, W - 120, 70), 32, true,
                new Color(0x1F2329));
        text(slide, t.get("deck.subtitle"), new Rectangle2D.Double(60, 230, W - 120, 50), 24, false,
                new Color(0x1E6FD9));
        text(slide, t.get("deck.asOf", asOf.toString()) + "  ·  " + plan.info().documentNumber(),
                new Rectangle2D.Double(60, 300, W - 120, 40), 16, false, new Color(0x646A73));
    }

    private void summary(XMLSlideShow ppt, Plan plan) {
        int end = plan.info().periodEnd();
        List<Indicator> indicators = plan.indicators().stream()
                .filter(i -> i.target(end).isPresent()).toList();
        Map<Assessment.Status, Integer> counts = new EnumMap<>(Assessment.Status.class);
        for (Indicator ind : indicators) {
            counts.merge(Assessment.of(ind, end, tolerance).status(), 1, Integer::sum);
        }
        StringBuilder line = new StringBuilder();
        for (Assessment.Status s : Assessment.Status.values()) {
            line.append(line.length() == 0 ? "" : "  ·  ").append(charts.statusWord(s)).append(' ')
                    .append(counts.getOrDefault(s, 0));
        }
        for (int from = 0; from < indicators.size(); from += ROWS_PER_TABLE) {
            XSLFSlide slide = ppt.createSlide();
            text(slide, t.get("deck.summaryTitle") + (indicators.size() > ROWS_PER_TABLE
                    ? "（" + (from / ROWS_PER_TABLE + 1) + "）" : ""), new Rectangle2D.Double(40, 16, W - 80, 44),
                    24, true, new Color(0x1F2329));
            text(slide, line.toString(), new Rectangle2D.Double(40, 58, W - 80, 28), 13, false,
                    new Color(0x646A73));
            XSLFTable table = slide.createTable();
            table.setAnchor(new Rectangle2D.Double(40, 92, W - 80, H - 110));
            header(table.addRow(), t.get("deck.colNo"), t.get("deck.colIndicator"), t.get("deck.colBase"),
                    t.get("deck.colTarget"), t.get("deck.colLatest"), t.get("deck.colStatus"));
            int to = Math.min(indicators.size(), from + ROWS_PER_TABLE);
            for (int i = from; i < to; i++) {
                Indicator ind = indicators.get(i);
                Assessment a = Assessment.of(ind, end, tolerance);
                String unit = ind.unit() == null ? "" : "（" + ind.unit() + "）";
                row(table.addRow(), String.valueOf(i + 1), ind.name() + unit,
                        a.base().map(b -> Charts.number(b.value())).orElse("—"),
                        a.target().map(b -> Charts.number(b.value())).orElse("—"),
                        a.latest().map(l -> l.year() + "：" + Charts.number(l.value())).orElse(t.get("status.noData")),
                        charts.statusWord(a.status()));
            }
            double[] widths = {50, 330, 110, 110, 160, 120};
            for (int c = 0; c < widths.length; c++) {
                table.setColumnWidth(c, widths[c]);
            }
        }
    }

    private static void header(XSLFTableRow row, String... cells) {
        for (String c : cells) {
            XSLFTableCell cell = row.addCell();
            cell.setFillColor(new Color(0xF7F8FA));
            run(cell.addNewTextParagraph(), c, 13, true, new Color(0x1F2329));
        }
    }

    private static void row(XSLFTableRow row, String... cells) {
        for (String c : cells) {
            XSLFTableCell cell = row.addCell();
            run(cell.addNewTextParagraph(), c, 12, false, new Color(0x1F2329));
        }
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold,
                             Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
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
