package cn.yanggu.workbench.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report --year Y --kind annual|midterm|final --out FILE.docx}. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), (db, lang) -> {
            throw new AssertionError("a subcommand must not open a window");
        });
    }

    @Test
    void writesTheMidtermReportAsAWordDocument() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("中期评估.docx");
        assertEquals(0, run("--db", db.toString(), "report", "--year", "2023", "--kind", "midterm", "--out",
                file.toString()), err.toString());
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("已生成报告"), out.toString());
        assertTrue(out.toString().contains("尚未填写"), "the empty narrative sections are pointed out: " + out);
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file))) {
            assertEquals("中期评估报告", d.getParagraphs().get(1).getText());
            assertEquals("序号", d.getTables().get(0).getRow(0).getCell(0).getText());
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void badYearOrKindIsOneLineAndExitTwo() {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("r.docx");
        assertEquals(2, run("--db", db.toString(), "report", "--year", "2019", "--out", file.toString()));
        assertEquals("报告年度须在规划期 2021—2025 年之内，现为 2019 年", err.toString().strip());
        assertFalse(Files.exists(file));

        StringWriter e2 = new StringWriter();
        assertEquals(2, Cli.run(new String[] {"--db", db.toString(), "report", "--year", "2023", "--kind", "weekly",
                "--out", file.toString()}, new PrintWriter(out), new PrintWriter(e2), (d, l) -> { }));
        assertEquals(1, e2.toString().strip().lines().count());
        assertTrue(e2.toString().contains("weekly"), e2.toString());

        StringWriter e3 = new StringWriter();
        assertEquals(2, Cli.run(new String[] {"--db", db.toString(), "report", "--year", "soon", "--out",
                file.toString()}, new PrintWriter(out), new PrintWriter(e3), (d, l) -> { }));
        assertEquals(1, e3.toString().strip().lines().count(), e3.toString());

        StringWriter e4 = new StringWriter();
        assertEquals(1, Cli.run(new String[] {"--db", db.toString(), "report", "--year", "2023", "--out",
                dir.resolve("missing/r.docx").toString()}, new PrintWriter(out), new PrintWriter(e4), (d, l) -> { }));
        assertTrue(e4.toString().contains("不存在"), e4.toString());
    }
}
