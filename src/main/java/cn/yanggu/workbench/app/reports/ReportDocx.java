package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.app.charts.SlideChart;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jfree.chart.JFreeChart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes a {@link Report} as a Word document laid out after GB/T 9704 (党政机关公文格式): A4 portrait, margins
 * top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm); body 仿宋_GB2312 三号 (16 pt) on a grid of
 * 22 lines × 28 characters (line pitch 28.95 pt); title 方正小标宋简体 二号 centred; 一级标题 黑体 三号, 二级标题
 * 楷体_GB2312 三号; page numbers "— 1 —" 宋体 四号 at the bottom, odd pages right and even pages left. The font table
 * names fall-backs (仿宋, 楷体, 宋体) for PCs without the GB2312 fonts. Plain paragraphs, tables and inline pictures
 * only, so Word, WPS and LibreOffice open it without repair.
 */
public final class ReportDocx {
    /** Fonts of GB/T 9704 and what Word/WPS should use where a PC lacks them. */
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String H1_FONT = "黑体";
    static final String H2_FONT = "楷体_GB2312";
    static final String PAGE_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    /** Twips (1/20 pt) per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The text width, 156 mm. */
    static final int TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
    /** 22 lines in the 225 mm text height: 28.95 pt. */
    static final int LINE_PITCH = 579;
    /** 28 characters of 16 pt in 156 mm (442.2 pt): body runs are condensed by 0.25 pt (in twips: −5). */
    static final int CHAR_SPACING = -5;

    private static final int BODY_SIZE = 16;
    private static final int TITLE_SIZE = 22;
    private static final int SMALL_SIZE = 14;
    /** 五号. */
    private static final double TABLE_SIZE = 10.5;

    /** Figures: drawn at a 1000 × 680 layout (so the chart's text prints at about 9–11 pt) and 2.4× for print. */
    private static final int FIG_LAYOUT_W = 1000;
    private static final int FIG_LAYOUT_H = 680;
    private static final double FIG_SCALE = 2.4;

    private final Charts charts;

    public ReportDocx(Charts charts) {
        this.charts = charts;
    }

