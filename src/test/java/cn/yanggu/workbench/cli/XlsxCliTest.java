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
            assertEquals(15, b.getNumberOfSheets());
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

    private static byte[] withoutTime(byte[] json) {
        return new String(json, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"exportedAt\" : \"[^\"]*\"", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
