package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingProblem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Validation;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise-data fill-in template (xlsx) and its import. One sheet 企业数据: the year in B1, the header in row 2
 * (code, name, then each figure with its unit), one row per enterprise from row 3, code and name filled in, header
 * frozen. The import finds the columns by their headers (Chinese or English) and refuses the whole file when any cell
 * is wrong, naming each one as sheet!cell.
 */
public final class EnterpriseSheet {
    static final int YEAR_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    private static final List<I18n> LANGUAGES = List.of(I18n.forLanguage("zh"), I18n.forLanguage("en"));

    private EnterpriseSheet() {
    }

    /** A template read back: its year and one row per enterprise. */
    public record Read(int year, List<EnterpriseYear> rows) {
    }

    public static String sheetName(I18n t) {
        return t.get("grading.sheet.name");
    }

    static String codeHeader(I18n t) {
        return t.get("grading.sheet.code");
    }

    static String nameHeader(I18n t) {
        return t.get("grading.sheet.enterprise");
    }

    /** "用地面积（亩）" — a figure's name with its unit. */
    public static String figureHeader(I18n t, EnterpriseYear.Figure f) {
        return t.get("grading.figure.withUnit", figureName(t, f), unitWord(t, f));
    }

    /** A figure's name: 用地面积, 税收 … */
    public static String figureName(I18n t, EnterpriseYear.Figure f) {
        return Words.of(t, f);
    }

    public static String unitWord(I18n t, EnterpriseYear.Figure f) {
        return switch (f) {
            case LAND -> t.get("grading.unit.mu");
            case TAX, REVENUE, RD -> t.get("grading.unit.wan");
            case ENERGY -> t.get("grading.unit.tce");
            case EMPLOYEES -> t.get("grading.unit.persons");
        };
    }

    // ------------------------------------------------------------------ writing

