package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditConflict;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Role;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.domain.YearValue;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's "done when", automated: two staff on two PCs — 李 an 编辑 entering 年度数据, 王 the 管理员 keeping the
 * 重点项目 — each with a workbench of their own (own login, own connection, own change notices) on one server
 * database. Each hears of the other's change within seconds and sees it after re-reading; an edit of the field the
 * other has just changed is refused with who changed it and both values; the 总结评估报告 the {@code report} command
 * writes afterwards holds both people's work. {@code -Ddonewhen.out=DIR} keeps the report for a look. Skipped without
 * the test server.
 */
class TwoStaffOneServerTest {
    private static final I18n ZH = I18n.forLanguage("zh");
    @TempDir
    Path dir;
    private Workbench wang;
    private Workbench li;

    @AfterEach
    void close() {
        // null when there is no test server (the test was skipped)
        for (Workbench wb : new Workbench[] {wang, li}) {
            if (wb != null) {
                wb.close();
            }
        }
    }

    private static Indicator tax(Workbench wb) {
        return TestPlans.indicator(wb.editor().plan(), "亩均税收");
    }

    private static Double actual(Indicator i, int year) {
        return i.values().stream().filter(v -> v.year() == year && v.kind() == Enums.ValueKind.ACTUAL)
                .map(YearValue::value).findFirst().orElse(null);
    }

    private static Project project(Workbench wb, String code) {
        return wb.editor().plan().projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static Project withInvestment(Project p, double wan) {
        return new Project(p.code(), p.name(), p.chainCode(), p.zoneCode(), p.enterpriseCode(), p.kind(),
                Enums.ProjectStage.UNDER_CONSTRUCTION, wan, p.startYear(), p.finishYear(), p.listings(),
                p.mentions(), p.source(), p.note());
    }

    /** Waits (at most 10 s) for the other workbench's notice; returns the seconds it took. */
    private static double heardWithin(CountDownLatch heard, long since) throws InterruptedException {
        assertTrue(heard.await(10, TimeUnit.SECONDS), "the other window is told within seconds");
        return (System.nanoTime() - since) / 1e9;
    }

    private static String docxText(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            String paragraphs = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = d.getTables().stream().flatMap(t -> t.getRows().stream())
                    .map(row -> row.getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }

    @Test
    void twoStaffWorkOnOneServerDatabaseAndTheReportHoldsBothPeoplesWork() throws Exception {
        ServerAddress db = TestEngines.freshServerDatabase();
        TestEngines.runRolesScript(db);
        TestEngines.login(db, "wb_dw_wang", "yanggu_admin");
        TestEngines.admin(db, "ALTER ROLE wb_dw_wang SET ROLE yanggu_admin");
        TestEngines.login(db, "wb_dw_li", "yanggu_editor");
        ServerAddress asWang = TestEngines.as(db, "wb_dw_wang");
        ServerAddress asLi = TestEngines.as(db, "wb_dw_li");
        // the 管理员 opens the new database first (tables, the seeded plan, three years of actuals); IT runs the script
        try (Workbench first = TestEngines.open(asWang, dir.resolve("setup"))) {
            TestPlans.enterActuals(first);
        }
        TestEngines.runRolesScript(db);

        wang = TestEngines.open(asWang, dir.resolve("wang-pc"));
        li = TestEngines.open(asLi, dir.resolve("li-pc"));
        wang.editor().useLanguage(ZH);
        li.editor().useLanguage(ZH);
        assertEquals(Role.ADMIN, wang.role());
        assertEquals(Role.EDITOR, li.role());
        CountDownLatch wangHears = new CountDownLatch(1);
        CountDownLatch liHears = new CountDownLatch(1);
        String projectCode = wang.editor().plan().projects().stream().filter(p -> p.investmentWan() == null)
                .findFirst().orElseThrow().code();
        List<String> timings = new ArrayList<>();
        try (AutoCloseable w = wang.watchOthers(wangHears::countDown);
             AutoCloseable l = li.watchOthers(liHears::countDown)) {
            // 李 (编辑) enters the 2024 亩均税收 in 年度数据
            long t0 = System.nanoTime();
            Indicator before = tax(li);
            List<YearValue> values = new ArrayList<>(before.values());
            values.add(TestPlans.actual(2024, 5.87));
            li.editor().apply(Edit.of("2024年亩均税收", Change.update(before,
                    cn.yanggu.workbench.app.Records.with(before, "values", values))));
            timings.add(String.format("王 heard of 李's change after %.1f s", heardWithin(wangHears, t0)));
            wang.editor().refresh();
            assertEquals(5.87, actual(tax(wang), 2024), 1e-9, "王 sees 李's value");

            // 王 (管理员) sets a 重点项目's stage and investment, in 10,000 yuan (2.35 亿元)
            long t1 = System.nanoTime();
            Project p = project(wang, projectCode);
            wang.editor().apply(Edit.of("项目投资", Change.update(p, withInvestment(p, 23456))));
            timings.add(String.format("李 heard of 王's change after %.1f s", heardWithin(liHears, t1)));

            // before re-reading, 李 changes the same field: refused, naming 王, his value and 李's
            Project stale = project(li, projectCode);
            EditConflict refused = assertThrows(EditConflict.class,
                    () -> li.editor().apply(Edit.of("项目投资", Change.update(stale, withInvestment(stale, 18000)))));
            String said = ErrorText.describe(ZH, refused);
            assertTrue(said.contains("已被 wb_dw_wang 于 "), said);
            assertTrue(said.contains("23456") || said.contains("23,456"), said);
            assertTrue(said.contains("18000") || said.contains("18,000"), said);
            timings.add(said);
            li.editor().refresh();
            assertEquals(23456, project(li, projectCode).investmentWan(), 1e-9, "李 now sees 王's value");
            assertEquals(5.87, actual(tax(li), 2024), 1e-9, "and his own is kept");
        }

        // the 总结评估报告, written afterwards by the report command (as either of them would)
        Path docx = dir.resolve("总结评估报告.docx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", asLi.toString(), "report", "--year", "2025", "--kind", "final",
                "--out", docx.toString()}, new PrintWriter(out), new PrintWriter(err), (d, lang) -> { });
        assertEquals(0, code, err.toString());
        String text = docxText(docx);
        String out1 = System.getProperty("donewhen.out");
        if (out1 != null) {
            Files.copy(docx, Path.of(out1).resolve(docx.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(Path.of(out1).resolve("总结评估报告.txt"), text + "\n\n" + String.join("\n", timings));
        }
        String name = project(wang, projectCode).name();
        assertTrue(text.contains("数据截至2024年"), "李's 2024 value moved the report's data year:\n" + text);
        assertTrue(text.contains("5.87"), "李's 亩均税收 of 2024:\n" + text);
        assertTrue(text.contains(name + "（在建，投资2.35亿元）"), "王's project:\n" + text);
    }
}
