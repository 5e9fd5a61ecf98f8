package cn.yanggu.workbench.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report --year Y --kind annual|midterm|final --out FILE.docx}. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesTheMidtermReportAsAWordDocument() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("中期评估.docx");
        assertEquals(0, run("--db", db.toString(), "report", "--year", "2023", "--kind", "midterm", "--out",
                file.toString()), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().contains("已生成报告"), cli.out());
        assertTrue(cli.out().contains("待补充"), "the empty narrative sections are pointed out: " + cli.out());
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
        assertEquals("报告年度须在规划期 2021—2025 年之内，现为 2019 年", cli.err().strip());
        assertFalse(Files.exists(file));

        assertEquals(2, run("--db", db.toString(), "report", "--year", "2023", "--kind", "weekly",
                "--out", file.toString()));
        assertEquals(1, cli.err().strip().lines().count());
        assertTrue(cli.err().contains("weekly"), cli.err());

        assertEquals(2, run("--db", db.toString(), "report", "--year", "soon", "--out",
                file.toString()));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());

        assertEquals(1, run("--db", db.toString(), "report", "--year", "2023", "--out",
                dir.resolve("missing/r.docx").toString()));
        assertTrue(cli.err().contains("不存在"), cli.err());
    }

    @Test
    void theWrittenSectionsComeFromUtf8FilesAreSavedAndTheIssuerSigns() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("年度.docx");
        Path problems = dir.resolve("问题.txt");
        Path next = dir.resolve("下一步.txt");
        Files.writeString(problems, "\uFEFF一是亩均税收增长偏慢。\n二是高端人才引进不足。\n");
        Files.writeString(next, "（一）抓好重点项目\n加快推进祥光铜业项目建设。");
        assertEquals(0, run("--db", db.toString(), "report", "--year", "2023", "--out", file.toString(),
                "--problems", problems.toString(), "--next-steps", next.toString(), "--issuer", "阳谷县发展和改革局"),
                cli.err());
        assertFalse(cli.out().contains("待补充"), "both sections given: no warning: " + cli.out());
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file))) {
            String all = d.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + b + "\n");
            assertTrue(all.contains("四、存在问题\n一是亩均税收增长偏慢。\n二是高端人才引进不足。\n五、下一步工作\n（一）抓好重点项目\n"
                    + "加快推进祥光铜业项目建设。"), all);
            assertTrue(all.contains("阳谷县发展和改革局\n"), "the issuer signs: " + all);
        }
        // saved as that year's and kind's text, as typing it in 报告 does: the next report has it without the files
        Path again = dir.resolve("again.docx");
        assertEquals(0, run("--db", db.toString(), "report", "--year", "2023", "--out", again.toString()));
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(again))) {
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("二是高端人才引进不足。")));
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("阳谷县发展和改革局")));
        }
        // a file that is not UTF-8 is refused with its name, and nothing is written
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "存在问题".getBytes(java.nio.charset.Charset.forName("GBK")));
        Path third = dir.resolve("third.docx");
        assertEquals(1, run("--db", db.toString(), "report", "--year", "2023", "--out", third.toString(),
                "--problems", gbk.toString()));
        assertTrue(cli.err().contains("gbk.txt") && cli.err().contains("UTF-8"), cli.err());
        assertFalse(Files.exists(third));
    }
}
