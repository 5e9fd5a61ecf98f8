package cn.yanggu.workbench.app.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Styles shared by the workbench's workbooks and a writer of one table per sheet: a bold header row with a fill,
 * numbers as numeric cells with a number format, text that wraps in wide columns, column widths sized for Chinese
 * (a CJK character takes two character widths) so that nothing shows as ###, and row heights computed from the
 * wrapped text (Excel, WPS and LibreOffice keep a row at one line's height when a file does not say otherwise).
 */
final class SheetWriter {
    /** Widest a column gets (in character widths) before its text wraps. */
    static final int MAX_WIDTH = 48;
    /**
     * Height of one line of wrapped text in points: 宋体 11 pt needs 14.25; LibreOffice, substituting a CJK font
     * with a taller line, needs about 16.
     */
    static final float LINE_POINTS = 16f;
    private static final String FONT = "宋体";

    final Workbook wb;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle year;
    final CellStyle title;
    final CellStyle locked;
    final CellStyle lockedNumber;
    final CellStyle input;
    final CellStyle inputNumber;
    final CellStyle inputDate;
    /** Styles derived from a base style with another number format, by base style and format. */
    private final Map<String, CellStyle> derived = new HashMap<>();

    SheetWriter(Workbook wb) {
        this.wb = wb;
        XSSFFont plain = (XSSFFont) wb.createFont();
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 11);
        XSSFFont bold = (XSSFFont) wb.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        XSSFFont big = (XSSFFont) wb.createFont();
        big.setFontName(FONT);
        big.setFontHeightInPoints((short) 14);
        big.setBold(true);
        short general = wb.createDataFormat().getFormat("@");
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        text = base(plain);
        text.setDataFormat(general);
        wrapped = base(plain);
        wrapped.setWrapText(true);
        wrapped.setDataFormat(general);
        integer = base(plain);
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        decimal = base(plain);
        decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0###"));
        year = base(plain);
        year.setDataFormat(wb.createDataFormat().getFormat("0"));
        title = base(big);
        locked = base(plain);
        locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked.setWrapText(true);
        lockedNumber = base(plain);
        lockedNumber.cloneStyleFrom(locked);
        lockedNumber.setWrapText(false);
        lockedNumber.setDataFormat(wb.createDataFormat().getFormat("#,##0.####;-#,##0.####;0"));
        input = base(plain);
        input.setLocked(false);
        input.setDataFormat(general);
        inputNumber = base(plain);
        inputNumber.setLocked(false);
        inputNumber.setDataFormat(wb.createDataFormat().getFormat("General"));
        inputDate = base(plain);
        inputDate.setLocked(false);
        inputDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        // the template's cells are a form: every cell framed, so the white input cells show where to type
        for (CellStyle st : new CellStyle[] {locked, lockedNumber, input, inputNumber, inputDate}) {
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
            st.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            st.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            st.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            st.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        }
    }

    private CellStyle base(XSSFFont font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /**
     * A number with the comparator the plan states it with ("> 85", "≥ 120"): a numeric cell whose number format
     * shows the sign, so the cell still sorts, filters and adds up as a number.
     */
    record Compared(double value, String sign) {
    }

    /**
     * A style like {@code base} showing {@code value} with thousands separators, decimals only when it has them, and
     * {@code sign} (">", "≥" …; null or "=" for none) before it.
     */
    CellStyle number(CellStyle base, double value, String sign) {
        String digits = value == Math.rint(value) ? "#,##0" : "#,##0.0###";
        String prefix = sign == null || sign.isEmpty() || sign.equals("=") ? ""
                : "\"" + sign.replace("\"", "") + "\"";
        String format = prefix.isEmpty() ? digits : prefix + digits + ";-" + prefix + digits + ";" + prefix + "0";
        return derived.computeIfAbsent(base.getIndex() + "|" + format, k -> {
            CellStyle st = wb.createCellStyle();
            st.cloneStyleFrom(base);
            st.setDataFormat(wb.createDataFormat().getFormat(format));
            return st;
        });
    }

    /** Characters a number takes as shown (with separators and decimals), for column widths. */
    static int numberWidth(double d) {
        if (!Double.isFinite(d)) {
            return String.valueOf(d).length() + 1;
        }
        // as String.format("%,.4f", d) without trailing zeros would show it, counted rather than formatted (formatting
        // every number of a large plan was a quarter of its export)
        java.math.BigDecimal shown = java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP);
        int digits = shown.abs().toBigInteger().toString().length();
        int decimals = Math.max(0, shown.stripTrailingZeros().scale());
        int sign = Double.compare(d, 0.0) < 0 ? 1 : 0;
        return sign + digits + (digits - 1) / 3 + (decimals > 0 ? 1 + decimals : 0) + 1;
    }

    /**
     * How many lines {@code text} takes when wrapped in a column {@code columnChars} character widths wide: each
     * line break starts a line, and a line longer than the column wraps (a CJK character is two widths).
     */
    static int lines(String text, int columnChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(4, columnChars - 2);
        if (text.indexOf('\n') < 0) {
            return Math.max(1, (displayWidth(text) + usable - 1) / usable);
        }
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n += Math.max(1, (displayWidth(line) + usable - 1) / usable);
        }
        return n;
    }

    /** The row height in points that shows {@code lines} lines of text, never below one line's default. */
    static float height(int lines) {
        return Math.max(15f, lines * LINE_POINTS + 2);
    }

    /** A column: its header (with the unit when it has one) and whether its numbers are years. */
    record Column(String header, boolean years) {
        static Column of(String header) {
            return new Column(header, false);
        }

        static Column year(String header) {
            return new Column(header, true);
        }
    }

    /**
     * Writes a sheet: header in row 1 (frozen, with a filter), then one row per entry. Numbers become numeric cells,
     * everything else text; {@code frozenColumns} columns stay visible when scrolling right. The column widths are
     * measured on the values first, so each row is written once, in order, with its height: a streaming workbook
     * (SXSSF, see {@link XlsxExport}) keeps only a window of rows in memory.
     */
    Sheet table(String name, List<Column> columns, List<List<Object>> rows, int frozenColumns) {
        Sheet sheet = wb.createSheet(name);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = Math.min(displayWidth(columns.get(c).header()), 24);
        }
        for (List<Object> values : rows) {
            for (int c = 0; c < columns.size() && c < values.size(); c++) {
                if (values.get(c) != null) {
                    widths[c] = Math.max(widths[c], width(values.get(c)));
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 3) * 256);
        }
        Row h = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            // a row with wrapped text gets the height of its tallest cell; others keep the default
            int most = 1;
            for (int c = 0; c < columns.size() && c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Compared cmp && Double.isFinite(cmp.value())) {
                    cell.setCellValue(cmp.value());
                    cell.setCellStyle(number(text, cmp.value(), cmp.sign()));
                } else if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    double d = n.doubleValue();
                    cell.setCellValue(d);
                    boolean whole = d == Math.rint(d);
                    cell.setCellStyle(columns.get(c).years() ? year : whole ? integer : decimal);
                } else {
                    String s = String.valueOf(v);
                    cell.setCellValue(s);
                    boolean oneLine = s.indexOf('\n') < 0;
                    int longest = longestLine(s);
                    cell.setCellStyle(longest > MAX_WIDTH || !oneLine ? wrapped : text);
                    if (!oneLine || longest > Math.min(widths[c], MAX_WIDTH) + 1) {
                        // a line that fits its column takes one line (see lines: the usable width is the column's - 2)
                        most = Math.max(most, lines(s, Math.min(widths[c], MAX_WIDTH) + 3));
                    }
                }
            }
            if (most > 1) {
                row.setHeightInPoints(height(most));
            }
        }
        sheet.createFreezePane(frozenColumns, 1);
        printable(sheet, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
        }
        return sheet;
    }

    /** Character widths a table value takes as shown (see {@link #table}). */
    private static int width(Object v) {
        if (v instanceof Compared cmp && Double.isFinite(cmp.value())) {
            return numberWidth(cmp.value()) + 1;
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return numberWidth(n.doubleValue());
        }
        return longestLine(String.valueOf(v));
    }

    /**
     * Prints landscape on A4, one page wide, the header rows repeated on every page (as offices print the tables for
     * meetings).
     */
    static void printable(Sheet sheet, int headerRows) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, headerRows - 1, -1, -1));
        }
    }

    /** Width of text in character widths: CJK and full-width characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static int longestLine(String s) {
        if (s.indexOf('\n') < 0) {
            return displayWidth(s);
        }
        int max = 0;
        for (String line : s.split("\n")) {
            max = Math.max(max, displayWidth(line));
        }
        return max;
    }

    private static boolean wide(int cp) {
        if (cp < 0x2E80) {
            // below the CJK radicals nothing is wide (and the script lookup is a binary search per character)
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Row values, nulls kept (an empty cell). */
    static List<Object> row(Object... values) {
        List<Object> out = new ArrayList<>(values.length);
        java.util.Collections.addAll(out, values);
        return out;
    }
}
