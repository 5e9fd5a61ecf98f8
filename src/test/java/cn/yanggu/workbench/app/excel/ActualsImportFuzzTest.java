package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Validation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 1,050 mutated templates (seeded, so a failure can be replayed): cell values of every type through POI, deleted
 * rows, cells, sheets and names, renamed headers, and byte-level damage to the zip. Each one is either refused with
 * worded problems and the database untouched, or imported with valid values (then undone). Every fifteenth goes
 * through the workbench and its database; the others through the check alone, which cannot write.
 */
class ActualsImportFuzzTest {
    private static final I18n ZH = I18n.forLanguage("zh");
    private static final long SEED = 20261128L;
    private static final int CELL_MUTATIONS = 600;
    private static final int BYTE_MUTATIONS = 450;
    private static final String[] TEXTS = {"约20", "", " ", "NaN", "1e308", "-1", "∞", "１２３．５", "170亿元", "12%",
        "#N/A", "年报", "final", "初步", "X99", "T04", "G02", "2023", "1,000", "3.5万元", "0x1F", "=1+1", "1e-320",
        "—", "\t\n", "99999999999999999999999", "年份", "数值", "代码", "12吨", "'5", "TRUE", "null"};

    @TempDir
    Path dir;

    @Test
    void mutatedTemplatesAreRefusedWithAMessageOrImportedCleanlyNeverHalfWritten() throws IOException {
        Random random = new Random(SEED);
        try (Workbench wb = TestPlans.seeded(dir)) {
            Path t = dir.resolve("t.xlsx");
            wb.xlsx().template(t, ZH, 2023, Enums.Vintage.FINAL);
            byte[] base = filledBase(Files.readAllBytes(t));
            Plan before = wb.loadPlan();
            Path plain = dir.resolve("plain.xlsx");
            Files.write(plain, base);
            var unmutated = wb.importActualsXlsx(plain, ZH, true);
            assertTrue(unmutated.values() > 10, "the unmutated file imports");
            wb.editor().undo();
            assertEquals(before, wb.loadPlan());
            int refused = 0;
            int imported = 0;
            Path file = dir.resolve("fuzz.xlsx");
            for (int i = 0; i < CELL_MUTATIONS + BYTE_MUTATIONS; i++) {
                byte[] bytes;
                String what;
                if (i < CELL_MUTATIONS) {
                    StringBuilder log = new StringBuilder();
                    bytes = mutateCells(base, random, log);
                    what = log.toString();
                } else {
                    StringBuilder log = new StringBuilder();
                    bytes = mutateBytes(base, random, log);
                    what = log.toString();
                }
                String label = "mutation " + i + " (" + what + ")";
                try {
                    if (i % THROUGH_DATABASE == 0) {
                        imported += throughDatabase(wb, file, bytes, before, label) ? 1 : 0;
                        refused = i + 1 - imported;
                        continue;
                    }
                    // the check alone: it sees the plan and the locks but cannot write (the database path
                    // writes only after it returned)
                    var result = new ActualsImport(ZH, LocalDate.of(2024, 3, 1)).read(bytes, "fuzz.xlsx", before,
                            Set.of());
                    imported++;
                    result.warnings().forEach(w -> assertTrue(w.text().startsWith(w.position() + "："), label));
                    if (result.edit() != null) {
                        for (Change ch : result.edit().changes()) {
                            Indicator after = (Indicator) ch.after();
                            assertEquals(List.of(), Validation.check(after, before), label);
                            after.values().forEach(v -> assertTrue(Double.isFinite(v.value()) && v.value() >= 0,
                                    label));
                        }
                    }
                } catch (XlsxRejected e) {
                    refused++;
                    worded(e, label);
                } catch (RuntimeException | StackOverflowError e) {
                    fail(label + " crashed: " + e, e);
                }
            }
            assertEquals(before, wb.loadPlan());
            System.out.printf("xlsx fuzz: %d mutated files, %d refused with messages, %d imported cleanly%n",
                    refused + imported, refused, imported);
            assertTrue(refused + imported >= 1000);
            assertTrue(refused > 100 && imported > 100, refused + " refused, " + imported + " imported");
        }
    }

    /** Every so many mutations go the whole way: file, import, database checked, undo. */
    private static final int THROUGH_DATABASE = 15;

    private static void worded(XlsxRejected e, String label) {
        assertFalse(e.problems().isEmpty(), label);
        for (XlsxRejected.CellProblem p : e.problems()) {
            assertFalse(p.text().isBlank(), label);
            assertFalse(p.text().contains("\tat ") || p.text().contains("Exception") || p.text().contains("org.apache"),
                    label + ": " + p.text());
        }
    }

