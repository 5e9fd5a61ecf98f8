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
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    static final String NORMAL_STYLE = "Normal";

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
    /** The text height, 225 mm. */
    static final int TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM;
    /** GB/T 9704 §5.2.2: 22 lines a page, 28 characters a line. */
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    /** 22 lines in the 225 mm text height: 579 twips (28.95 pt). */
    static final int LINE_PITCH = TEXT_H / LINES_PER_PAGE;

    private static final int BODY_SIZE = 16;
    private static final int TITLE_SIZE = 22;
    private static final int SMALL_SIZE = 14;

    /**
     * The document grid's {@code w:charSpace}: what the character pitch adds to the 16 pt of the Normal style, in
     * 1/4096 pt, rounded down so that 28 characters fit the 156 mm (442.25 pt) line: −842, a pitch of 15.794 pt.
     * Word and WPS set 28 characters a line from it (their 页面设置 → 文档网格 shows 每行 28 字).
     */
    static final int CHAR_SPACE = (int) Math.floor((TEXT_W / 20.0 / CHARS_PER_LINE - BODY_SIZE) * 4096);
    /** The character pitch of the grid in points. */
    static final double CHAR_PITCH = BODY_SIZE + CHAR_SPACE / 4096.0;
    /**
     * The width of the glyphs (w:w, per cent) in the Normal style: 98 %. 28 glyphs of 16 pt are 448 pt, wider than
     * the 442.25 pt line; Word and WPS close the gap with the grid alone, but LibreOffice gives a character wider
     * than the grid's pitch two cells (14 characters a line). At 98 % a glyph (15.68 pt) fits one cell even of the
     * pitch as LibreOffice rounds it (15.73 pt), so all three put 28 characters a line without condensing the runs
     * (negative character spacing on the runs made LibreOffice drop line-end punctuation).
     */
    static final int GLYPH_WIDTH = (int) Math.floor(100 * (CHAR_PITCH - 0.1) / BODY_SIZE);
    /** 首行缩进二字: two grid cells, in twips, not more (LibreOffice would round a wider indent up to three). */
    static final int INDENT_2 = (int) Math.floor(2 * (CHAR_PITCH - 0.05) * 20);

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
                XWPFParagraph p = offGrid(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
                run(p, line, TITLE_FONT, TITLE_SIZE, false);
            }
            XWPFParagraph sub = paragraph(doc, ParagraphAlignment.CENTER, false);
            run(sub, report.subtitle(), H2_FONT, BODY_SIZE, false);
            paragraph(doc, ParagraphAlignment.BOTH, false);
            int done = 0;
            for (Report.Block block : report.blocks()) {
                if (block instanceof Report.Heading h) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, true);
                    p.getCTP().getPPr().addNewKeepNext();
                    run(p, h.text(), h.level() == 1 ? H1_FONT : H2_FONT, BODY_SIZE, false);
                } else if (block instanceof Report.Paragraph para) {
                    switch (para.style()) {
                        case BODY, PLACEHOLDER -> run(paragraph(doc, ParagraphAlignment.BOTH, true),
                                para.text(), BODY_FONT, BODY_SIZE, false);
                        case NOTE -> run(offGrid(doc, ParagraphAlignment.BOTH, true, 440), para.text(),
                                BODY_FONT, SMALL_SIZE, false);
                    }
                } else if (block instanceof Report.Table table) {
                    table(doc, table);
                } else if (block instanceof Report.Figure f) {
                    figure(doc, report, f);
                    progress.accept(++done);
                } else if (block instanceof Report.Signature s) {
                    signature(doc, s);
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
        // 22 lines × 28 characters: the grid of 页面设置 → 文档网格 (指定行和字符网格)
        var grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /**
     * Document defaults: 仿宋 三号, Chinese language; and the Normal style at 16 pt, whose size is the base of the
     * grid's character pitch (Word, WPS and LibreOffice all read it there), with the glyph width of
     * {@link #GLYPH_WIDTH} and no automatic space between Chinese and digits.
     */
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
        var normal = cts.addNewStyle();
        normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.setStyleId(NORMAL_STYLE);
        normal.addNewName().setVal(NORMAL_STYLE);
        normal.addNewQFormat();
        // no extra space where Chinese meets digits or Latin letters (自动调整中文与西文、数字的间距 off): digits take
        // half a grid cell each, so that 2026年11月30日 is seven characters wide, not ten as on LibreOffice's grid
        var npr = normal.addNewPPr();
        npr.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
        npr.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
        CTRPr nr = normal.addNewRPr();
        nr.addNewW().setVal(GLYPH_WIDTH);
        nr.addNewSz().setVal(BigInteger.valueOf(2L * BODY_SIZE));
        nr.addNewSzCs().setVal(BigInteger.valueOf(2L * BODY_SIZE));
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
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
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

    /** A paragraph of 三号 text on the 28-character grid with exact line spacing; {@code indent}: 首行缩进二字. */
    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        format(p, align, indent, LINE_PITCH);
        return p;
    }

    /**
     * A paragraph off the character grid (title, captions, notes, table cells): text of another size than 三号
     * keeps its own width (on the grid LibreOffice would give a 22 pt title character two cells).
     */
    private static XWPFParagraph offGrid(XWPFDocument doc, ParagraphAlignment align, boolean indent, int line) {
        XWPFParagraph p = doc.createParagraph();
        format(p, align, indent, line);
        offGrid(p);
        return p;
    }

    private static void offGrid(XWPFParagraph p) {
        p.getCTP().getPPr().addNewSnapToGrid().setVal(STOnOff1.OFF);
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
            ind.setFirstLine(BigInteger.valueOf(INDENT_2));
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
        // rPr children in the order Word expects: rFonts, b, sz
        if (bold) {
            r.setBold(true);
        }
        r.setFontSize(size);
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }

    // ------------------------------------------------------------------ 落款

    /**
     * The 落款 after GB/T 9704-2012 §7.3.5.1, 仿宋 三号 on the grid: a blank line after the body (room for the seal),
     * the issuer (发文机关署名) centred over the date, and the date (成文日期) right-aligned four characters in from the
     * right edge (右空四字). The last body paragraph keeps with it, so the 落款 never stands alone on a page.
     */
    private static void signature(XWPFDocument doc, Report.Signature s) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        if (!ps.isEmpty()) {
            XWPFParagraph last = ps.get(ps.size() - 1);
            CTPPr ppr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
            if (!ppr.isSetKeepNext()) {
                ppr.addNewKeepNext();
            }
        }
        paragraph(doc, ParagraphAlignment.BOTH, false).getCTP().getPPr().addNewKeepNext();
        double dateChars = gridChars(s.date());
        double issuerChars = gridChars(s.issuer());
        XWPFParagraph issuer = paragraph(doc, ParagraphAlignment.RIGHT, false);
        issuer.getCTP().getPPr().addNewKeepNext();
        rightIndent(issuer, Math.max(0, SIGNATURE_RIGHT_CHARS + (dateChars - issuerChars) / 2));
        run(issuer, s.issuer(), BODY_FONT, BODY_SIZE, false);
        XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT, false);
        rightIndent(date, SIGNATURE_RIGHT_CHARS);
        run(date, s.date(), BODY_FONT, BODY_SIZE, false);
    }

    /** 成文日期右空四字. */
    static final int SIGNATURE_RIGHT_CHARS = 4;

    /** The length of a line of 三号 text in grid characters: a Chinese character one, a digit or letter half. */
    static double gridChars(String text) {
        double n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return n;
    }

    /** A right indent of {@code chars} grid characters (Word and WPS read the characters, LibreOffice the twips). */
    private static void rightIndent(XWPFParagraph p, double chars) {
        CTPPr ppr = p.getCTP().getPPr();
        var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setRightChars(BigInteger.valueOf(Math.round(chars * 100)));
        ind.setRight(BigInteger.valueOf(Math.round(chars * CHAR_PITCH * 20)));
    }

    // ------------------------------------------------------------------ tables

    /**
     * Table text sizes to try, largest first: 小四 (12 pt), 五号 (10.5 pt), 小五 (9 pt). A table takes the largest
     * at which every column fits its content (see {@link #layout}).
     */
    static final double[] TABLE_SIZES = {12, 10.5, 9};
    /** The widest column (the indicator's or chain's name) keeps at least this many characters a line. */
    static final int MIN_NAME_CHARS = 6;
    /** Cell margins left and right, in twips (1.5 pt). */
    static final int CELL_MARGIN = 30;
    /**
     * What a column gets beyond its measured content, in twips (0.5 pt): little, as the measure errs on the wide
     * side and the glyphs are set at {@link #GLYPH_WIDTH} per cent of it.
     */
    private static final int SLACK = 10;

    /** A number with its separators, sign, comparison and unit marks: never broken inside. */
    private static final Pattern NUMBER = Pattern.compile("[≥≤><]?[-+−]?\\d[\\d,]*(?:\\.\\d+)?[%‰]?\\*?");
    /** A bracketed group such as （快报） or （个）: never broken inside. */
    private static final Pattern BRACKET = Pattern.compile("（[^（）]*）|\\([^()]*\\)");
    /** A cell ending in a bracket, 1,580,000（快报） or 亩均税收（万元/亩）: the bracket may go to a line of its own. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("(.*[^\\s])(" + BRACKET.pattern() + ")");

    /**
     * How a table is set: the text size and the column widths in twips (summing to the text width).
     *
     * @param name the widest column of the builder's relative widths, which gets what the others leave
     */
    record TableLayout(double size, int[] widths, int name) {
    }

    /**
     * Column widths from the content, measured at the text size. Every column other than the name column is wide
     * enough for each of its cells on one line, except that a cell's closing bracket may stand on a line of its own
     * (1,580,000 / （快报）, see {@link #cellLines}), so that neither a number nor a bracket is ever broken; header
     * cells may wrap between characters but not inside a number (2025年 / 目标); the name column wraps between
     * characters, its brackets whole. The name column gets the rest, at least {@link #MIN_NAME_CHARS}
     * characters; what it can spare beyond that goes to putting headers and number-and-bracket cells on one line,
     * the cheapest first. The largest of {@link #TABLE_SIZES} at which this fits is taken.
     */
    static TableLayout layout(Report.Table t) {
        int cols = t.header().size();
        int name = 0;
        for (int c = 1; c < cols; c++) {
            if (t.widths()[c] > t.widths()[name]) {
                name = c;
            }
        }
        int pad = 2 * CELL_MARGIN + SLACK;
        for (int k = 0; k < TABLE_SIZES.length; k++) {
            double size = TABLE_SIZES[k];
            int[] widths = new int[cols];
            int[] wish = new int[cols];
            int used = 0;
            int nameMin = twips(MIN_NAME_CHARS * size) + pad;
            for (int c = 0; c < cols; c++) {
                double need = longestToken(t.header().get(c), size);
                double oneLine = textWidth(t.header().get(c), size);
                for (List<String> row : t.rows()) {
                    String cell = row.get(c);
                    need = Math.max(need, longestToken(cell, size));
                    if (c != name) {
                        Matcher m = TRAILING_BRACKET.matcher(cell);
                        need = Math.max(need, m.matches() ? Math.max(textWidth(m.group(1), size),
                                textWidth(m.group(2), size)) : textWidth(cell, size));
                    }
                    oneLine = Math.max(oneLine, textWidth(cell, size));
                }
                if (c == name) {
                    nameMin = Math.max(nameMin, twips(need) + pad);
                    continue;
                }
                widths[c] = twips(need) + pad;
                wish[c] = Math.max(0, twips(oneLine) + pad - widths[c]);
                used += widths[c];
            }
            if (used + nameMin > TEXT_W && k < TABLE_SIZES.length - 1) {
                continue;
            }
            int spare = TEXT_W - used - nameMin;
            Integer[] order = new Integer[cols];
            for (int c = 0; c < cols; c++) {
                order[c] = c;
            }
            Arrays.sort(order, Comparator.comparingInt(c -> wish[c]));
            for (int c : order) {
                if (c != name && wish[c] > 0 && wish[c] <= spare) {
                    widths[c] += wish[c];
                    used += wish[c];
                    spare -= wish[c];
                }
            }
            widths[name] = TEXT_W - used;
            return new TableLayout(size, widths, name);
        }
        throw new AssertionError("unreachable");
    }

    /**
     * A body cell's lines: one, or for a cell that ends in a bracket and does not fit its column on one line, the
     * text above its bracket: 1,580,000 / （快报）, 亩均税收 / （万元/亩）. Left to themselves LibreOffice and Word see
     * no break between a number and a full-width bracket and break the number instead, and they break a bracket
     * between its characters (亩均税收（万元/ / 亩）).
     */
    static List<String> cellLines(String cell, double size, int columnWidth) {
        Matcher m = TRAILING_BRACKET.matcher(cell);
        if (m.matches() && !fits(cell, size, columnWidth)) {
            return List.of(m.group(1), m.group(2));
        }
        return List.of(cell);
    }

    /**
     * A header cell's lines: one where it fits, else two broken between its pieces so that the second line has at
     * least two characters (2025年 / 目标, 年均 / 增速 rather than 2025年目 / 标, 年均增 / 速); where no such break
     * fits, the cell is left to wrap by itself.
     */
    static List<String> headerLines(String header, double size, int columnWidth) {
        if (fits(header, size, columnWidth)) {
            return List.of(header);
        }
        List<String> pieces = tokens(header);
        for (int i = pieces.size() - 1; i > 0; i--) {
            String first = String.join("", pieces.subList(0, i));
            String rest = String.join("", pieces.subList(i, pieces.size()));
            if (rest.length() >= 2 && fits(first, size, columnWidth) && fits(rest, size, columnWidth)) {
                return List.of(first, rest);
            }
        }
        return List.of(header);
    }

    /** Whether {@code text} fits a column of {@code columnWidth} twips on one line. */
    static boolean fits(String text, double size, int columnWidth) {
        return twips(textWidth(text, size)) + 2 * CELL_MARGIN + SLACK <= columnWidth;
    }

    /** The widest piece of {@code text} that must not be broken: a number, a bracket or a Latin word. */
    static double longestToken(String text, double size) {
        double max = 0;
        for (String token : tokens(text)) {
            max = Math.max(max, textWidth(token, size));
        }
        return max;
    }

    /**
     * The unbreakable pieces of a cell's text: numbers (1,580,000 · 9.3%* · ≥750), brackets (（快报）), Latin words;
     * other characters one by one.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Matcher n = NUMBER.matcher(text).region(i, text.length());
            Matcher b = BRACKET.matcher(text).region(i, text.length());
            if (n.lookingAt()) {
                out.add(n.group());
                i = n.end();
            } else if (b.lookingAt()) {
                out.add(b.group());
                i = b.end();
            } else if (Character.isLetter(text.charAt(i)) && text.charAt(i) < 0x2E80) {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) && text.charAt(j) < 0x2E80)) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                out.add(text.substring(i, i + 1));
                i++;
            }
        }
        return out;
    }

    /**
     * The width of {@code text} at {@code size} pt, in points, on the wide side: Latin characters as the wider of
     * Times New Roman and DejaVu Serif, which LibreOffice takes for Times New Roman where neither it nor Liberation
     * Serif is installed (digits 0.64 em against 0.5); Chinese, full-width forms and anything not listed a full em;
     * and a quarter em where Chinese meets Latin or digits (the space LibreOffice puts there whatever the document's
     * 自动调整中文与西文、数字的间距 says).
     */
    static double textWidth(String text, double size) {
        double em = 0;
        Boolean wasWide = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            double w = ch >= '0' && ch <= '9' ? 0.64
                    : ch == '.' || ch == ',' || ch == ' ' ? 0.32
                    : ch == '%' ? 0.95
                    : ch == '*' ? 0.5
                    : ch == '/' ? 0.34
                    : ch == '-' || ch == '(' || ch == ')' ? 0.39
                    : ch == '+' || ch == '<' || ch == '>' || ch == '−' ? 0.84
                    : ch >= 'A' && ch <= 'Z' ? 0.78
                    : ch >= 'a' && ch <= 'z' ? 0.6
                    : 1.0;
            boolean wide = w == 1.0;
            if (wasWide != null && wasWide != wide) {
                em += 0.25;
            }
            wasWide = wide;
            em += w;
        }
        return em * size;
    }

    private static int twips(double points) {
        return (int) Math.ceil(points * 20);
    }

    private static void table(XWPFDocument doc, Report.Table t) {
        XWPFParagraph caption = offGrid(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
        caption.getCTP().getPPr().addNewKeepNext();
        run(caption, t.caption(), H1_FONT, SMALL_SIZE, false);

        int cols = t.header().size();
        TableLayout layout = layout(t);
        int[] widths = layout.widths();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        CTTblWidth tw = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(TEXT_W));
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(20, CELL_MARGIN, 20, CELL_MARGIN);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        int line = (int) Math.round(layout.size() * 26);
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
                boolean left = r > 0 && c == layout.name();
                format(p, left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, false, line);
                offGrid(p);
                if (keep) {
                    p.getCTP().getPPr().addNewKeepNext();
                }
                List<String> lines = r == 0 ? headerLines(cells.get(c), layout.size(), widths[c])
                        : cellLines(cells.get(c), layout.size(), widths[c]);
                for (int i = 0; i < lines.size(); i++) {
                    XWPFRun run = run(p, lines.get(i), r == 0 ? H1_FONT : BODY_FONT, layout.size(), false);
                    if (i < lines.size() - 1) {
                        run.addBreak();
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ figures

    private void figure(XWPFDocument doc, Report report, Report.Figure f) throws IOException {
        SlideChart chart = chart(report, f.chartId());
        if (chart == null) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTPPr ppr = p.getCTP().getPPr();
        ppr.addNewKeepNext();
        CTSpacing sp = ppr.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(120));
        sp.setAfter(BigInteger.ZERO);
        sp.setLine(BigInteger.valueOf(240));
        sp.setLineRule(STLineSpacingRule.AUTO);
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        int layoutH = layoutHeight(chart.chart());
        byte[] png = png(chart.chart(), layoutH);
        // 85 % of the text width, so that two figures with their captions fit on one page
        double widthPt = TEXT_W / 20.0 * 0.85;
        double heightPt = widthPt * layoutH / FIG_LAYOUT_W;
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, f.chartId() + ".png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph caption = offGrid(doc, ParagraphAlignment.CENTER, false, LINE_PITCH);
        run(caption, f.caption(), H1_FONT, SMALL_SIZE, false);
    }

    /** A figure drawn as of the report's year; in a final evaluation its status line gives the verdict. */
    private SlideChart chart(Report report, String id) {
        Plan plan = report.plan();
        if (id.startsWith("indicator-")) {
            String code = id.substring("indicator-".length());
            return plan.indicator(code)
                    .map((Indicator i) -> report.kind() == cn.yanggu.workbench.domain.ReportKind.FINAL
                            ? charts.finalEvaluation(plan, i, report.year()) : charts.trajectory(plan, i,
                            report.year())).orElse(null);
        }
        return switch (id) {
            case "chain-targets" -> charts.chainTargets(plan);
            case "pipeline-count" -> charts.pipeline(plan, false);
            case "pipeline-investment" -> charts.pipeline(plan, true);
            case "zones" -> charts.zones(plan, report.year());
            default -> null;
        };
    }

    /**
     * The height a figure is laid out at: {@link #FIG_LAYOUT_H}, or taller for horizontal bars whose labels take three
     * lines each (产业链量化目标: name, target, latest), so that no label runs into the next.
     */
    static int layoutHeight(JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL
                && plot.getDataset() != null) {
            return Math.min(1400, Math.max(FIG_LAYOUT_H, 260 + 180 * plot.getDataset().getColumnCount()));
        }
        return FIG_LAYOUT_H;
    }

    /** The chart without its title (the caption below carries it), at print resolution. */
    static byte[] png(JFreeChart chart) {
        return png(chart, FIG_LAYOUT_H);
    }

    private static byte[] png(JFreeChart chart, int layoutH) {
        chart.setTitle((org.jfree.chart.title.TextTitle) null);
        int w = (int) Math.round(FIG_LAYOUT_W * FIG_SCALE);
        int h = (int) Math.round(layoutH * FIG_SCALE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(FIG_SCALE, FIG_SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, FIG_LAYOUT_W, layoutH));
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