    static void write(Path file, int year, Plan plan, List<EnterpriseYear> data, I18n t) {
        byte[] bytes = bytes(year, plan, data, t);
        try {
            cn.yanggu.workbench.app.AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(int year, Plan plan, List<EnterpriseYear> data, I18n t) {
        Map<String, EnterpriseYear> byCode = new HashMap<>();
        data.forEach(d -> byCode.put(d.enterpriseCode(), d));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(t));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle fixed = wb.createCellStyle();
            fixed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            fixed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            CellStyle note = wb.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle yearStyle = wb.createCellStyle();
            yearStyle.setFont(bold);
            yearStyle.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            yearStyle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle yearLabelStyle = wb.createCellStyle();
            yearLabelStyle.cloneStyleFrom(header);
            yearLabelStyle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            note.setFont(grey);

            Row top = sheet.createRow(YEAR_ROW);
            top.setHeightInPoints(66);
            Cell yearLabel = top.createCell(0);
            yearLabel.setCellValue(t.get("grading.sheet.year"));
            yearLabel.setCellStyle(yearLabelStyle);
            Cell yearCell = top.createCell(1);
            yearCell.setCellValue(year);
            yearCell.setCellStyle(yearStyle);
            Cell hint = top.createCell(2);
            hint.setCellValue(t.get("grading.sheet.hint"));
            hint.setCellStyle(note);
            sheet.addMergedRegion(new CellRangeAddress(YEAR_ROW, YEAR_ROW, 2, 7));

            Row head = sheet.createRow(HEADER_ROW);
            head.setHeightInPoints(36);
            List<String> titles = new ArrayList<>(List.of(codeHeader(t), nameHeader(t)));
            for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                titles.add(figureHeader(t, f));
            }
            for (int i = 0; i < titles.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(titles.get(i));
                c.setCellStyle(header);
            }
            int r = FIRST_DATA_ROW;
            for (Enterprise e : plan.enterprises()) {
                Row row = sheet.createRow(r++);
                Cell code = row.createCell(0);
                code.setCellValue(e.code());
                code.setCellStyle(fixed);
                Cell name = row.createCell(1);
                name.setCellValue(e.name());
                name.setCellStyle(fixed);
                EnterpriseYear y = byCode.get(e.code());
                for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                    Cell c = row.createCell(2 + f.ordinal());
                    c.setCellStyle(number);
                    if (y != null && y.get(f) != null) {
                        c.setCellValue(y.get(f));
                    }
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            for (int i = 2; i < 8; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(2, FIRST_DATA_ROW);
            // printed: landscape, one page wide, the header repeated on every page
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            if (r > FIRST_DATA_ROW) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidationConstraint nonNegative = helper.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                DataValidation v = helper.createValidation(nonNegative,
                        new CellRangeAddressList(FIRST_DATA_ROW, r - 1, 2, 7));
                v.setShowErrorBox(true);
                v.createErrorBox(t.get("grading.sheet.validationTitle"), t.get("grading.sheet.validationText"));
                sheet.addValidationData(v);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Reads a filled template; throws {@link GradingRejected} naming every bad cell, changing nothing. */
    static Read read(Path file, Plan plan) {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw reject(null, GradingProblem.Kind.NOT_XLSX, file.getFileName().toString());
        }
        try (wb) {
            return read(wb, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GradingRejected reject(GradingRejected.Where where, GradingProblem.Kind kind, Object... args) {
        return new GradingRejected(List.of(new GradingRejected.Issue(where, new GradingProblem(kind, null, args))));
    }

    static Read read(Workbook wb, Plan plan) {
        Sheet sheet = null;
        for (I18n t : LANGUAGES) {
            sheet = sheet != null ? sheet : wb.getSheet(sheetName(t));
        }
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            throw reject(null, GradingProblem.Kind.MISSING_SHEET, sheetName(LANGUAGES.get(0)),
                    String.join("、", names));
        }
        String name = sheet.getSheetName();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<GradingRejected.Issue> issues = new ArrayList<>();

        // the year, in B1
        Integer year = null;
        Row top = sheet.getRow(YEAR_ROW);
        Cell yearCell = top == null ? null : top.getCell(1);
        Optional<Double> yv = number(yearCell);
        if (yv.isPresent() && yv.get() == Math.rint(yv.get()) && yv.get() >= Validation.MIN_YEAR
                && yv.get() <= Validation.MAX_YEAR) {
            year = yv.get().intValue();
        } else {
            issues.add(issue(name, "B1", GradingProblem.Kind.BAD_YEAR, text(formatter, yearCell),
                    Validation.MIN_YEAR, Validation.MAX_YEAR));
        }

        // the header: which column holds what
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row head = sheet.getRow(HEADER_ROW);
        Map<String, String> known = new LinkedHashMap<>();
        for (I18n t : LANGUAGES) {
            known.put(norm(codeHeader(t)), "code");
            known.put(norm(nameHeader(t)), "name");
            for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                known.put(norm(figureHeader(t, f)), f.name());
                known.put(norm(figureName(t, f)), f.name());
            }
        }
        if (head != null) {
            for (Cell c : head) {
                String h = text(formatter, c);
                if (h.isBlank()) {
                    continue;
                }
                String what = known.get(norm(h));
                String ref = new CellAddress(c).formatAsString();
                if (what == null) {
                    issues.add(issue(name, ref, GradingProblem.Kind.UNKNOWN_COLUMN, h.strip()));
                } else if (columns.containsKey(what)) {
                    issues.add(issue(name, ref, GradingProblem.Kind.DUPLICATE_ROW, h.strip(),
                            new CellAddress(HEADER_ROW, columns.get(what)).formatAsString()));
                } else {
                    columns.put(what, c.getColumnIndex());
                }
            }
        }
        List<String> expected = new ArrayList<>(List.of("code", "name"));
        for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
            expected.add(f.name());
        }
        I18n zh = LANGUAGES.get(0);
        for (String e : expected) {
            if (!columns.containsKey(e)) {
                String title = e.equals("code") ? codeHeader(zh) : e.equals("name") ? nameHeader(zh)
                        : figureHeader(zh, EnterpriseYear.Figure.valueOf(e));
                issues.add(new GradingRejected.Issue(GradingRejected.Where.row(name, HEADER_ROW + 1),
                        new GradingProblem(GradingProblem.Kind.MISSING_COLUMN, null, title)));
            }
        }
        if (!issues.isEmpty() && columns.size() < expected.size()) {
            throw new GradingRejected(issues);
        }

        // the rows
        Map<String, Enterprise> enterprises = plan.enterprisesByCode();
        Map<String, Integer> seen = new HashMap<>();
        List<EnterpriseYear> rows = new ArrayList<>();
        int codeCol = columns.get("code");
        int nameCol = columns.get("name");
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blankRow(formatter, row)) {
                continue;
            }
            String code = text(formatter, row.getCell(codeCol)).strip();
            String ref = new CellAddress(r, codeCol).formatAsString();
            if (code.isEmpty()) {
                issues.add(new GradingRejected.Issue(GradingRejected.Where.row(name, r + 1),
                        new GradingProblem(GradingProblem.Kind.EXTRA_ROW, null)));
                continue;
            }
            Enterprise e = enterprises.get(code);
            if (e == null) {
                issues.add(issue(name, ref, GradingProblem.Kind.UNKNOWN_ENTERPRISE, code));
                continue;
            }
            Integer first = seen.putIfAbsent(code, r + 1);
            if (first != null) {
                issues.add(issue(name, ref, GradingProblem.Kind.DUPLICATE_ROW, code, first));
                continue;
            }
            String typedName = text(formatter, row.getCell(nameCol)).strip();
            if (!typedName.isEmpty() && !typedName.equals(e.name()) && !e.aliases().contains(typedName)) {
                issues.add(issue(name, new CellAddress(r, nameCol).formatAsString(),
                        GradingProblem.Kind.NAME_MISMATCH, typedName, e.name()));
            }
            EnterpriseYear y = EnterpriseYear.empty(code, year == null ? 0 : year);
            for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                Cell c = row.getCell(columns.get(f.name()));
                String cellRef = new CellAddress(r, columns.get(f.name())).formatAsString();
                List<GradingProblem> problems = new ArrayList<>();
                Optional<Double> v = value(c, f, formatter, problems);
                for (GradingProblem p : problems) {
                    issues.add(new GradingRejected.Issue(GradingRejected.Where.cell(name, cellRef), p));
                }
                if (problems.isEmpty()) {
                    y = y.with(f, v.orElse(null));
                }
            }
            rows.add(y);
        }
        if (rows.isEmpty() && issues.isEmpty()) {
            issues.add(new GradingRejected.Issue(GradingRejected.Where.row(name, FIRST_DATA_ROW + 1),
                    new GradingProblem(GradingProblem.Kind.NO_ROWS, null)));
        }
        if (!issues.isEmpty()) {
            throw new GradingRejected(issues);
        }
        return new Read(year, rows);
    }

    private static GradingRejected.Issue issue(String sheet, String ref, GradingProblem.Kind kind, Object... args) {
        return new GradingRejected.Issue(GradingRejected.Where.cell(sheet, ref), new GradingProblem(kind, null, args));
    }

    /** A figure cell: a number, a formula with a number result, or text that reads as a number in the unit. */
    private static Optional<Double> value(Cell c, EnterpriseYear.Figure f, DataFormatter formatter,
                                          List<GradingProblem> problems) {
        if (c == null) {
            return Optional.empty();
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case BLANK:
                return Optional.empty();
            case NUMERIC: {
                double v = c.getNumericCellValue();
                EnterpriseYear.check(f, v).ifPresent(problems::add);
                return Optional.of(v);
            }
            case STRING: {
                String s = c.getStringCellValue();
                return s.isBlank() ? Optional.empty() : GradingService.parse(s, f, problems);
            }
            default:
                problems.add(new GradingProblem(GradingProblem.Kind.TEXT_NOT_NUMBER, f.key(),
                        text(formatter, c)));
                return Optional.empty();
        }
    }

    private static Optional<Double> number(Cell c) {
        if (c == null) {
            return Optional.empty();
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC) {
            return Optional.of(c.getNumericCellValue());
        }
        if (type == CellType.STRING) {
            String s = c.getStringCellValue().strip().replace("年", "");
            try {
                return Optional.of(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean blankRow(DataFormatter formatter, Row row) {
        for (Cell c : row) {
            if (!text(formatter, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(DataFormatter formatter, Cell c) {
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.FORMULA) {
            return switch (c.getCachedFormulaResultType()) {
                case STRING -> c.getStringCellValue();
                case NUMERIC -> String.valueOf(c.getNumericCellValue());
                default -> c.getCellFormula();
            };
        }
        return formatter.formatCellValue(c);
    }

    /** Header text compared without spaces and with either kind of brackets. */
    private static String norm(String s) {
        return s.replaceAll("[\\s\u3000]", "").replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }
}
