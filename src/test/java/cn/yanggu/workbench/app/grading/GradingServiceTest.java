package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enterprise figures through the use cases: the xlsx template round trip, refused files, typing, pasting, methods. */
class GradingServiceTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private GradingService grading;
    private Plan plan;
    private final I18n zh = I18n.forLanguage("zh");
    private final GradingText words = new GradingText(zh);

    @BeforeEach
    void open() {
        wb = Workbench.open(dir.resolve("workbench.db"));
        grading = wb.grading();
        plan = wb.loadPlan();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Enterprise enterprise(int i) {
        return plan.enterprises().get(i);
    }

    private Path template(int year) throws Exception {
        Path file = dir.resolve("模板-" + year + ".xlsx");
        grading.writeTemplate(file, year, plan, zh);
        return file;
    }

    /** Opens a template, lets the test change it, saves it under another name. */
    private Path edited(Path template, String name, Consumer<Workbook> change) throws Exception {
        Workbook book;
        try (InputStream in = Files.newInputStream(template)) {
            book = new XSSFWorkbook(in);
        }
        change.accept(book);
        Path out = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(out)) {
            book.write(o);
        }
        book.close();
        return out;
    }

    private static void fill(Sheet s, int excelRow, double land, double tax, double revenue, double energy, double rd,
                             double employees) {
        Row r = s.getRow(excelRow - 1);
        double[] v = {land, tax, revenue, energy, rd, employees};
        for (int i = 0; i < v.length; i++) {
            r.getCell(2 + i).setCellValue(v[i]);
        }
    }

    @Test
    void templateRoundTripStoresTheFiguresAndRecordsTheImport() throws Exception {
        Path file = template(2023);
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheet("企业数据");
            assertEquals(1, book.getNumberOfSheets());
            assertEquals(2023, (int) s.getRow(0).getCell(1).getNumericCellValue());
            assertEquals("企业编码", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("税收（万元）", s.getRow(1).getCell(3).getStringCellValue());
            assertEquals("综合能耗（吨标准煤）", s.getRow(1).getCell(5).getStringCellValue());
            assertEquals(plan.enterprises().size() + 2, s.getLastRowNum() + 1);
            assertEquals(enterprise(0).code(), s.getRow(2).getCell(0).getStringCellValue());
            assertEquals(enterprise(0).name(), s.getRow(2).getCell(1).getStringCellValue());
            PaneInformation pane = s.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane());
            assertEquals(2, pane.getHorizontalSplitPosition() == 0 ? -1 : pane.getHorizontalSplitTopRow());
        }
        Path filled = edited(file, "filled.xlsx", book -> {
            Sheet s = book.getSheet("企业数据");
            fill(s, 3, 100, 3000, 50000, 2000, 1500, 300);
            fill(s, 4, 50, 1000, 30000, 1000, 600, 150);
            s.getRow(4).getCell(3).setCellValue("2,000");   // text that reads as a number is accepted
            s.getRow(4).getCell(2).setCellValue(200);
        });
        GradingService.ImportResult r = grading.importSheet(filled, plan);
        assertEquals(2023, r.year());
        assertEquals(plan.enterprises().size(), r.rows());
        List<EnterpriseYear> data = grading.data(2023);
        assertEquals(3, data.size());
        EnterpriseYear first = data.stream().filter(d -> d.enterpriseCode().equals(enterprise(0).code())).findFirst()
                .orElseThrow();
        assertEquals(new EnterpriseYear(enterprise(0).code(), 2023, 100.0, 3000.0, 50000.0, 2000.0, 1500.0, 300.0),
                first);
        EnterpriseYear third = data.stream().filter(d -> d.enterpriseCode().equals(enterprise(2).code()))
                .findFirst().orElseThrow();
        assertEquals(200.0, third.landMu());
        assertEquals(2000.0, third.taxWan());
        List<AuditEntry> log = wb.editor().audit();
        assertTrue(log.stream().anyMatch(e -> e.action().equals("import") && e.entity().equals("enterprise-year")
                && e.code().equals(enterprise(0).code() + "@2023") && e.field().equals("tax")
                && "3000".equals(e.newValue()) && "filled.xlsx".equals(e.origin())), log.toString());

        // the template of the same year now carries the stored figures: importing it back changes nothing
        Path again = template(2023);
        GradingService.ImportResult same = grading.importSheet(again, plan);
        assertEquals(0, same.figuresChanged());
        assertEquals(data, grading.data(2023));
    }

    /** Asserts that importing {@code file} is refused with exactly these lines and changes nothing. */
    private void refused(Path file, String... expected) {
        List<EnterpriseYear> before = grading.data(2023);
        int logSize = wb.editor().audit().size();
        GradingRejected r = assertThrows(GradingRejected.class, () -> grading.importSheet(file, plan));
        List<String> lines = words.lines(r);
        for (String e : expected) {
            assertTrue(lines.contains(e), "expected «" + e + "» in " + lines);
        }
        assertEquals(before, grading.data(2023));
        assertEquals(logSize, wb.editor().audit().size());
    }

    private void storeSomething() {
        grading.set(2023, List.of(new GradingService.CellEdit(enterprise(0).code(), EnterpriseYear.Figure.LAND, 80.0,
                null)));
    }

    @Test
    void textInANumberCellIsRefusedWithItsPosition() throws Exception {
        storeSomething();
        Path bad = edited(template(2023), "text.xlsx", book -> {
            Sheet s = book.getSheet("企业数据");
            fill(s, 3, 1, 2, 3, 4, 5, 6);
            s.getRow(6).getCell(3).setCellValue("约20");
            s.getRow(7).getCell(2).setCellValue(-5);
            s.getRow(8).getCell(7).setCellValue(10.5);
        });
        refused(bad, "企业数据!D7：应为数字，实为“约20”", "企业数据!C8：不能为负数（-5）", "企业数据!H9：从业人员应为整数（10.5）");
    }

    @Test
    void aMissingSheetIsRefused() throws Exception {
        storeSomething();
        Path bad = edited(template(2023), "sheet.xlsx", book -> book.setSheetName(0, "Sheet1"));
        refused(bad, "找不到工作表“企业数据”（文件中有：Sheet1）");
    }

    @Test
    void aMissingColumnIsRefused() throws Exception {
        storeSomething();
        Path bad = edited(template(2023), "column.xlsx", book -> {
            Sheet s = book.getSheet("企业数据");
            s.getRow(1).getCell(3).setBlank();
            fill(s, 3, 1, 2, 3, 4, 5, 6);
        });
        refused(bad, "企业数据!第 2 行：缺少列“税收（万元）”");
    }

    @Test
    void extraUnknownAndDuplicateRowsAreRefused() throws Exception {
        storeSomething();
        int last = plan.enterprises().size() + 2;
        Path bad = edited(template(2023), "rows.xlsx", book -> {
            Sheet s = book.getSheet("企业数据");
            fill(s, 3, 1, 2, 3, 4, 5, 6);
            s.createRow(last).createCell(4).setCellValue(999);
            Row unknown = s.createRow(last + 1);
            unknown.createCell(0).setCellValue("no-such-firm");
            Row dup = s.createRow(last + 2);
            dup.createCell(0).setCellValue(enterprise(0).code());
            s.getRow(3).getCell(1).setCellValue("别的公司");
            s.getRow(0).getCell(1).setCellValue("二〇二三");
        });
        refused(bad, "企业数据!第 " + (last + 1) + " 行：多出的行：没有企业编码",
                "企业数据!A" + (last + 2) + "：企业编码“no-such-firm”不在企业名录中",
                "企业数据!A" + (last + 3) + "：“" + enterprise(0).code() + "”重复，已在第 3 行出现",
                "企业数据!B4：企业名称“别的公司”与编码不符（应为“" + enterprise(1).name() + "”）",
                "企业数据!B1：年份应为 2000—2050 之间的整数，实为“二〇二三”");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws Exception {
        storeSomething();
        Path bad = dir.resolve("notes.xlsx");
        Files.writeString(bad, "not a workbook");
        refused(bad, "notes.xlsx 不是可读取的 xlsx 工作簿");
    }

    private EnterpriseYear first2024() {
        return grading.data(2024).stream().filter(d -> d.enterpriseCode().equals(enterprise(0).code())).findFirst()
                .orElseThrow();
    }

    @Test
    void typedAndPastedFiguresAreAllOrNothingAndAudited() {
        List<String> codes = plan.enterprises().stream().map(Enterprise::code).toList();
        List<String> names = plan.enterprises().stream().map(Enterprise::name).toList();
        // a block of two rows from 用地面积 on, with full-width digits and a unit typed
        List<GradingService.CellEdit> edits = GradingService.pasteBlock("１００\t3,000\t5万元\n50\t\t30000\n", codes,
                names, 0, 0);
        assertEquals(5, grading.set(2024, edits));
        EnterpriseYear a = first2024();
        assertEquals(100.0, a.landMu());
        assertEquals(3000.0, a.taxWan());
        assertEquals(5.0, a.revenueWan());
        int logSize = wb.editor().audit().size();
        GradingRejected r = assertThrows(GradingRejected.class, () -> GradingService.pasteBlock(
                "7\t约20\n8\t-1", codes, names, 0, 0));
        assertEquals(List.of("粘贴块第 1 行第 2 列（" + names.get(0) + " · 税收）：应为数字，实为“约20”",
                "粘贴块第 2 行第 2 列（" + names.get(1) + " · 税收）：不能为负数（-1）"), words.lines(r));
        assertEquals(logSize, wb.editor().audit().size());
        assertEquals(100.0, first2024().landMu());

        wb.editor().lockYear(2024, "定稿");
        GradingRejected locked = assertThrows(GradingRejected.class, () -> grading.set(2024,
                List.of(new GradingService.CellEdit(codes.get(0), EnterpriseYear.Figure.LAND, 1.0, null))));
        assertEquals(List.of("2024 年已定稿（锁定），不能修改；先在“年度数据”中解锁"), words.lines(locked));
        assertEquals(100.0, first2024().landMu());
    }

    @Test
    void methodsAreCheckedStoredPerYearAndAudited() {
        assertTrue(grading.method(2023).workbenchDefault());
        GradingMethod bad = new GradingMethod(2023, List.of(new GradingMethod.Weight(
                GradingMethod.IndicatorKind.TAX_PER_MU, 90)), GradingMethod.Normalisation.MIN_MAX,
                GradingMethod.CutoffMode.SCORE, List.of(80.0, 60.0, 40.0), null, false);
        GradingRejected r = assertThrows(GradingRejected.class, () -> grading.saveMethod(bad));
        assertEquals(List.of("权重合计应为 100%，现为 90%"), words.lines(r));
        assertTrue(grading.methods().isEmpty());

        GradingMethod good = new GradingMethod(2023, List.of(new GradingMethod.Weight(
                GradingMethod.IndicatorKind.TAX_PER_MU, 100)), GradingMethod.Normalisation.SHARE_OF_BEST,
                GradingMethod.CutoffMode.SCORE, List.of(80.0, 60.0, 40.0), "县办法", false);
        grading.saveMethod(good);
        assertEquals(good, grading.method(2023));
        assertEquals(good, grading.method(2030));
        assertTrue(grading.method(2022).workbenchDefault());
        assertTrue(wb.editor().audit().stream().anyMatch(e -> e.entity().equals("grading-method")
                && e.code().equals("2023") && e.action().equals("create")));
        grading.deleteMethod(2023);
        assertTrue(grading.method(2030).workbenchDefault());
        assertFalse(wb.editor().audit().stream().noneMatch(e -> e.action().equals("delete")
                && e.entity().equals("grading-method")));
    }
}
