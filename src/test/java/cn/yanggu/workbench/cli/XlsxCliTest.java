package cn.yanggu.workbench.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export --format xlsx}, {@code template} and {@code import --format xlsx} with their exit codes. */
class XlsxCliTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path fill(Path template, String name, String code, Object value) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook b = new XSSFWorkbook(in)) {
            Sheet s = b.getSheetAt(0);
            for (Row r : s) {
                if (r.getCell(0) != null && code.equals(r.getCell(0).toString())) {
                    if (value instanceof Number n) {
                        r.getCell(5).setCellValue(n.doubleValue());
                    } else {
                        r.getCell(5).setCellValue(String.valueOf(value));
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                b.write(o);
            }
        }
        return file;
    }

    @Test
    void exportXlsxWritesOneSheetPerTable() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("plan.xlsx");
        assertEquals(0, run("--db", db.toString(), "export", "--format", "xlsx", "--out", file.toString()));
        assertEquals("", cli.err());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook b = new XSSFWorkbook(in)) {
            assertNotNull(b.getSheet("年度数据"));
            assertEquals(16, b.getNumberOfSheets());
        }
        assertEquals(0, run("--db", db.toString(), "--lang", "en", "export", "--format", "xlsx", "--out",
                file.toString()));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook b = new XSSFWorkbook(in)) {
            assertNotNull(b.getSheet("Year values"));
        }
        assertEquals(2, run("--db", db.toString(), "export", "--format", "xls", "--out", file.toString()));
        assertTrue(cli.err().contains("json, xlsx"), cli.err());
    }

    @Test
    void templateThenImportAndARefusedFileWithItsPositionsOnOneLine() throws Exception {
        Path db = dir.resolve("w.db");
        Path template = dir.resolve("t.xlsx");
        assertEquals(0, run("--db", db.toString(), "template", "--year", "2023", "--vintage", "快报", "--out",
                template.toString()));
        assertTrue(cli.out().contains("2023"), cli.out());
        assertEquals(2, run("--db", db.toString(), "template", "--year", "2023", "--vintage", "大概", "--out",
                template.toString()));
        assertEquals(2, run("--db", db.toString(), "template", "--year", "1999", "--out", template.toString()));

        Path good = fill(template, "good.xlsx", "T04", 1_800_000);
        assertEquals(0, run("--db", db.toString(), "import", "--format", "xlsx", "--in", good.toString()));
        assertEquals("已从 good.xlsx 导入 1 个 2023 年实际值", cli.out().strip());

        Path bad = fill(template, "bad.xlsx", "G02", "约20");
        Path exported = dir.resolve("before.json");
        assertEquals(0, run("--db", db.toString(), "export", "--format", "json", "--out", exported.toString()));
        byte[] before = Files.readAllBytes(exported);
        Path report = dir.resolve("errors.txt");
        assertEquals(1, run("--db", db.toString(), "import", "--format", "xlsx", "--in", bad.toString(), "--report",
                report.toString()));
        String line = cli.err().strip();
        assertFalse(line.contains("\n"), "one line on failure: " + line);
        assertTrue(line.matches("未导入 bad\\.xlsx：1 处错误，未做任何改动 — 年度实际值!F\\d+：应为数字，实为“约20”（全部错误见 .*errors\\.txt）"),
                line);
        List<String> lines = Files.readAllLines(report);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("年度实际值!F"));

        // nothing changed: the plan exported again is the same but for the export time
        Path after = dir.resolve("after.json");
        assertEquals(0, run("--db", db.toString(), "export", "--format", "json", "--out", after.toString()));
        assertArrayEquals(withoutTime(before), withoutTime(Files.readAllBytes(after)));

        assertEquals(1, run("--db", db.toString(), "import", "--format", "xlsx", "--in",
                dir.resolve("missing.xlsx").toString()));
    }

    /** The template filled as an office does: who reports, 全年空气优良率 typed as 84.2 % (a percent cell), 进出口总额. */
    private Path fillAsOffice(Path template, String name, double imports) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook b = new XSSFWorkbook(in)) {
            Sheet s = b.getSheet("年度实际值");
            Row who = s.getRow(2);
            who.getCell(1).setCellValue("阳谷县十五里园镇");
            who.getCell(4).setCellValue("张三");
            who.getCell(6).setCellValue("0635-1234567");
            who.getCell(8).setCellValue(java.time.LocalDate.of(2024, 3, 5));
            org.apache.poi.ss.usermodel.CellStyle percent = b.createCellStyle();
            percent.setDataFormat(b.createDataFormat().getFormat("0.0%"));
            for (Row r : s) {
                String code = r.getCell(0) == null ? "" : r.getCell(0).toString();
                if (code.equals("G13")) {
                    r.getCell(5).setCellValue(0.842);
                    r.getCell(5).setCellStyle(percent);
                } else if (code.equals("T04")) {
                    r.getCell(5).setCellValue(imports);
                }
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                b.write(o);
            }
        }
        return file;
    }

    private static cn.yanggu.workbench.domain.YearValue actual(Path db, String name, int year) {
        try (var wb = cn.yanggu.workbench.app.Workbench.open(db)) {
            return cn.yanggu.workbench.TestPlans.indicator(wb.loadPlan(), name)
                    .value(cn.yanggu.workbench.domain.Enums.ValueKind.ACTUAL, year).orElse(null);
        }
    }

    @Test
    void aPercentCellAndWhoReportedRoundTripAndAHundredfoldValueNeedsAcceptWarnings() throws Exception {
        Path db = dir.resolve("w.db");
        Path template = dir.resolve("t.xlsx");
        assertEquals(0, run("--db", db.toString(), "template", "--year", "2021", "--out", template.toString()));

        Path good = fillAsOffice(template, "十五里园镇2021.xlsx", 1_450_000);
        assertEquals(0, run("--db", db.toString(), "import", "--format", "xlsx", "--in", good.toString()));
        assertEquals(List.of("已从 十五里园镇2021.xlsx 导入 2 个 2021 年实际值",
                "填报：阳谷县十五里园镇 · 张三 · 0635-1234567 · 2024-03-05"), cli.out().strip().lines().toList());
        var air = actual(db, "全年空气优良率", 2021);
        assertEquals(84.2, air.value(), 1e-9, "84.2 % in a percent cell is 84.2, not 0.842");
        assertEquals("阳谷县十五里园镇 · 张三 · 0635-1234567", air.source());
        assertEquals("2024-03-05", air.date());

        // 2022: 进出口总额 typed in 元 instead of 万元 — 100 times 2021's
        assertEquals(0, run("--db", db.toString(), "template", "--year", "2022", "--out", template.toString()));
        Path x100 = fillAsOffice(template, "十五里园镇2022.xlsx", 145_000_000);
        assertEquals(1, run("--db", db.toString(), "import", "--format", "xlsx", "--in", x100.toString()));
        List<String> err = cli.err().strip().lines().toList();
        assertTrue(err.get(0).startsWith("未导入 十五里园镇2022.xlsx：1 个数值与上年值（或基数）相差 50 倍以上"), err.get(0));
        assertTrue(err.get(0).contains("--accept-warnings"), err.get(0));
        assertEquals(2, err.size(), cli.err());
        assertTrue(err.get(1).strip().matches("年度实际值!F\\d+：145,000,000 是上年值 1,450,000 的 100 倍，请核对单位"),
                err.get(1));
        Path list = dir.resolve("核对.txt");
        assertEquals(1, run("--db", db.toString(), "import", "--format", "xlsx", "--in", x100.toString(), "--report",
                list.toString()));
        assertEquals(List.of(err.get(1).strip()), Files.readAllLines(list));
        assertTrue(cli.err().contains("清单见"), cli.err());
        assertEquals(null, actual(db, "进出口总额", 2022), "nothing written");
        assertEquals(null, actual(db, "全年空气优良率", 2022), "nothing written, not even the good values");

        assertEquals(0, run("--db", db.toString(), "import", "--format", "xlsx", "--in", x100.toString(),
                "--accept-warnings"));
        assertTrue(cli.out().startsWith("已从 十五里园镇2022.xlsx 导入 2 个 2022 年实际值"), cli.out());
        assertEquals(145_000_000, actual(db, "进出口总额", 2022).value());
    }

    private static byte[] withoutTime(byte[] json) {
        return new String(json, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"exportedAt\" : \"[^\"]*\"", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