    static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** The number of steps {@link #write} reports: one per figure and one for the document. */
    public static int steps(Report report) {
        return (int) report.blocks().stream().filter(b -> b instanceof Report.Figure).count() + 1;
    }

    /** The document as bytes; {@code progress} receives the number of steps done. */
    public byte[] write(Report report, IntConsumer progress) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            defaults(doc);
            fontTable(doc);
            doc.getProperties().getCoreProperties().setTitle(String.join("", report.titleLines()));
            doc.getProperties().getCoreProperties().setCreator(report.plan().info().issuer());
            for (String line : report.titleLines()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
                run(p, line, TITLE_FONT, TITLE_SIZE, false);
            }
            XWPFParagraph sub = paragraph(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
            run(sub, report.subtitle(), H2_FONT, BODY_SIZE, false);
            paragraph(doc, ParagraphAlignment.BOTH, false, LINE_PITCH);
            int done = 0;
            for (Report.Block block : report.blocks()) {
                if (block instanceof Report.Heading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, true, LINE_PITCH);
                    p.getCTP().getPPr().addNewKeepNext();
                    run(p, h.text(), h.level() == 1 ? H1_FONT : H2_FONT, BODY_SIZE, false);
                } else if (block instanceof Report.Paragraph para) {
                    switch (para.style()) {
                        case BODY, PLACEHOLDER -> run(paragraph(doc, ParagraphAlignment.BOTH, true, LINE_PITCH),
                                para.text(), BODY_FONT, BODY_SIZE, false);
                        case NOTE -> run(paragraph(doc, ParagraphAlignment.BOTH, true, 440), para.text(),
                                BODY_FONT, SMALL_SIZE, false);
                    }
                } else if (block instanceof Report.Table table) {
                    table(doc, table);
                } else if (block instanceof Report.Figure f) {
                    figure(doc, report.plan(), f);
                    progress.accept(++done);
                }
            }
            footers(doc);
            doc.write(out);
            progress.accept(++done);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ page

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        // the page number's line sits 7 mm below the text block (GB/T 9704 §7.5)
        mar.setFooter(BigInteger.valueOf(mm(35 - 7 - 5)));
        mar.setGutter(BigInteger.ZERO);
        var grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        // a line grid only: 28 characters a line come from the runs' character spacing (see CHAR_SPACING), which
        // Word, WPS and LibreOffice all honour; LibreOffice draws a linesAndChars grid at about 18 characters a line
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** Document defaults: 仿宋 三号, Chinese language (so the grid's character pitch is that of 16 pt). */
    private static void defaults(XWPFDocument doc) {
        var styles = doc.createStyles();
        var cts = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        CTRPr rpr = cts.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(LATIN_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(2L * BODY_SIZE));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(2L * BODY_SIZE));
        var lang = rpr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        styles.setStyles(cts);
    }

    /** The font table with the fall-backs Word and WPS use where a font is missing. */
    private static void fontTable(XWPFDocument doc) throws IOException {
        String[][] fonts = {
            {BODY_FONT, "仿宋", "02010609030101010101", "modern", "fixed"},
            {H2_FONT, "楷体", "02010609030101010101", "modern", "fixed"},
            {TITLE_FONT, "宋体", "02000000000000000000", "script", "variable"},
            {H1_FONT, "SimHei", "02010609060101010101", "modern", "fixed"},
            {PAGE_FONT, "SimSun", "02010600030101010101", "auto", "variable"},
        };
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String[] f : fonts) {
            xml.append("<w:font w:name=\"").append(f[0]).append("\"><w:altName w:val=\"").append(f[1])
                    .append("\"/><w:panose1 w:val=\"").append(f[2]).append("\"/><w:charset w:val=\"86\"/>")
                    .append("<w:family w:val=\"").append(f[3]).append("\"/><w:pitch w:val=\"").append(f[4])
                    .append("\"/></w:font>");
        }
        xml.append("<w:font w:name=\"").append(LATIN_FONT).append("\"><w:panose1 w:val=\"02020603050405020304\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream os = part.getOutputStream()) {
                os.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Page numbers "— 1 —" in 宋体 四号: odd pages right, even pages left, one character in from the edge. */
    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(align);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var ind = ppr.addNewInd();
        if (align == ParagraphAlignment.RIGHT) {
            ind.setRight(BigInteger.valueOf(280));
        } else {
            ind.setLeft(BigInteger.valueOf(280));
        }
        run(p, "— ", PAGE_FONT, SMALL_SIZE, false);
        run(p, "", PAGE_FONT, SMALL_SIZE, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", PAGE_FONT, SMALL_SIZE, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", PAGE_FONT, SMALL_SIZE, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", PAGE_FONT, SMALL_SIZE, false);
        run(p, "", PAGE_FONT, SMALL_SIZE, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", PAGE_FONT, SMALL_SIZE, false);
    }

    // ------------------------------------------------------------------ paragraphs

    /** A paragraph with exact line spacing ({@code line} in twips); {@code indent}: 首行缩进二字. */
    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent, int line) {
        XWPFParagraph p = doc.createParagraph();
        format(p, align, indent, line);
        return p;
    }

    private static void format(XWPFParagraph p, ParagraphAlignment align, boolean indent, int line) {
        p.setAlignment(align);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);
        sp.setLine(BigInteger.valueOf(line));
        sp.setLineRule(STLineSpacingRule.EXACT);
        if (indent) {
            var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(2 * BODY_SIZE * 20));
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double size, boolean bold) {
        XWPFRun r = p.createRun();
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setEastAsia(eastAsia);
        f.setCs(LATIN_FONT);
        // rPr children in the order Word expects: rFonts, b, spacing, sz
        if (bold) {
            r.setBold(true);
        }
        if (size == BODY_SIZE) {
            r.setCharacterSpacing(CHAR_SPACING);
        }
        r.setFontSize(size);
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }

    // ------------------------------------------------------------------ tables

    private static void table(XWPFDocument doc, Report.Table t) {
        XWPFParagraph caption = paragraph(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
        caption.getCTP().getPPr().addNewKeepNext();
        run(caption, t.caption(), H1_FONT, SMALL_SIZE, false);

        int cols = t.header().size();
        int total = 0;
        for (int w : t.widths()) {
            total += w;
        }
        int[] widths = new int[cols];
        int used = 0;
        for (int c = 0; c < cols; c++) {
            widths[c] = c == cols - 1 ? TEXT_W - used : (int) Math.round((double) t.widths()[c] * TEXT_W / total);
            used += widths[c];
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        CTTblWidth tw = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(TEXT_W));
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(20, 30, 20, 30);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            List<String> cells = r == 0 ? t.header() : t.rows().get(r - 1);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(widths[c]));
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (r == 0) {
                    cell.setColor("F2F2F2");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                // a short table stays on one page; a long one at least keeps its header with the first row
                boolean keep = r < t.rows().size() && (t.rows().size() <= 12 || r == 0);
                boolean left = r > 0 && c == 1 && cols == 9 || r > 0 && c == 0 && cols != 9;
                format(p, left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, false, 280);
                p.getCTP().getPPr().addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006
                        .sharedTypes.STOnOff1.OFF);
                if (keep) {
                    p.getCTP().getPPr().addNewKeepNext();
                }
                run(p, cells.get(c), r == 0 ? H1_FONT : BODY_FONT, TABLE_SIZE, false);
            }
        }
    }

    // ------------------------------------------------------------------ figures

    private void figure(XWPFDocument doc, Plan plan, Report.Figure f) throws IOException {
        SlideChart chart = chart(plan, f.chartId());
        if (chart == null) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTPPr ppr = p.getCTP().addNewPPr();
        ppr.addNewKeepNext();
        CTSpacing sp = ppr.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(120));
        sp.setAfter(BigInteger.ZERO);
        sp.setLine(BigInteger.valueOf(240));
        sp.setLineRule(STLineSpacingRule.AUTO);
        ppr.addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        byte[] png = png(chart.chart());
        // 85 % of the text width, so that two figures with their captions fit on one page
        double widthPt = TEXT_W / 20.0 * 0.85;
        double heightPt = widthPt * FIG_LAYOUT_H / FIG_LAYOUT_W;
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, f.chartId() + ".png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph caption = paragraph(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
        run(caption, f.caption(), H1_FONT, SMALL_SIZE, false);
    }

    private SlideChart chart(Plan plan, String id) {
        if (id.startsWith("indicator-")) {
            String code = id.substring("indicator-".length());
            return plan.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                    .map((Indicator i) -> charts.trajectory(plan, i)).orElse(null);
        }
        return switch (id) {
            case "chain-targets" -> charts.chainTargets(plan);
            case "pipeline-count" -> charts.pipeline(plan, false);
            case "pipeline-investment" -> charts.pipeline(plan, true);
            case "zones" -> charts.zones(plan);
            default -> null;
        };
    }

    /** The chart without its title (the caption below carries it), at print resolution. */
    static byte[] png(JFreeChart chart) {
        chart.setTitle((org.jfree.chart.title.TextTitle) null);
        int w = (int) Math.round(FIG_LAYOUT_W * FIG_SCALE);
        int h = (int) Math.round(FIG_LAYOUT_H * FIG_SCALE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(FIG_SCALE, FIG_SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, FIG_LAYOUT_W, FIG_LAYOUT_H));
        } finally {
            g2.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
