package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The fill-in template for one year's actuals, as township offices return it: sheet 年度实际值 with one row per
 * indicator (code, name, unit, base and target locked and grey; 数值, 口径, 来源, 备注 to fill in), a 填表说明 sheet,
 * a drop-down list for 口径, the year in cell B2 and in the defined name {@value #YEAR_NAME}, and row 3 for who
 * reports (填报单位, 填报人, 联系电话, 填报日期). Every row shows a unit (the indicator's, or a note that none is set
 * yet) and targets show the plan's comparator (>85, ≥120), so an office can fill it in without a phone call.
 */
public final class ActualsTemplate {
    /** The defined name that records the template's year. */
    public static final String YEAR_NAME = "WorkbenchActualsYear";
    /** Rows (0-based) of the year cell, of who reports, of the header and of the first indicator. */
    static final int YEAR_ROW = 1;
    static final int REPORTER_ROW = 2;
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = 4;
    static final int YEAR_COLUMN = 1;
    static final int VINTAGE_COLUMN = 3;

    /** Who reports, in row 3: each label is followed by the cell to fill in. */
    enum Reporter {
        OFFICE(0, 1), PERSON(3, 4), PHONE(5, 6), DATE(7, 8);

        final int labelColumn;
        final int inputColumn;

        Reporter(int labelColumn, int inputColumn) {
            this.labelColumn = labelColumn;
            this.inputColumn = inputColumn;
        }

        String label(I18n t) {
            return switch (this) {
                case OFFICE -> t.get("excel.tpl.office");
                case PERSON -> t.get("excel.tpl.person");
                case PHONE -> t.get("excel.tpl.phone");
                case DATE -> t.get("excel.tpl.date");
            };
        }
    }

    /** The columns of the data sheet, in order; the last four are the ones to fill in. */
    enum Col {
        CODE("excel.tpl.code"), NAME("excel.tpl.name"), UNIT("excel.tpl.unit"), BASE("excel.tpl.base"),
        TARGET("excel.tpl.target"), VALUE("excel.tpl.value"), VINTAGE("excel.tpl.vintage"),
        SOURCE("excel.tpl.source"), NOTE("excel.tpl.note");

        final String key;

        Col(String key) {
            this.key = key;
        }

        boolean input() {
            return ordinal() >= VALUE.ordinal();
        }
    }

    /** Widest the unit column gets; a longer note wraps. */
    private static final int UNIT_WIDTH = 16;

    private final I18n t;

    public ActualsTemplate(I18n t) {
        this.t = t;
    }

    /** The header text of a column in this language (base and target name their years). */
    static String header(I18n t, Col c, Plan plan) {
        return switch (c) {
            case BASE -> t.get(c.key, plan.info().baseYear());
            case TARGET -> t.get(c.key, plan.info().periodEnd());
            default -> t.get(c.key);
        };
    }

    static String vintageLabel(I18n t, Enums.Vintage v) {
        return cn.yanggu.workbench.app.Words.vintage(t, v);
    }

    public byte[] write(Plan plan, int year, Enums.Vintage vintage) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetWriter w = new SheetWriter(wb);
            XSSFSheet s = wb.createSheet(t.get("excel.tpl.sheet"));
            instructions(w, wb, year);
            Row title = s.createRow(0);
            Cell tc = title.createCell(0);
            tc.setCellValue(t.get("excel.tpl.title", year));
            tc.setCellStyle(w.title);
            title.setHeightInPoints(24);
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, Col.values().length - 1));

            Row yr = s.createRow(YEAR_ROW);
            label(yr, 0, t.get("excel.tpl.year"), w.header);
            Cell y = yr.createCell(YEAR_COLUMN);
            y.setCellValue(year);
            y.setCellStyle(w.locked);
            label(yr, 2, t.get("excel.tpl.defaultVintage"), w.header);
            Cell v = yr.createCell(VINTAGE_COLUMN);
            v.setCellValue(vintageLabel(t, vintage));
            v.setCellStyle(w.input);
            Cell hint = yr.createCell(4);
            hint.setCellValue(t.get("excel.tpl.rowHint"));
            s.addMergedRegion(new CellRangeAddress(YEAR_ROW, YEAR_ROW, 4, Col.values().length - 1));

            // who reports: kept with the values as their source, so the bureau knows whom to ask
            Row who = s.createRow(REPORTER_ROW);
            for (Reporter rp : Reporter.values()) {
                label(who, rp.labelColumn, rp.label(t), w.header);
                who.createCell(rp.inputColumn).setCellStyle(rp == Reporter.DATE ? w.inputDate : w.input);
            }
            who.createCell(Reporter.OFFICE.inputColumn + 1).setCellStyle(w.input);
            s.addMergedRegion(new CellRangeAddress(REPORTER_ROW, REPORTER_ROW, Reporter.OFFICE.inputColumn,
                    Reporter.OFFICE.inputColumn + 1));
            who.setHeightInPoints(20);

            Row h = s.createRow(HEADER_ROW);
            int[] widths = new int[Col.values().length];
            // the labels of rows 2 and 3 fit on one line in their columns
            widths[0] = SheetWriter.displayWidth(t.get("excel.tpl.year"));
            widths[2] = SheetWriter.displayWidth(t.get("excel.tpl.defaultVintage"));
            for (Reporter rp : Reporter.values()) {
                widths[rp.labelColumn] = Math.max(widths[rp.labelColumn], SheetWriter.displayWidth(rp.label(t)));
            }
            for (Col c : Col.values()) {
                String text = header(t, c, plan);
                label(h, c.ordinal(), text, w.header);
                widths[c.ordinal()] = Math.max(widths[c.ordinal()], SheetWriter.displayWidth(text));
            }
            int r = FIRST_DATA_ROW;
            List<Row> noUnit = new java.util.ArrayList<>();
            for (Indicator ind : plan.indicators()) {
                Row row = s.createRow(r++);
                text(row, Col.CODE, ind.code(), w.locked, widths);
                text(row, Col.NAME, ind.name(), w.locked, widths);
                boolean unitSet = ind.unit() != null && !ind.unit().isBlank();
                if (unitSet) {
                    text(row, Col.UNIT, ind.unit(), w.locked, widths);
                } else {
                    // the row stays fillable; the note tells the bureau where to set the unit before sending it out
                    text(row, Col.UNIT, t.get("excel.tpl.noUnit"), w.locked, widths);
                    noUnit.add(row);
                }
                number(w, row, Col.BASE, ind.value(Enums.ValueKind.BASELINE, plan.info().baseYear()).orElse(null),
                        widths);
                number(w, row, Col.TARGET, ind.target(plan.info().periodEnd()).orElse(null), widths);
                for (Col c : List.of(Col.VALUE, Col.VINTAGE, Col.SOURCE, Col.NOTE)) {
                    row.createCell(c.ordinal()).setCellStyle(c == Col.VALUE ? w.inputNumber : w.input);
                }
            }
            int last = r - 1;
            widths[Col.NAME.ordinal()] = Math.min(widths[Col.NAME.ordinal()], 30);
            widths[Col.UNIT.ordinal()] = Math.min(Math.max(widths[Col.UNIT.ordinal()], 8), UNIT_WIDTH);
            widths[Col.VALUE.ordinal()] = Math.max(widths[Col.VALUE.ordinal()], 14);
            widths[Col.VINTAGE.ordinal()] = Math.max(widths[Col.VINTAGE.ordinal()], 14);   // also 联系电话
            widths[Col.SOURCE.ordinal()] = Math.max(widths[Col.SOURCE.ordinal()], 20);
            widths[Col.NOTE.ordinal()] = Math.max(widths[Col.NOTE.ordinal()], 30);
            for (Col c : Col.values()) {
                s.setColumnWidth(c.ordinal(), (Math.min(widths[c.ordinal()], SheetWriter.MAX_WIDTH) + 3) * 256);
            }
            // a row whose unit note wraps is as tall as the note
            for (Row row : noUnit) {
                row.setHeightInPoints(SheetWriter.height(SheetWriter.lines(t.get("excel.tpl.noUnit"),
                        widths[Col.UNIT.ordinal()] + 3)));
            }
            s.createFreezePane(2, FIRST_DATA_ROW);
            SheetWriter.printable(s, FIRST_DATA_ROW);

            DataValidationHelper dv = s.getDataValidationHelper();
            String[] vintages = {vintageLabel(t, Enums.Vintage.FINAL), vintageLabel(t, Enums.Vintage.PRELIMINARY),
                vintageLabel(t, Enums.Vintage.ESTIMATE)};
            CellRangeAddressList where = new CellRangeAddressList();
            where.addCellRangeAddress(YEAR_ROW, VINTAGE_COLUMN, YEAR_ROW, VINTAGE_COLUMN);
            if (last >= FIRST_DATA_ROW) {
                where.addCellRangeAddress(FIRST_DATA_ROW, Col.VINTAGE.ordinal(), last, Col.VINTAGE.ordinal());
            }
            DataValidation list = dv.createValidation(dv.createExplicitListConstraint(vintages), where);
            list.setShowErrorBox(true);
            list.createErrorBox(t.get("excel.tpl.vintage"), t.get("excel.tpl.vintageError"));
            s.addValidationData(list);

            Name name = wb.createName();
            name.setNameName(YEAR_NAME);
            name.setRefersToFormula(String.valueOf(year));

            // the grey columns are protected (no password): only the four input columns can be typed in
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
            s.lockAutoFilter(false);
            s.lockSort(false);
            s.enableLocking();
            wb.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private void instructions(SheetWriter w, XSSFWorkbook wb, int year) {
        XSSFSheet s = wb.createSheet(t.get("excel.tpl.instructionsSheet"));
        Row title = s.createRow(0);
        Cell c = title.createCell(0);
        c.setCellValue(t.get("excel.tpl.instructionsTitle", year));
        c.setCellStyle(w.title);
        title.setHeightInPoints(24);
        String[] lines = t.get("excel.tpl.instructions", t.get("excel.tpl.sheet"), year).split("\n");
        for (int i = 0; i < lines.length; i++) {
            Row r = s.createRow(i + 2);
            Cell cell = r.createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(w.wrapped);
            r.setHeightInPoints(SheetWriter.height(SheetWriter.lines(lines[i], 104)));
        }
        s.setColumnWidth(0, 104 * 256);
        SheetWriter.printable(s, 0);
    }

    private static void label(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void text(Row row, Col col, String text, CellStyle style, int[] widths) {
        label(row, col.ordinal(), text, style);
        widths[col.ordinal()] = Math.max(widths[col.ordinal()], SheetWriter.displayWidth(text));
    }

    /** A base or target as a grey number showing the plan's comparator (">85", "≥120"). */
    private static void number(SheetWriter w, Row row, Col col, YearValue value, int[] widths) {
        Cell c = row.createCell(col.ordinal());
        c.setCellStyle(w.lockedNumber);
        if (value != null) {
            c.setCellValue(value.value());
            c.setCellStyle(w.number(w.lockedNumber, value.value(), value.comparator().sign()));
            widths[col.ordinal()] = Math.max(widths[col.ordinal()], SheetWriter.numberWidth(value.value()) + 1);
        }
    }

    /** Codes of the indicators that have no unit yet (their template rows say so). */
    public static List<String> withoutUnit(Plan plan) {
        return plan.indicators().stream().filter(i -> i.unit() == null || i.unit().isBlank()).map(Indicator::code)
                .toList();
    }
}
