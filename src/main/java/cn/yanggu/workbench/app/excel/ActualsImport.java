package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.domain.YearValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a filled {@link ActualsTemplate}: every cell is checked before anything is built, and any problem refuses
 * the whole file ({@link XlsxRejected}, each problem with its sheet, row and column). The result is one edit that
 * sets the year's actuals with their 口径, to be applied as one step. Sheet names, headers and 口径 words are
 * accepted in Chinese and in English, whichever language the template was written in; the header row is found by its
 * words, so templates written before the 填报 row was added are read too.
 *
 * <p>Who reports (填报单位, 填报人, 联系电话) becomes the values' source, joined with the row's own 来源, and
 * 填报日期 their date (today when not given); none of them is required, but a 填报日期 given must be a date.
 *
 * <p>A number in a cell formatted as percent is read as the percent it shows (Excel stores 84.2 % as 0.842) for an
 * indicator in %, and refused for any other unit.
 *
 * <p>Warnings: a value at least {@value #WARN_RATIO} times larger or smaller than the indicator's value of the year
 * before (or, without one, its base) is listed in {@link Result#warnings()} with its cell. That catches the usual
 * slips — 100× off (a percent typed as a fraction) or 10,000× off (元 for 万元, 万元 for 亿元) — while a
 * real year-on-year change, even a doubling or a tenfold jump of a small count, stays far below it. The caller asks
 * before writing such a file.
 */
public final class ActualsImport {
    /** Files larger than this are refused unread (a filled template is some tens of kilobytes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows beyond this are refused rather than read one by one. */
    static final int MAX_ROWS = 5000;
    private static final int MAX_QUOTE = 40;

    /** How far (as a factor, either way) a value may be from last year's (or the base) before it is a warning. */
    public static final double WARN_RATIO = 50;

    /** Who reported the values (any part may be null): from row 3 of the template. */
    public record Reporter(String office, String person, String phone, LocalDate date) {
        public boolean isEmpty() {
            return office == null && person == null && phone == null && date == null;
        }

        /** "阳谷县XX镇 · 张三 · 0635-1234567": the source the values are stored with, or null. */
        public String source() {
            List<String> parts = new ArrayList<>();
            for (String p : new String[] {office, person, phone}) {
                if (p != null) {
                    parts.add(p);
                }
            }
            return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
        }

        /** Everything given, date included, for the import summary; null when nothing was given. */
        public String summary() {
            String s = source();
            String d = date == null ? null : date.toString();
            return s == null ? d : d == null ? s : s + SEPARATOR + d;
        }
    }

    /** Between the parts of a source: the row's 来源, the office, the person, the phone. */
    static final String SEPARATOR = " · ";

    /**
     * What a valid file holds: the year, the edit (null when nothing would change), how many values it sets, how
     * many repeat what is stored, the values to check before writing (each with its cell) and who reported them.
     */
    public record Result(int year, Edit edit, int values, int unchanged, List<XlsxRejected.CellProblem> warnings,
                         Reporter reporter) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final I18n t;
    private final List<I18n> languages;
    private final LocalDate today;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<XlsxRejected.CellProblem> problems = new ArrayList<>();
    private String sheetName;

    public ActualsImport(I18n t, LocalDate today) {
        this.t = t;
        this.languages = List.of(t, I18n.forLanguage("zh"), I18n.forLanguage("en"));
        this.today = today;
    }

    /**
     * Checks {@code bytes} (the file {@code fileName}) against {@code plan}; throws {@link XlsxRejected} listing
     * every problem, or returns the edit that applies the file.
     */
    public Result read(byte[] bytes, String fileName, Plan plan, Set<Integer> locked) {
        problems.clear();
        if (bytes.length > MAX_BYTES) {
            throw reject(fileName, t.get("excel.error.tooBig", MAX_BYTES / 1024 / 1024));
        }
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception | StackOverflowError e) {
            throw reject(fileName, t.get("excel.error.notXlsx", cause(e)));
        }
        try (wb) {
            return read(wb, fileName, plan, locked);
        } catch (XlsxRejected e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // a workbook POI opened but cannot read further (a damaged part): refused as a whole, worded
            throw reject(fileName, t.get("excel.error.unreadable", cause(e)));
        }
    }

    /** Why POI could not read the file, in words (never the exception's class or stack). */
    private String cause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            String type = c.getClass().getName();
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("exceeds the max")) {
                return t.get("excel.cause.bomb");
            }
            if (type.endsWith("OLE2NotOfficeXmlFileException") || m.contains("ole2")) {
                return t.get("excel.cause.xls");
            }
            if (type.contains("Zip") || c instanceof java.io.EOFException || type.endsWith("NotOfficeXmlFileException")
                    || m.contains("zip") || m.contains("truncated") || m.contains("unexpected end")) {
                return t.get("excel.cause.zip");
            }
            if (type.contains("Xml") || type.contains("SAX") || m.contains("xml")) {
                return t.get("excel.cause.xml");
            }
        }
        return t.get("excel.cause.other");
    }

    private XlsxRejected reject(String where, String message) {
        return new XlsxRejected(List.of(new XlsxRejected.CellProblem(where, t.get("excel.problemAt", where,
                message))));
    }

    private Result read(XSSFWorkbook wb, String fileName, Plan plan, Set<Integer> locked) {
        Sheet sheet = null;
        for (I18n l : languages) {
            sheet = wb.getSheet(l.get("excel.tpl.sheet"));
            if (sheet != null) {
                break;
            }
        }
        if (sheet == null) {
            throw reject(fileName, t.get("excel.error.noSheet", t.get("excel.tpl.sheet")));
        }
        sheetName = sheet.getSheetName();
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw reject(sheetName, t.get("excel.error.tooManyRows", sheet.getLastRowNum() + 1, MAX_ROWS));
        }

        // the year: cell B2, and the defined name the template wrote
        Integer year = year(wb, sheet, plan, locked);
        Enums.Vintage defaultVintage = Enums.Vintage.FINAL;
        Cell dv = cell(sheet, ActualsTemplate.YEAR_ROW, ActualsTemplate.VINTAGE_COLUMN);
        String dvText = text(dv);
        if (dvText != null) {
            Optional<Enums.Vintage> v = vintage(dvText);
            if (v.isPresent()) {
                defaultVintage = v.get();
            } else {
                problem(ActualsTemplate.YEAR_ROW, ActualsTemplate.VINTAGE_COLUMN, t.get("excel.error.vintage",
                        quote(dvText)));
            }
        }

        // the header: the row with the code column's name (row 4 today, row 3 in templates without the 填报 row),
        // then every column found by its name, in either language
        int headerRow = headerRow(sheet, plan);
        Map<ActualsTemplate.Col, Integer> columns = new EnumMap<>(ActualsTemplate.Col.class);
        Row header = sheet.getRow(headerRow);
        for (ActualsTemplate.Col c : ActualsTemplate.Col.values()) {
            Integer at = null;
            if (header != null) {
                for (Cell cell : header) {
                    String h = text(cell);
                    if (h != null && languages.stream().anyMatch(l -> h.strip().equals(
                            ActualsTemplate.header(l, c, plan)))) {
                        at = cell.getColumnIndex();
                        break;
                    }
                }
            }
            if (at != null) {
                columns.put(c, at);
            } else if (c == ActualsTemplate.Col.CODE || c.input()) {
                rowProblem(headerRow, t.get("excel.error.noColumn",
                        ActualsTemplate.header(t, c, plan)));
            }
        }
        if (columns.size() < 5 || !columns.containsKey(ActualsTemplate.Col.CODE)
                || !columns.containsKey(ActualsTemplate.Col.VALUE)) {
            throw new XlsxRejected(problems);
        }

        Reporter reporter = reporter(sheet, headerRow);
        String reported = reporter.source();
        String date = reporter.date() == null ? today.toString() : reporter.date().toString();

        // the rows: every cell checked, all problems collected
        Map<String, Indicator> byCode = new HashMap<>();
        plan.indicators().forEach(i -> byCode.put(i.code(), i));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<YearValue>> entered = new LinkedHashMap<>();
        String defaultSource = t.get("values.defaultSource");
        Map<String, String> cellOf = new HashMap<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blankRow(row)) {
                continue;
            }
            int codeCol = columns.get(ActualsTemplate.Col.CODE);
            String code = text(row.getCell(codeCol));
            if (code == null) {
                problem(r, codeCol, t.get("excel.error.noCode"));
                continue;
            }
            code = code.strip();
            Indicator ind = byCode.get(code);
            if (ind == null) {
                problem(r, codeCol, t.get("excel.error.unknownCode", quote(code)));
                continue;
            }
            Integer first = seen.putIfAbsent(code, r);
            if (first != null) {
                problem(r, codeCol, t.get("excel.error.duplicate", code, first + 1));
                continue;
            }
            int valueCol = columns.get(ActualsTemplate.Col.VALUE);
            Cell valueCell = row.getCell(valueCol);
            Enums.Vintage vintage = defaultVintage;
            Integer vintageCol = columns.get(ActualsTemplate.Col.VINTAGE);
            String vt = vintageCol == null ? null : text(row.getCell(vintageCol));
            if (vt != null) {
                Optional<Enums.Vintage> v = vintage(vt);
                if (v.isPresent()) {
                    vintage = v.get();
                } else {
                    problem(r, vintageCol, t.get("excel.error.vintage", quote(vt)));
                }
            }
            // the row's own 来源 and who reported share the source field (at most 200 characters)
            int room = Validation.MAX_NAME * 2 - (reported == null ? 0 : reported.length() + SEPARATOR.length());
            String source = optionalText(row, columns.get(ActualsTemplate.Col.SOURCE), r, Math.max(1, room));
            String note = optionalText(row, columns.get(ActualsTemplate.Col.NOTE), r, Validation.MAX_TEXT);
            Parsed value = value(valueCell, ind, r, valueCol);
            if (value == null) {
                continue;    // no value typed (or a wrong one, already reported)
            }
            String stored = source == null ? (reported == null ? defaultSource : reported)
                    : reported == null ? source : source + SEPARATOR + reported;
            if (year != null) {
                entered.computeIfAbsent(code, k -> new ArrayList<>()).add(new YearValue(year,
                        Enums.ValueKind.ACTUAL, value.value, Enums.Comparator.EQ, vintage, value.asStated,
                        stored, date, note));
                cellOf.put(code, sheetName + "!" + CellReference.convertNumToColString(valueCol) + (r + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new XlsxRejected(problems);
        }

        // the edit: each indicator's actual of that year and 口径 replaced
        List<Change> changes = new ArrayList<>();
        int values = 0;
        int unchanged = 0;
        for (Map.Entry<String, List<YearValue>> e : entered.entrySet()) {
            Indicator before = byCode.get(e.getKey());
            List<YearValue> next = new ArrayList<>(before.values());
            for (YearValue v : e.getValue()) {
                next.removeIf(o -> o.kind() == Enums.ValueKind.ACTUAL && o.year() == v.year()
                        && o.vintage() == v.vintage());
                next.add(v);
            }
            Indicator after = before.withValues(next);
            if (sameIgnoringDate(before, after)) {
                unchanged++;
                cellOf.remove(e.getKey());    // a value already stored is not asked about again
            } else {
                changes.add(Change.update(before, after));
                values += e.getValue().size();
            }
        }
        Edit edit = changes.isEmpty() ? null : new Edit(t.get("excel.importLabel", fileName, values), changes);
        return new Result(year, edit, values, unchanged, warnings(entered, byCode, cellOf, year), reporter);
    }

    /** The row of the header: the first of the top rows with the code column's name in it. */
    private int headerRow(Sheet sheet, Plan plan) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), ActualsTemplate.HEADER_ROW + 5); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String h = text(cell);
                if (h != null && languages.stream().anyMatch(l -> h.strip().equals(
                        ActualsTemplate.header(l, ActualsTemplate.Col.CODE, plan)))) {
                    return r;
                }
            }
        }
        return ActualsTemplate.HEADER_ROW;
    }

    /**
     * Who reported, from the cells right of the labels 填报单位, 填报人, 联系电话, 填报日期 above the header (in either
     * language); a label or value missing is no problem, a 填报日期 that is not a date is.
     */
    private Reporter reporter(Sheet sheet, int headerRow) {
        Map<ActualsTemplate.Reporter, Cell> found = new EnumMap<>(ActualsTemplate.Reporter.class);
        for (int r = 0; r < headerRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String h = text(cell);
                if (h == null) {
                    continue;
                }
                for (ActualsTemplate.Reporter rp : ActualsTemplate.Reporter.values()) {
                    if (!found.containsKey(rp) && languages.stream().anyMatch(l -> h.strip().equals(rp.label(l)))) {
                        Cell input = row.getCell(cell.getColumnIndex() + 1);
                        found.put(rp, input);
                    }
                }
            }
        }
        String office = reporterText(found.get(ActualsTemplate.Reporter.OFFICE), 60);
        String person = reporterText(found.get(ActualsTemplate.Reporter.PERSON), 30);
        String phone = reporterText(found.get(ActualsTemplate.Reporter.PHONE), 40);
        LocalDate date = reportDate(found.get(ActualsTemplate.Reporter.DATE));
        return new Reporter(office, person, phone, date);
    }

    private String reporterText(Cell c, int max) {
        if (c == null) {
            return null;
        }
        if (effectiveType(c) == CellType.ERROR) {
            problem(c.getRowIndex(), c.getColumnIndex(), t.get("excel.error.cellError", quote(String.valueOf(text(c)))));
            return null;
        }
        String s = text(c);
        if (s == null) {
            return null;
        }
        s = s.replaceAll("\\s+", " ").strip();
        if (s.length() > max) {
            problem(c.getRowIndex(), c.getColumnIndex(), t.get("excel.error.tooLong", max));
            return null;
        }
        return s;
    }

    private static final java.util.regex.Pattern DATE_TEXT = java.util.regex.Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{4})(\\d{2})(\\d{2})");

    /** 填报日期: a date cell, or text such as 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 or 20240305. */
    private LocalDate reportDate(Cell c) {
        if (c == null || text(c) == null) {
            return null;
        }
        LocalDate d = null;
        CellType type = effectiveType(c);
        String shown = formatter.formatCellValue(c).strip();
        try {
            if (type == CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)) {
                d = c.getLocalDateTimeCellValue().toLocalDate();
            } else {
                String s = type == CellType.NUMERIC ? text(c) : shown;
                java.util.regex.Matcher m = DATE_TEXT.matcher(s.strip());
                if (m.matches()) {
                    int g = m.group(1) != null ? 1 : 4;
                    d = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                            Integer.parseInt(m.group(g + 2)));
                }
            }
        } catch (java.time.DateTimeException | IllegalStateException | NumberFormatException e) {
            d = null;    // 2024-02-30 and the like
        }
        // a date before 2000 is a number typed into the date cell (5 shows as 1900-01-05), not a report date
        if (d == null || d.getYear() < 2000 || d.isAfter(today.plusYears(1))) {
            problem(c.getRowIndex(), c.getColumnIndex(), t.get("excel.error.date", quote(shown)));
            return null;
        }
        return d;
    }

    /**
     * Values {@value #WARN_RATIO} times or more above or below the indicator's value of the year before (its best
     * 口径), or its base when the year before has none: probably typed in another unit.
     */
    private List<XlsxRejected.CellProblem> warnings(Map<String, List<YearValue>> entered,
                                                    Map<String, Indicator> byCode, Map<String, String> cellOf,
                                                    int year) {
        List<XlsxRejected.CellProblem> out = new ArrayList<>();
        for (Map.Entry<String, List<YearValue>> e : entered.entrySet()) {
            if (!cellOf.containsKey(e.getKey())) {
                continue;
            }
            Indicator ind = byCode.get(e.getKey());
            Optional<YearValue> previous = ind.value(Enums.ValueKind.ACTUAL, year - 1);
            String against;
            double ref;
            if (previous.isPresent()) {
                ref = previous.get().value();
                against = t.get("excel.warn.previousYear");
            } else {
                Optional<YearValue> base = ind.values().stream().filter(v -> v.kind() == Enums.ValueKind.BASELINE
                        && v.year() < year).max(java.util.Comparator.comparingInt(YearValue::year));
                if (base.isEmpty()) {
                    continue;
                }
                ref = base.get().value();
                against = t.get("excel.warn.base", base.get().year());
            }
            for (YearValue v : e.getValue()) {
                if (!(ref > 0) || !(v.value() > 0)) {
                    continue;    // no factor between a zero and anything
                }
                double ratio = v.value() / ref;
                String where = cellOf.get(e.getKey());
                if (ratio >= WARN_RATIO) {
                    out.add(new XlsxRejected.CellProblem(where, t.get("excel.problemAt", where, t.get(
                            "excel.warn.times", number(v.value()), against, number(ref), factor(ratio)))));
                } else if (ratio <= 1 / WARN_RATIO) {
                    out.add(new XlsxRejected.CellProblem(where, t.get("excel.problemAt", where, t.get(
                            "excel.warn.fraction", number(v.value()), against, number(ref), factor(1 / ratio)))));
                }
            }
        }
        return out;
    }

    /** A value as people write it: 84.2, 1,750,000, 0.842. */
    private static String number(double v) {
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(10))
                .stripTrailingZeros();
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(b);
    }

    /** A factor rounded as people say it: 100, 10,000, 2.5. */
    private static String factor(double f) {
        return f >= 10 ? String.format(Locale.ROOT, "%,.0f", f) : String.format(Locale.ROOT, "%.1f", f);
    }

    /** Whether the file only repeats values already there (the date of entry aside). */
    private static boolean sameIgnoringDate(Indicator a, Indicator b) {
        return strip(a).equals(strip(b));
    }

    private static java.util.Set<List<Object>> strip(Indicator i) {
        java.util.Set<List<Object>> out = new java.util.HashSet<>();
        for (YearValue v : i.values()) {
            out.add(java.util.Arrays.asList(v.year(), v.kind(), v.value(), v.comparator(), v.vintage(), v.asStated(),
                    v.source(), v.note()));
        }
        return out;
    }

    private Integer year(XSSFWorkbook wb, Sheet sheet, Plan plan, Set<Integer> locked) {
        Cell c = cell(sheet, ActualsTemplate.YEAR_ROW, ActualsTemplate.YEAR_COLUMN);
        Integer year = null;
        String shown = text(c);
        if (c != null && effectiveType(c) == CellType.NUMERIC) {
            double d = c.getCellType() == CellType.FORMULA ? c.getNumericCellValue() : c.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 10000) {
                year = (int) d;
            }
        } else if (shown != null && shown.strip().matches("\\d{4}(年)?")) {
            year = Integer.parseInt(shown.strip().substring(0, 4));
        }
        int first = plan.info().baseYear();
        int last = plan.info().visionYear();
        if (year == null) {
            problem(ActualsTemplate.YEAR_ROW, ActualsTemplate.YEAR_COLUMN, shown == null ? t.get("excel.error.noYear")
                    : t.get("excel.error.notYear", quote(shown)));
            return null;
        }
        if (year < first || year > last) {
            problem(ActualsTemplate.YEAR_ROW, ActualsTemplate.YEAR_COLUMN, t.get("excel.error.yearRange", year, first,
                    last));
            return null;
        }
        Name name = wb.getName(ActualsTemplate.YEAR_NAME);
        if (name != null) {
            String f = name.getRefersToFormula();
            if (f != null && f.strip().matches("\\d{1,6}") && Integer.parseInt(f.strip()) != year) {
                problem(ActualsTemplate.YEAR_ROW, ActualsTemplate.YEAR_COLUMN, t.get("excel.error.yearChanged", year,
                        Integer.parseInt(f.strip())));
                return null;
            }
        }
        if (locked.contains(year)) {
            problem(ActualsTemplate.YEAR_ROW, ActualsTemplate.YEAR_COLUMN, t.get("excel.error.locked", year));
        }
        return year;
    }

    private record Parsed(double value, String asStated) {
    }

    /** The number of a value cell, or null when blank or wrong (a problem then recorded). */
    private Parsed value(Cell cell, Indicator ind, int r, int col) {
        if (cell == null) {
            return null;
        }
        CellType type = effectiveType(cell);
        Double v = null;
        String asStated = null;
        if (type == CellType.BLANK) {
            return null;
        } else if (type == CellType.NUMERIC) {
            v = cell.getNumericCellValue();
            if (percentFormat(cell)) {
                // Excel stores 84.2 % as 0.842: read what people see, for an indicator in % only
                String shown = formatter.formatCellValue(cell);
                if (!"%".equals(ind.unit())) {
                    problem(r, col, t.get("excel.error.unit", quote(shown), ind.unit() == null
                            ? t.get("excel.noUnit") : ind.unit()));
                    return null;
                }
                v = java.math.BigDecimal.valueOf(v).movePointRight(2).doubleValue();
            }
        } else if (type == CellType.STRING) {
            String s = cell.getStringCellValue();
            if (s == null || s.isBlank()) {
                return null;
            }
            Quantity.Parsed p = Quantity.parse(s, ind.unit());
            if (p.problem().isPresent()) {
                Problem.Kind k = p.problem().get();
                problem(r, col, k == Problem.Kind.UNIT_MISMATCH
                        ? t.get("excel.error.unit", quote(s), ind.unit() == null ? t.get("excel.noUnit") : ind.unit())
                        : t.get("excel.error.notNumber", quote(s)));
                return null;
            }
            if (p.value().isEmpty()) {
                return null;
            }
            v = p.value().get();
            String typed = p.unitTyped();
            asStated = typed == null || typed.isEmpty() || typed.equals(ind.unit()) ? null : s.strip();
        } else {
            problem(r, col, t.get("excel.error.notNumber", quote(String.valueOf(text(cell)))));
            return null;
        }
        List<Problem> ps = new ArrayList<>();
        Validation.value(ps, "value", v, ind.unit());
        if (!ps.isEmpty()) {
            problem(r, col, ErrorText.problem(t, ps.get(0)));
            return null;
        }
        if (Math.abs(v) > 1e15) {
            problem(r, col, t.get("excel.error.huge", quote(String.valueOf(text(cell)))));
            return null;
        }
        return new Parsed(v, asStated);
    }

    /**
     * Whether a cell's number format shows its value as a percent (multiplied by 100): a {@code %} outside quoted
     * text and not escaped ({@code 0.0"%"} and {@code 0.0\%} only print the sign).
     */
    static boolean percentFormat(Cell cell) {
        String f = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (f == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\\' || c == '_' || c == '*')) {
                i++;    // the next character is printed (or padded) as it is
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }

    private String optionalText(Row row, Integer col, int r, int max) {
        if (col == null) {
            return null;
        }
        Cell c = row.getCell(col);
        if (c != null && effectiveType(c) == CellType.ERROR) {
            problem(r, col, t.get("excel.error.cellError", quote(String.valueOf(text(c)))));
            return null;
        }
        String s = text(c);
        if (s == null) {
            return null;
        }
        s = s.strip();
        if (s.length() > max) {
            problem(r, col, t.get("excel.error.tooLong", max));
            return null;
        }
        return s;
    }

    private Optional<Enums.Vintage> vintage(String text) {
        String s = text.strip();
        for (Enums.Vintage v : Enums.Vintage.values()) {
            if (s.equalsIgnoreCase(Enums.wire(v)) || s.equalsIgnoreCase(v.name())) {
                return Optional.of(v);
            }
            for (I18n l : languages) {
                if (s.equalsIgnoreCase(ActualsTemplate.vintageLabel(l, v))) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static CellType effectiveType(Cell c) {
        CellType type = c.getCellType();
        return type == CellType.FORMULA ? c.getCachedFormulaResultType() : type;
    }

    private static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** What a cell shows, or null when it is blank. */
    private String text(Cell c) {
        if (c == null) {
            return null;
        }
        String s = switch (effectiveType(c)) {
            case BLANK -> null;
            case STRING -> c.getStringCellValue();
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
            }
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> {
                try {
                    yield FormulaError.forInt(c.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    yield "#ERROR";
                }
            }
            default -> formatter.formatCellValue(c);
        };
        return s == null || s.isBlank() ? null : s;
    }

    private boolean blankRow(Row row) {
        for (Cell c : row) {
            if (text(c) != null) {
                return false;
            }
        }
        return true;
    }

    private void problem(int row, int col, String message) {
        String where = sheetName + "!" + CellReference.convertNumToColString(col) + (row + 1);
        problems.add(new XlsxRejected.CellProblem(where, t.get("excel.problemAt", where, message)));
    }

    private void rowProblem(int row, String message) {
        String where = t.get("excel.rowAt", sheetName, row + 1);
        problems.add(new XlsxRejected.CellProblem(where, t.get("excel.problemAt", where, message)));
    }

    private static String quote(String s) {
        return shortText(s);
    }

    private static String shortText(String s) {
        String one = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return one.length() > MAX_QUOTE ? one.substring(0, MAX_QUOTE) + "…" : one;
    }
}
