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
            wb.xlsx().export(file, I18n.forLanguage(lang), "test", java.time.ZoneId.systemDefault());
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
            assertEquals(List.of("说明", "园区", "产业链", "产业链环节", "链上企业", "企业", "重点项目", "专栏列示", "指标", "指标评估",
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

    /**
     * The header of each column that holds codes (any text allowed), units (km², m² …) or the login name of the
     * user who made a change.
     */
    private static final java.util.Set<String> CODE_OR_UNIT_COLUMNS = java.util.Set.of("代码", "产业链代码", "企业代码",
            "项目代码", "指标代码", "单位", "用户");
    /**
     * English the bureau does write: product and business words of the plan's own text (PVC, DBD, ToB, ToC), file
     * types in file names, and the programs' names.
     */
    private static final java.util.Set<String> PLAN_WORDS = java.util.Set.of("PVC", "DBD", "ToB", "ToC", "xlsx", "json",
            "Excel", "WPS");
    /**
     * Words in the curators' notes of seeds/plan.json (columns 备注 and 原文 only): field names the curators wrote
     * ("stage 仍为 null", "role 记为 leading", "fromYear 2025", "SO<sub>2</sub>"). They are the seed's text, shown as
     * curated; anywhere else they would be a leak of the workbench's own words.
     */
    private static final java.util.Set<String> CURATED_NOTE_WORDS = java.util.Set.of("stage", "null", "enterprise",
            "role", "leading", "fromYear", "sub", "HTML", "text");
    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[A-Za-z]{3,}");
    private static final java.util.regex.Pattern ISO_TIME = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z|[+-]\\d{2}:\\d{2}$");

    /** Every cell as a user sees it, outside the code and unit columns, with its position and column header. */
    private static List<String[]> shownCells(Workbook wb) {
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        List<String[]> out = new ArrayList<>();
        for (Sheet s : wb) {
            boolean table = !s.getSheetName().equals("说明");
            for (Row r : s) {
                for (Cell c : r) {
                    String header = table && s.getRow(0).getCell(c.getColumnIndex()) != null
                            ? s.getRow(0).getCell(c.getColumnIndex()).getStringCellValue() : "";
                    if (table && r.getRowNum() > 0 && CODE_OR_UNIT_COLUMNS.contains(header)) {
                        continue;
                    }
                    out.add(new String[] {s.getSheetName() + "!" + c.getAddress(), header, f.formatCellValue(c)});
                }
            }
        }
        return out;
    }

    /** A database whose change log has one of each kind of entry a bureau makes. */
    private Path exportAfterEdits(java.time.ZoneId zone) throws Exception {
        Path file = dir.resolve("edited.xlsx");
        try (Workbench wb = TestPlans.seeded(dir)) {
            var plan = wb.loadPlan();
            var e = wb.editor();
            var zoneRec = plan.zones().get(1);
            var project = plan.projects().get(0);
            var indicator = TestPlans.indicator(plan, "进出口总额");
            var threshold = plan.thresholds().get(0);
            var values = new ArrayList<>(indicator.values());
            values.add(new cn.yanggu.workbench.domain.YearValue(2023, cn.yanggu.workbench.domain.Enums.ValueKind.ACTUAL,
                    1_750_000, cn.yanggu.workbench.domain.Enums.Comparator.EQ,
                    cn.yanggu.workbench.domain.Enums.Vintage.FINAL, null, "统计年报", "2024-03-01", null));
            var versions = new ArrayList<>(threshold.versions());
            versions.add(new cn.yanggu.workbench.domain.Threshold.Version(2026, 300, "管委会会议", null));
            e.apply(new cn.yanggu.workbench.app.Edit("改几处", List.of(
                    cn.yanggu.workbench.app.Change.update(zoneRec, cn.yanggu.workbench.app.Records.with(
                            cn.yanggu.workbench.app.Records.with(zoneRec, "north", "黄河路"), "kind",
                            cn.yanggu.workbench.domain.Enums.ZoneKind.RESERVED)),
                    cn.yanggu.workbench.app.Change.update(project, cn.yanggu.workbench.app.Records.with(
                            cn.yanggu.workbench.app.Records.with(project, "stage",
                                    cn.yanggu.workbench.domain.Enums.ProjectStage.UNDER_CONSTRUCTION),
                            "listings", List.of())),
                    cn.yanggu.workbench.app.Change.update(indicator, cn.yanggu.workbench.app.Records.with(
                            cn.yanggu.workbench.app.Records.with(indicator, "values", values), "attribute",
                            cn.yanggu.workbench.domain.Enums.Attribute.BINDING)),
                    cn.yanggu.workbench.app.Change.update(threshold, cn.yanggu.workbench.app.Records.with(
                            threshold, "versions", versions)))));
            e.lockYear(2023, "已审定");
            e.saveAdmissionCheck(project.code(), null, 2024, new cn.yanggu.workbench.domain.Admission.Proposal(10,
                    3000, 300, 6667, 5000, 2000), 10, "mu");
            wb.grading().saveMethod(cn.yanggu.workbench.domain.GradingMethod.defaultMethod());
            wb.narratives().save(2023, cn.yanggu.workbench.domain.ReportKind.MIDTERM, java.util.Map.of(
                    cn.yanggu.workbench.domain.Narrative.PROBLEMS, "招商引资仍需加强。"));
            var about = new XlsxExport.About("1.0.0", "2026-11-30T07:09:43Z", "workbench.db", e.locks());
            Files.write(file, new XlsxExport(I18n.forLanguage("zh"), zone).write(e.plan(), e.audit(), about));
        }
        return file;
    }

    @Test
    void theExportSpeaksTheBureausLanguageOutsideCodeColumnsAndShowsLocalTimes() throws Exception {
        Path file = exportAfterEdits(java.time.ZoneId.of("Asia/Shanghai"));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("变更记录").getLastRowNum() >= 8, "the change log has the edits");
            List<String> leaks = new ArrayList<>();
            List<String> times = new ArrayList<>();
            for (String[] cell : shownCells(wb)) {
                String text = cell[2].replaceAll("[^\\s/]+\\.(db|xlsx|json|ygpkg)\\b", "");
                java.util.regex.Matcher m = LATIN.matcher(text);
                while (m.find()) {
                    String word = m.group();
                    boolean curated = (cell[1].equals("备注") || cell[1].equals("原文"))
                            && CURATED_NOTE_WORDS.contains(word);
                    if (!PLAN_WORDS.contains(word) && !curated) {
                        leaks.add(cell[0] + " [" + cell[1] + "] " + word + " in “" + cell[2] + "”");
                    }
                }
                if (ISO_TIME.matcher(cell[2]).find()) {
                    times.add(cell[0] + " " + cell[2]);
                }
            }
            assertEquals(List.of(), leaks);
            assertEquals(List.of(), times);

            // the export time and the change log's times are the PC's local time to the minute
            assertEquals("2026-11-30 15:09", rowWith(wb.getSheet("说明"), 0, "导出时间").getCell(1)
                    .getStringCellValue());
            Sheet audit = wb.getSheet("变更记录");
            for (int r = 1; r <= audit.getLastRowNum(); r++) {
                assertTrue(audit.getRow(r).getCell(0).getStringCellValue().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                        audit.getRow(r).getCell(0).getStringCellValue());
            }
            // the words themselves, as the 变更记录 view and the reports say them
            List<String> fields = new ArrayList<>();
            List<String> newValues = new ArrayList<>();
            for (int r = 1; r <= audit.getLastRowNum(); r++) {
                Cell f = audit.getRow(r).getCell(5);
                fields.add(f == null ? "" : f.getStringCellValue());
                Cell n = audit.getRow(r).getCell(7);
                newValues.add(n == null ? "" : n.getStringCellValue());
            }
            assertTrue(fields.contains("北至") && fields.contains("类别") && fields.contains("阶段"), fields.toString());
            assertTrue(fields.contains("2023年实际值（年报）"), fields.toString());
            assertTrue(fields.contains("从 2026 年起执行的标准"), fields.toString());
            assertTrue(newValues.contains("在建") && newValues.contains("预留控制区") && newValues.contains("约束性"),
                    newValues.toString());
            Sheet monitoring = wb.getSheet("监测安排");
            assertEquals("监测评估", rowWith(monitoring, 1, "中期评估").getCell(2).getStringCellValue());
            assertEquals("统计监测", rowWith(monitoring, 1, "开发程度").getCell(2).getStringCellValue());
            Sheet notes = wb.getSheet("存疑说明");
            Row north = rowWith(notes, 2, "北至");
            assertEquals("园区", north.getCell(0).getStringCellValue());
        }
    }

    @Test
    void targetsKeepTheirComparatorsAndWrappedTextGetsTheRowsItNeeds() throws Exception {
        try (Workbook wb = export("zh")) {
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            Sheet ind = wb.getSheet("指标");
            int target = headers(ind, 0).indexOf("2025年目标（指标单位）");
            Cell revenue = rowWith(ind, 1, "主营业务收入").getCell(target);
            assertEquals(CellType.NUMERIC, revenue.getCellType(), "still a number to sort and add up");
            assertEquals("≥750", f.formatCellValue(revenue));
            assertEquals(">85", f.formatCellValue(rowWith(ind, 1, "工业粉尘排放达标率").getCell(target)));
            assertEquals("1,700,000", f.formatCellValue(rowWith(ind, 1, "进出口总额").getCell(target)));
            assertEquals(">200", f.formatCellValue(rowWith(ind, 1, "入区企业数").getCell(headers(ind, 0)
                    .indexOf("2020年基数（指标单位）"))));

            // 说明: the reading notes take as many lines as they wrap to, the last one included
            Sheet about = wb.getSheet("说明");
            Row howTo = rowWith(about, 0, "阅读说明");
            String text = howTo.getCell(1).getStringCellValue();
            int columnChars = about.getColumnWidth(1) / 256;
            int wrappedLines = 0;
            for (String line : text.split("\n")) {
                wrappedLines += (int) Math.ceil(SheetWriter.displayWidth(line) / (double) columnChars);
            }
            assertTrue(wrappedLines > text.split("\n").length, "the notes do wrap at this width");
            assertTrue(howTo.getHeightInPoints() >= wrappedLines * 14.25f,
                    howTo.getHeightInPoints() + " pt for " + wrappedLines + " lines");

            // a table row with a long 原文 is as tall as its wrapped text
            Sheet notes = wb.getSheet("存疑说明");
            int textColumn = headers(notes, 0).indexOf("原文");
            int chars = notes.getColumnWidth(textColumn) / 256;
            for (Row r : notes) {
                Cell c = r.getCell(textColumn);
                if (r.getRowNum() == 0 || c == null) {
                    continue;
                }
                int need = (int) Math.ceil(SheetWriter.displayWidth(c.getStringCellValue()) / (double) chars);
                assertTrue(c.getCellStyle().getWrapText() || need <= 1, "wraps: " + c.getStringCellValue());
                assertTrue(r.getHeightInPoints() >= need * 14.25f, r.getRowNum() + ": " + r.getHeightInPoints()
                        + " pt for " + need + " lines");
            }
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
