package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The actuals template: written, filled in with POI as an office would, imported all or nothing. */
class ActualsImportTest {
    static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    Workbench wb;
    Path template;

    @BeforeEach
    void open() throws IOException {
        wb = TestPlans.seeded(dir);
        template = dir.resolve("模板2023.xlsx");
        wb.xlsx().template(template, ZH, 2023, Enums.Vintage.FINAL);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /** The row (0-based) of an indicator in the template's data sheet. */
    static int rowOf(Sheet s, String code) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row " + code);
    }

    /** A copy of the template changed by {@code edit}, as a user would save it from Excel. */
    Path filled(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            edit.accept(book);
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
        return out;
    }

    static void set(XSSFWorkbook book, String code, int column, Object value) {
        Sheet s = book.getSheet("年度实际值");
        Row r = s.getRow(rowOf(s, code));
        Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(String.valueOf(value));
        }
    }

    private List<String> rejected(Path file) {
        Plan before = wb.loadPlan();
        int audit = wb.editor().audit().size();
        XlsxRejected e = assertThrows(XlsxRejected.class, () -> wb.importActualsXlsx(file, ZH));
        assertEquals(before, wb.loadPlan(), "the database changed although the file was refused");
        assertEquals(audit, wb.editor().audit().size());
        return e.problems().stream().map(XlsxRejected.CellProblem::text).toList();
    }

    @Test
    void theTemplateHasLockedGreyColumnsAVintageListAndTheYear() throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet s = book.getSheet("年度实际值");
            assertNotNull(book.getSheet("填表说明"));
            assertEquals(List.of("代码", "指标", "单位", "2020年基数", "2025年目标", "数值", "口径", "来源", "备注"),
                    XlsxExportTest.headers(s, ActualsTemplate.HEADER_ROW));
            assertEquals(2023, s.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("2023", book.getName(ActualsTemplate.YEAR_NAME).getRefersToFormula());
            assertTrue(s.isSheetLocked());
            int r = rowOf(s, "T04");
            assertTrue(s.getRow(r).getCell(0).getCellStyle().getLocked());
            assertEquals(1_700_000, s.getRow(r).getCell(4).getNumericCellValue());
            assertTrue(!s.getRow(r).getCell(5).getCellStyle().getLocked(), "the value cell must be open for input");
            assertEquals(wb.loadPlan().indicators().size(), s.getLastRowNum() - ActualsTemplate.HEADER_ROW);
            List<? extends DataValidation> v = s.getDataValidations();
            assertEquals(1, v.size());
            assertEquals(List.of("年报", "快报", "预计"), List.of(v.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(ActualsTemplate.FIRST_DATA_ROW, s.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void aFilledTemplateIsImportedAsOneAuditedUndoableStep() throws IOException {
        Path file = filled("东部园区2023.xlsx", b -> {
            set(b, "T04", 5, 1_750_000);
            set(b, "T04", 6, "快报");
            set(b, "T04", 7, "县统计局快报");
            set(b, "G02", 5, "５,２00,000万元");       // full-width digits and another unit, as typed in WPS
            set(b, "G02", 8, "规上口径");
        });
        var result = wb.importActualsXlsx(file, ZH);
        assertEquals(2023, result.year());
        assertEquals(2, result.values());
        Plan plan = wb.loadPlan();
        YearValue t04 = TestPlans.indicator(plan, "进出口总额").value(Enums.ValueKind.ACTUAL, 2023).orElseThrow();
        assertEquals(1_750_000, t04.value());
        assertEquals(Enums.Vintage.PRELIMINARY, t04.vintage());
        assertEquals("县统计局快报", t04.source());
        YearValue g02 = TestPlans.indicator(plan, "主营业务收入").value(Enums.ValueKind.ACTUAL, 2023).orElseThrow();
        assertEquals(520, g02.value(), 1e-9);
        assertEquals(Enums.Vintage.FINAL, g02.vintage());
        assertEquals("５,２00,000万元", g02.asStated());
        assertEquals("规上口径", g02.note());
        assertEquals("统计年报", g02.source());
        var audit = wb.editor().audit();
        assertTrue(audit.stream().anyMatch(a -> "xlsx: 东部园区2023.xlsx".equals(a.origin())
                && "T04".equals(a.code())), audit.toString());
        assertEquals("从 东部园区2023.xlsx 导入 2 个实际值", wb.editor().undoLabel().orElseThrow());

        // the same file again changes nothing
        var again = wb.importActualsXlsx(file, ZH);
        assertNull(again.edit());
        assertEquals(2, again.unchanged());

        wb.editor().undo();
        Indicator undone = TestPlans.indicator(wb.loadPlan(), "进出口总额");
        assertTrue(undone.value(Enums.ValueKind.ACTUAL, 2023).isEmpty());
    }

    /** The cell of an indicator's column, e.g. {@code 年度实际值!F9}. */
    private String cellOf(String code, int column) throws IOException {
        return "年度实际值!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (rowOf(wb, code) + 1);
    }

    /** Sets who reports in row 3, as an office types it. */
    static void reporter(XSSFWorkbook book, String office, String person, String phone, Object date) {
        Row r = book.getSheet("年度实际值").getRow(ActualsTemplate.REPORTER_ROW);
        r.getCell(1).setCellValue(office);
        r.getCell(4).setCellValue(person);
        r.getCell(6).setCellValue(phone);
        if (date instanceof java.time.LocalDate d) {
            r.getCell(8).setCellValue(d);     // a date cell, as Excel stores a typed date
        } else if (date != null) {
            r.getCell(8).setCellValue(String.valueOf(date));
        }
    }

    @Test
    void everyRowShowsAUnitTargetsTheirComparatorsAndTheReporterCellsAreOpen() throws IOException {
        // an indicator whose unit is not set yet (as the six direction-only ones were)
        Indicator g05 = wb.loadPlan().indicators().stream().filter(i -> i.code().equals("G05")).findFirst()
                .orElseThrow();
        wb.editor().apply(new cn.yanggu.workbench.app.Edit("单位", List.of(cn.yanggu.workbench.app.Change.update(g05,
                cn.yanggu.workbench.app.Records.with(g05, "unit", null)))));
        wb.xlsx().template(template, ZH, 2023, Enums.Vintage.FINAL);
        org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet s = book.getSheet("年度实际值");
            for (Indicator ind : wb.loadPlan().indicators()) {
                Row r = s.getRow(rowOf(s, ind.code()));
                String unit = shown.formatCellValue(r.getCell(2));
                if (ind.unit() == null) {
                    assertEquals("（未设单位，请在“指标”中设定）", unit, ind.code());
                    assertTrue(r.getHeightInPoints() >= 2 * 14.25f, "the note wraps into a taller row");
                } else {
                    assertEquals(ind.unit(), unit, ind.code());
                }
                assertTrue(!r.getCell(5).getCellStyle().getLocked(), ind.code() + " can be filled in");
            }
            // targets and bases as the plan states them, still numbers
            Cell revenue = s.getRow(rowOf(s, "G02")).getCell(4);
            assertEquals(CellType.NUMERIC, revenue.getCellType());
            assertEquals("≥750", shown.formatCellValue(revenue));
            assertEquals(">85", shown.formatCellValue(s.getRow(rowOf(s, "G14")).getCell(4)));
            assertEquals(">200", shown.formatCellValue(s.getRow(rowOf(s, "G19")).getCell(3)));
            assertEquals("1,700,000", shown.formatCellValue(s.getRow(rowOf(s, "T04")).getCell(4)));
            // row 3: 填报单位 / 填报人 / 联系电话 / 填报日期, each followed by an open cell
            Row who = s.getRow(ActualsTemplate.REPORTER_ROW);
            assertEquals(List.of("填报单位", "填报人", "联系电话", "填报日期"), List.of(who.getCell(0).getStringCellValue(),
                    who.getCell(3).getStringCellValue(), who.getCell(5).getStringCellValue(),
                    who.getCell(7).getStringCellValue()));
            for (int c : new int[] {1, 4, 6, 8}) {
                assertTrue(!who.getCell(c).getCellStyle().getLocked(), "column " + c + " open for input");
            }
        }
        // the row without a unit is still imported
        Path file = filled("g05.xlsx", b -> set(b, "G05", 5, 1.2));
        wb.importActualsXlsx(file, ZH);
        assertEquals(1.2, TestPlans.indicator(wb.loadPlan(), g05.name()).value(Enums.ValueKind.ACTUAL, 2023)
                .orElseThrow().value(), 1e-9);
    }

    @Test
    void aPercentFormattedCellIsReadAsThePercentPeopleSee() throws IOException {
        Path file = filled("percent.xlsx", b -> {
            org.apache.poi.ss.usermodel.CellStyle percent = b.createCellStyle();
            percent.setDataFormat(b.createDataFormat().getFormat("0.0%"));
            org.apache.poi.ss.usermodel.CellStyle literal = b.createCellStyle();
            literal.setDataFormat(b.createDataFormat().getFormat("0.0\"%\""));
            Sheet s = b.getSheet("年度实际值");
            Cell air = s.getRow(rowOf(s, "G13")).getCell(5);
            air.setCellValue(0.842);                 // what Excel stores when 84.2% is typed
            air.setCellStyle(percent);
            Cell dust = s.getRow(rowOf(s, "G14")).getCell(5);
            dust.setCellValue(91.5);                 // a sign printed after the number, not a percent format
            dust.setCellStyle(literal);
        });
        wb.importActualsXlsx(file, ZH);
        Plan plan = wb.loadPlan();
        assertEquals(84.2, TestPlans.indicator(plan, "全年空气优良率").value(Enums.ValueKind.ACTUAL, 2023)
                .orElseThrow().value(), 1e-9);
        assertEquals(91.5, TestPlans.indicator(plan, "工业粉尘排放达标率").value(Enums.ValueKind.ACTUAL, 2023)
                .orElseThrow().value(), 1e-9);

        // a percent for an indicator in another unit is refused at its cell
        String cell = cellOf("T04", 5);
        Path wrong = filled("percent-wan.xlsx", b -> {
            org.apache.poi.ss.usermodel.CellStyle percent = b.createCellStyle();
            percent.setDataFormat(b.createDataFormat().getFormat("0.0%"));
            Sheet s = b.getSheet("年度实际值");
            Cell c = s.getRow(rowOf(s, "T04")).getCell(5);
            c.setCellValue(0.842);
            c.setCellStyle(percent);
        });
        assertEquals(List.of(cell + "：“84.2%”的单位不能换算为 万元"), rejected(wrong));
    }

    @Test
    void whoReportedIsKeptAsTheValuesSourceAndDate() throws IOException {
        Path file = filled("reported.xlsx", b -> {
            reporter(b, "阳谷县十五里园镇", "张三", "0635-1234567", java.time.LocalDate.of(2024, 3, 5));
            set(b, "T04", 5, 1_750_000);
            set(b, "T04", 7, "县统计局快报");
            set(b, "G02", 5, 520);
        });
        var result = wb.importActualsXlsx(file, ZH);
        assertEquals("阳谷县十五里园镇 · 张三 · 0635-1234567 · 2024-03-05", result.reporter().summary());
        Plan plan = wb.loadPlan();
        YearValue t04 = TestPlans.indicator(plan, "进出口总额").value(Enums.ValueKind.ACTUAL, 2023).orElseThrow();
        assertEquals("县统计局快报 · 阳谷县十五里园镇 · 张三 · 0635-1234567", t04.source());
        assertEquals("2024-03-05", t04.date());
        YearValue g02 = TestPlans.indicator(plan, "主营业务收入").value(Enums.ValueKind.ACTUAL, 2023).orElseThrow();
        assertEquals("阳谷县十五里园镇 · 张三 · 0635-1234567", g02.source());
        wb.editor().undo();

        // only some of them, the date typed as text: fine
        Path partly = filled("partly.xlsx", b -> {
            reporter(b, "阳谷县十五里园镇", "", "", "2024年3月5日");
            set(b, "G02", 5, 530);
        });
        var again = wb.importActualsXlsx(partly, ZH);
        assertEquals("阳谷县十五里园镇 · 2024-03-05", again.reporter().summary());
        assertEquals("阳谷县十五里园镇", TestPlans.indicator(wb.loadPlan(), "主营业务收入")
                .value(Enums.ValueKind.ACTUAL, 2023).orElseThrow().source());

        // a date that is not one is refused at its cell
        Path bad = filled("bad-date.xlsx", b -> {
            reporter(b, "阳谷县十五里园镇", "张三", "0635-1234567", "下周一");
            set(b, "G02", 5, 540);
        });
        assertEquals(List.of("年度实际值!I3：填报日期应为日期，如 2024-03-05，实为“下周一”"), rejected(bad));
    }

    @Test
    void aValueAHundredTimesLastYearsIsAWarningAndWrittenOnlyWhenAccepted() throws IOException {
        // 2022's actual of 进出口总额 (万元) is 1,500,000; an office types 2023's in 元 by mistake
        Indicator t04 = TestPlans.indicator(wb.loadPlan(), "进出口总额");
        List<YearValue> values = new java.util.ArrayList<>(t04.values());
        values.add(new YearValue(2022, Enums.ValueKind.ACTUAL, 1_500_000, Enums.Comparator.EQ, Enums.Vintage.FINAL,
                null, "统计年报", "2023-03-01", null));
        wb.editor().apply(new cn.yanggu.workbench.app.Edit("2022", List.of(cn.yanggu.workbench.app.Change.update(t04,
                cn.yanggu.workbench.app.Records.with(t04, "values", values)))));
        String t04Cell = cellOf("T04", 5);
        String t08Cell = cellOf("T08", 5);
        Path file = filled("x100.xlsx", b -> {
            set(b, "T04", 5, 150_000_000);     // 100 × last year's
            set(b, "T08", 5, 0.85);            // 产业集聚度 (%) typed as a fraction: no 2022 value, so the base 80
            set(b, "G02", 5, 900);             // 480 → 900: a big but real change, no warning
        });
        Plan before = wb.loadPlan();
        XlsxWarnings w = assertThrows(XlsxWarnings.class, () -> wb.importActualsXlsx(file, ZH));
        assertEquals(List.of(t04Cell + "：150,000,000 是上年值 1,500,000 的 100 倍，请核对单位",
                t08Cell + "：0.85 是2020年基数 80 的 1/94，请核对单位"),
                w.warnings().stream().map(XlsxRejected.CellProblem::text).toList());
        assertEquals(before, wb.loadPlan(), "nothing written before the warnings are accepted");

        var result = wb.importActualsXlsx(file, ZH, true);
        assertEquals(3, result.values());
        assertEquals(150_000_000, TestPlans.indicator(wb.loadPlan(), "进出口总额").value(Enums.ValueKind.ACTUAL, 2023)
                .orElseThrow().value());
    }

    @Test
    void aTemplateSentOutBeforeTheReporterRowWasAddedIsStillRead() throws IOException {
        // the earlier layout: the header in row 3, no 填报 row
        Path file = filled("old-layout.xlsx", b -> {
            Sheet s = b.getSheet("年度实际值");
            s.removeMergedRegion(s.getMergedRegions().stream().filter(m -> m.getFirstRow()
                    == ActualsTemplate.REPORTER_ROW).map(s.getMergedRegions()::indexOf).findFirst().orElseThrow());
            s.removeRow(s.getRow(ActualsTemplate.REPORTER_ROW));
            s.shiftRows(ActualsTemplate.HEADER_ROW, s.getLastRowNum(), -1);
            set(b, "T04", 5, 1_750_000);
        });
        var result = wb.importActualsXlsx(file, ZH);
        assertEquals(1, result.values());
        assertTrue(result.reporter().isEmpty());
        assertEquals("统计年报", TestPlans.indicator(wb.loadPlan(), "进出口总额").value(Enums.ValueKind.ACTUAL, 2023)
                .orElseThrow().source());
    }

    @Test
    void aMissingSheetIsRefused() throws IOException {
        Path file = filled("no-sheet.xlsx", b -> b.removeSheetAt(b.getSheetIndex("年度实际值")));
        assertEquals(List.of("no-sheet.xlsx：缺少工作表“年度实际值”"), rejected(file));
    }

    @Test
    void textInANumberCellIsRefusedWithItsCell() throws IOException {
        int[] row = new int[1];
        Path file = filled("text.xlsx", b -> {
            row[0] = rowOf(b.getSheet("年度实际值"), "T04") + 1;
            set(b, "T04", 5, "约20");
            set(b, "G02", 5, 600);
        });
        assertEquals(List.of("年度实际值!F" + row[0] + "：应为数字，实为“约20”"), rejected(file));
    }

    @Test
    void everyBadCellIsListedAndNothingIsApplied() throws IOException {
        int[] rows = new int[3];
        Path file = filled("many.xlsx", b -> {
            Sheet s = b.getSheet("年度实际值");
            rows[0] = rowOf(s, "T04") + 1;
            rows[1] = rowOf(s, "G02") + 1;
            set(b, "T04", 5, -5);
            set(b, "G02", 5, 700);
            set(b, "G02", 6, "初步");
            set(b, "G03", 5, "170吨");
            rows[2] = rowOf(s, "G03") + 1;
        });
        List<String> problems = rejected(file);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("年度实际值!F" + rows[0] + "："), problems.get(0));
        assertEquals("年度实际值!G" + rows[1] + "：口径应为 年报、快报 或 预计，实为“初步”", problems.get(1));
        assertEquals("年度实际值!F" + rows[2] + "：“170吨”的单位不能换算为 亿元", problems.get(2));
    }

    @Test
    void aMissingColumnIsRefused() throws IOException {
        Path file = filled("no-column.xlsx", b -> {
            Sheet s = b.getSheet("年度实际值");
            Row header = s.getRow(ActualsTemplate.HEADER_ROW);
            header.removeCell(header.getCell(5));
        });
        assertEquals(List.of("年度实际值!第4行：缺少列“数值”"), rejected(file));
    }

    @Test
    void extraAndDuplicateRowsAreRefused() throws IOException {
        int[] last = new int[1];
        Path file = filled("extra.xlsx", b -> {
            Sheet s = b.getSheet("年度实际值");
            last[0] = s.getLastRowNum();
            Row extra = s.createRow(last[0] + 1);
            extra.createCell(0).setCellValue("X99");
            extra.createCell(5).setCellValue(3);
            Row total = s.createRow(last[0] + 2);
            total.createCell(1).setCellValue("合计");
            Row dup = s.createRow(last[0] + 3);
            dup.createCell(0).setCellValue("T04");
            dup.createCell(5).setCellValue(1);
        });
        int first = last[0] + 2;
        assertEquals(List.of("年度实际值!A" + first + "：未知的指标代码“X99”",
                "年度实际值!A" + (first + 1) + "：缺少指标代码（多余的行？）",
                "年度实际值!A" + (first + 2) + "：指标 T04 重复（已在第 " + (rowOf(wb, "T04") + 1) + " 行）"),
                rejected(file));
    }

    private int rowOf(Workbench w, String code) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return rowOf(book.getSheet("年度实际值"), code);
        }
    }

    @Test
    void aLockedYearIsRefused() throws IOException {
        wb.editor().lockYear(2023, "已审定");
        Path file = filled("locked.xlsx", b -> set(b, "T04", 5, 1));
        assertEquals(List.of("年度实际值!B2：2023年已定稿（锁定），不能导入；请先在“年度数据”中解锁"), rejected(file));
    }

    @Test
    void aChangedYearIsRefused() throws IOException {
        Path file = filled("year.xlsx", b -> {
            b.getSheet("年度实际值").getRow(1).getCell(1).setCellValue(2024);
            set(b, "T04", 5, 1);
        });
        assertEquals(List.of("年度实际值!B2：年份改成了 2024，模板是 2023 年的"), rejected(file));
    }

    @Test
    void notAWorkbookIsRefusedWithAMessage() throws IOException {
        Path file = dir.resolve("plan.xlsx");
        Files.writeString(file, "not a zip");
        List<String> problems = rejected(file);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("plan.xlsx：不是可读取的 xlsx 工作簿"), problems.get(0));
    }

    @Test
    void anEnglishTemplateIsReadAndProblemsAreWordedInEnglish() throws IOException {
        I18n en = I18n.forLanguage("en");
        Path file = dir.resolve("en.xlsx");
        wb.xlsx().template(file, en, 2022, Enums.Vintage.ESTIMATE);
        Path filled = dir.resolve("en-filled.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheet("Actuals");
            s.getRow(rowOf(s, "T04")).getCell(5).setCellValue("about 20");
            try (OutputStream o = Files.newOutputStream(filled)) {
                book.write(o);
            }
        }
        XlsxRejected e = assertThrows(XlsxRejected.class, () -> wb.importActualsXlsx(filled, en));
        assertTrue(e.problems().get(0).text().matches("Actuals!F\\d+: expected a number, found \"about 20\""),
                e.problems().get(0).text());
    }
}