    /** Imports through the workbench; a refused file leaves the database as it was, an imported one is undone. */
    private static boolean throughDatabase(Workbench wb, Path file, byte[] bytes, Plan before, String label)
            throws IOException {
        Files.write(file, bytes);
        int audit = wb.editor().audit().size();
        try {
            // warnings accepted: the file goes the whole way whenever it is valid
            var result = wb.importActualsXlsx(file, ZH, true);
            Plan after = wb.loadPlan();
            for (Indicator ind : after.indicators()) {
                assertEquals(List.of(), Validation.check(ind, after), label);
            }
            if (result.edit() != null) {
                assertTrue(wb.editor().audit().size() > audit, label + ": import not audited");
                wb.editor().undo();
            }
            assertEquals(before, wb.loadPlan(), label + ": undo did not restore the plan");
            return true;
        } catch (XlsxRejected e) {
            worded(e, label);
        } catch (EditRejected e) {
            assertFalse(e.problems().isEmpty(), label);
        } catch (RuntimeException | StackOverflowError e) {
            fail(label + " crashed: " + e, e);
        }
        assertEquals(audit, wb.editor().audit().size(), label + ": audit written");
        assertEquals(before, wb.loadPlan(), label + ": database changed");
        return false;
    }

    /** The template with a few valid values, so mutations hit a realistic file. */
    private static byte[] filledBase(byte[] template) throws IOException {
        try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet s = b.getSheet("年度实际值");
            for (int r = ActualsTemplate.FIRST_DATA_ROW; r <= s.getLastRowNum(); r += 3) {
                s.getRow(r).getCell(5).setCellValue(1.5 + r % 7);
                s.getRow(r).getCell(7).setCellValue("统计快报");
            }
            return write(b);
        }
    }

    private static byte[] write(XSSFWorkbook b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.write(out);
        return out.toByteArray();
    }

    private static byte[] mutateCells(byte[] base, Random r, StringBuilder log) throws IOException {
        try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(base))) {
            Sheet s = b.getSheet("年度实际值");
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                int row = r.nextInt(s.getLastRowNum() + 4);
                int col = r.nextInt(11);
                int op = r.nextInt(20);
                log.append(op).append('@').append(row).append(',').append(col).append(' ');
                Row rw = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
                Cell c = rw.getCell(col) == null ? rw.createCell(col) : rw.getCell(col);
                switch (op) {
                    case 0, 1, 2, 3 -> c.setCellValue(TEXTS[r.nextInt(TEXTS.length)]);
                    case 4 -> c.setCellValue(new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e300, -1e-9,
                        Double.MIN_VALUE, -0.0, 1e15 + 1, 123.456, 0, 2023, 150}[r.nextInt(11)]);
                    case 5 -> c.setCellValue(r.nextBoolean());
                    case 6 -> c.setCellFormula(new String[] {"1/0", "SUM(F4:F6)", "\"约\"&1", "B2+1", "NA()"}
                            [r.nextInt(5)]);
                    case 7 -> c.setCellErrorValue(FormulaError.values()[r.nextInt(FormulaError.values().length)].getCode());
                    case 8 -> rw.removeCell(c);
                    case 9 -> s.removeRow(rw);
                    case 10 -> c.setCellValue("x".repeat(r.nextInt(3000)));
                    case 11 -> b.removeSheetAt(r.nextInt(b.getNumberOfSheets()));
                    case 12 -> b.setSheetName(b.getSheetIndex(s), "Sheet" + r.nextInt(3));
                    case 13 -> {
                        Row h = s.getRow(ActualsTemplate.HEADER_ROW);
                        if (h != null && h.getCell(col) != null) {
                            h.getCell(col).setCellValue("数值" + r.nextInt(2));
                        }
                    }
                    case 14 -> {
                        if (b.getName(ActualsTemplate.YEAR_NAME) != null) {
                            b.removeName(b.getName(ActualsTemplate.YEAR_NAME));
                        }
                    }
                    case 15 -> s.getRow(1).getCell(1).setCellValue(2015 + r.nextInt(30));
                    case 16 -> s.shiftRows(ActualsTemplate.FIRST_DATA_ROW, s.getLastRowNum(), 1 + r.nextInt(3));
                    case 17 -> b.createSheet("额外" + k);
                    case 18 -> c.setCellValue(r.nextDouble() * 1e6);
                    default -> c.setBlank();
                }
                if (b.getSheet("年度实际值") == null) {
                    break;
                }
                s = b.getSheet("年度实际值");
            }
            return write(b);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // POI refused the mutation itself (e.g. a formula on a removed row): use the file unmutated
            log.append("(mutation not possible: ").append(e.getClass().getSimpleName()).append(')');
            return base;
        }
    }

    private static byte[] mutateBytes(byte[] base, Random r, StringBuilder log) {
        byte[] b = Arrays.copyOf(base, base.length);
        int op = r.nextInt(5);
        log.append("bytes ").append(op);
        switch (op) {
            case 0 -> {
                int n = 1 + r.nextInt(20);
                for (int k = 0; k < n; k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> {
                int at = r.nextInt(b.length);
                Arrays.fill(b, at, Math.min(b.length, at + 1 + r.nextInt(500)), (byte) 0);
            }
            case 3 -> {
                int at = r.nextInt(b.length);
                byte[] junk = new byte[1 + r.nextInt(64)];
                r.nextBytes(junk);
                byte[] out = new byte[b.length + junk.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(b, at, out, at + junk.length, b.length - at);
                b = out;
            }
            default -> {
                // flip one bit in the central directory at the end, where the zip's index is
                int at = b.length - 1 - r.nextInt(Math.min(b.length, 2000));
                b[at] ^= (byte) (1 << r.nextInt(8));
            }
        }
        return b;
    }
}
