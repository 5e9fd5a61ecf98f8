package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole-plan workbook, read back with POI as Excel/WPS would open it. */
class XlsxExportTest {
    @TempDir
    Path dir;

    private int listings;
    private int yearValues;

    private Workbook export(String lang) throws Exception {
        Path file = dir.resolve("plan-" + lang + ".xlsx");
        try (Workbench wb = TestPlans.seeded(dir)) {
            yearValues = wb.loadPlan().indicators().stream().mapToInt(i -> i.values().size()).sum();
            listings = wb.loadPlan().projects().stream().mapToInt(p -> p.listings().size()).sum();
            wb.exportXlsx(file, I18n.forLanguage(lang), "test");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> headers(Sheet s, int row) {
        List<String> out = new ArrayList<>();
        for (Cell c : s.getRow(row)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    static Row rowWith(Sheet s, int column, String text) {
        for (Row r : s) {
            Cell c = r.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + text + " in " + s.getSheetName());
    }

    @Test
    void everyTableIsASheetWithUnitsInTheHeaderAFrozenHeaderAndNumericCells() throws Exception {
        try (Workbook wb = export("zh")) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("说明", "园区", "产业链", "产业链环节", "链上企业", "企业", "重点项目", "专栏列示", "指标",
                    "年度数据", "入园门槛", "亩产效益分级", "监测安排", "存疑说明", "变更记录"), names);

            Sheet zones = wb.getSheet("园区");
            assertTrue(headers(zones, 0).contains("面积（平方公里）"), headers(zones, 0).toString());
            Cell east = rowWith(zones, 1, "东部工业集中区").getCell(headers(zones, 0).indexOf("面积（平方公里）"));
            assertEquals(CellType.NUMERIC, east.getCellType());
            assertEquals(11.96, east.getNumericCellValue(), 1e-9);
            assertTrue(headers(wb.getSheet("重点项目"), 0).contains("投资（万元）"));

            Sheet ind = wb.getSheet("指标");
            List<String> h = headers(ind, 0);
            Cell target = rowWith(ind, 1, "进出口总额").getCell(h.indexOf("2025年目标（指标单位）"));
            assertEquals(CellType.NUMERIC, target.getCellType());
            assertEquals(1_700_000, target.getNumericCellValue());
            assertEquals("万元", rowWith(ind, 1, "进出口总额").getCell(h.indexOf("单位")).getStringCellValue());
            assertTrue(h.contains("来源"));

            Sheet values = wb.getSheet("年度数据");
            assertEquals(yearValues, values.getLastRowNum());
            assertEquals(CellType.NUMERIC, values.getRow(1).getCell(headers(values, 0).indexOf("数值（指标单位）"))
                    .getCellType());
            assertEquals(CellType.NUMERIC, values.getRow(1).getCell(headers(values, 0).indexOf("年份"))
                    .getCellType());

            // the 专栏 listings: every project listed in a column, 专栏7 repeats under their listed names
            assertTrue(listings > 40);
            assertEquals(listings, wb.getSheet("专栏列示").getLastRowNum());

            for (String name : names.subList(1, names.size())) {
                Sheet s = wb.getSheet(name);
                PaneInformation pane = s.getPaneInformation();
                assertNotNull(pane, name + " has no frozen header");
                assertTrue(pane.isFreezePane(), name);
                assertEquals(1, pane.getHorizontalSplitPosition(), name);
                Row header = s.getRow(0);
                assertTrue(header.getCell(0).getCellStyle().getFillPattern() != org.apache.poi.ss.usermodel
                        .FillPatternType.NO_FILL, name + " header has no fill");
                assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), name);
                // columns wide enough for their header: a CJK character needs two character widths
                for (Cell c : header) {
                    int needed = Math.min(SheetWriter.displayWidth(c.getStringCellValue()), 24) * 256;
                    assertTrue(s.getColumnWidth(c.getColumnIndex()) >= needed, name + " " + c.getStringCellValue());
                }
            }
            Sheet about = wb.getSheet("说明");
            assertEquals("阳政办字〔2022〕7号", rowWith(about, 0, "文号").getCell(1).getStringCellValue());
        }
    }

    @Test
    void englishSheetNamesWithLangEn() throws Exception {
        try (Workbook wb = export("en")) {
            assertNotNull(wb.getSheet("Zones"));
            assertNotNull(wb.getSheet("Year values"));
            assertTrue(headers(wb.getSheet("Zones"), 0).contains("Area (km²)"));
            // the plan's own words stay Chinese
            rowWith(wb.getSheet("Indicators"), 1, "进出口总额");
        }
    }
}
