package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.cli.Cli;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.ui.charts.ChartsView;
import cn.yanggu.workbench.ui.exchange.ExchangeView;
import cn.yanggu.workbench.ui.reports.ReportsView;
import cn.yanggu.workbench.ui.values.ValuesView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each output made in the window is the file the command line makes from the same database: the report, every
 * chart, the deck, the plan as xlsx, the actuals template and the exchange package. The window runs on today's
 * clock, so both sign with the same date; the command line runs on a copy of the database taken after the window's
 * export (the window keeps the database open).
 */
class OutputsParityTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;
    private static Path db;

    @BeforeAll
    static void start() throws Exception {
        TestPlans.withActuals(dir).close();
        db = dir.resolve("workbench.db");
        app = Windows.start(db, "zh", Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static Object view(String nav) throws Exception {
        robot.clickOn("#nav-" + nav);
        WaitForAsyncUtils.waitForFxEvents();
        var field = WorkbenchApp.class.getDeclaredField("shell");
        field.setAccessible(true);
        return ((cn.yanggu.workbench.ui.shell.Shell) field.get(app)).currentView();
    }

    private static void waitFor(BooleanSupplier done) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, done::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String notice() {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    /** Runs the command line on a copy of the window's database as it is now; it must succeed. */
    private static void cli(String... args) throws Exception {
        // the same file name: the xlsx export names its database
        Path copy = Files.createDirectories(dir.resolve("copy-" + System.nanoTime())).resolve(db.getFileName());
        Backups.copy(db, copy);
        List<String> all = new ArrayList<>(List.of("--db", copy.toString()));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err),
                (d, l) -> {
                    throw new AssertionError("no window");
                });
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }

    private static void noTemporaryFiles() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private static String xlsxText(Path file) throws Exception {
        DataFormatter f = new DataFormatter();
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.forEach(sheet -> {
                b.append("# ").append(sheet.getSheetName()).append('\n');
                sheet.forEach(row -> {
                    row.forEach(c -> b.append(f.formatCellValue(c)).append('\t'));
                    b.append('\n');
                });
            });
        }
        // the moment of writing is the one thing that differs
        return b.toString().replaceAll("(?m)^(导出时间\t).*$", "$1<time>");
    }

    private static Map<String, byte[]> zipEntries(Path file) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                m.put(e.getName(), z.readAllBytes());
            }
        }
        return m;
    }

    @Test
    void theReportIsTheOneTheCommandLineWrites() throws Exception {
        ReportsView view = (ReportsView) view("reports");
        @SuppressWarnings("unchecked")
        ComboBox<ReportKind> kind = robot.lookup("#report-kind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#report-year").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(ReportKind.ANNUAL));
        robot.interact(() -> year.setValue(2023));
        WaitForAsyncUtils.waitForFxEvents();
        Path window = dir.resolve("window-report.docx");
        robot.interact(() -> view.generateTo(window));
        waitFor(() -> notice().startsWith("已生成报告"));

        Path cli = dir.resolve("cli-report.docx");
        cli("report", "--year", "2023", "--kind", "annual", "--out", cli.toString());
        try (XWPFDocument w = new XWPFDocument(Files.newInputStream(window));
             XWPFDocument c = new XWPFDocument(Files.newInputStream(cli));
             XWPFWordExtractor we = new XWPFWordExtractor(w); XWPFWordExtractor ce = new XWPFWordExtractor(c)) {
            assertTrue(we.getText().contains("年度监测分析报告"), we.getText());
            assertEquals(we.getText(), ce.getText());
            assertEquals(w.getAllPictures().size(), c.getAllPictures().size());
            for (int i = 0; i < w.getAllPictures().size(); i++) {
                assertArrayEquals(w.getAllPictures().get(i).getData(), c.getAllPictures().get(i).getData(),
                        "figure " + (i + 1));
            }
        }
        noTemporaryFiles();
    }

    @Test
    void everyChartAndTheDeckAreTheOnesTheCommandLineWrites() throws Exception {
        ChartsView view = (ChartsView) view("charts");
        Path window = Files.createDirectories(dir.resolve("window-charts"));
        robot.interact(() -> view.exportAllTo(window));
        // this export's own notice (another test's "已导出 …" may still be shown)
        waitFor(() -> notice().matches("已导出 \\d+ 张图表"));
        Path cli = dir.resolve("cli-charts");
        cli("charts", "--out", cli.toString());
        List<String> names;
        try (Stream<Path> s = Files.list(window)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.list(cli)) {
            assertEquals(names, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(names.size() >= 13, names.toString());
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(window.resolve(n)), Files.readAllBytes(cli.resolve(n)), n);
        }

        Path deck = dir.resolve("window-deck.pptx");
        robot.interact(() -> view.exportDeckTo(deck));
        waitFor(() -> notice().contains("window-deck.pptx"));
        Path cliDeck = dir.resolve("cli-deck.pptx");
        cli("deck", "--out", cliDeck.toString());
        try (XMLSlideShow w = new XMLSlideShow(Files.newInputStream(deck));
             XMLSlideShow c = new XMLSlideShow(Files.newInputStream(cliDeck));
             SlideShowExtractor<?, ?> we = new SlideShowExtractor<>(w);
             SlideShowExtractor<?, ?> ce = new SlideShowExtractor<>(c)) {
            assertEquals(w.getSlides().size(), c.getSlides().size());
            assertTrue(we.getText().contains("阳谷经济开发区管理委员会"), we.getText());
            assertEquals(we.getText(), ce.getText());
            assertEquals(w.getPictureData().size(), c.getPictureData().size());
        }
        noTemporaryFiles();
    }

    @Test
    void thePlanAsXlsxAndTheTemplateAreTheOnesTheCommandLineWrites() throws Exception {
        Path window = dir.resolve("window-plan.xlsx");
        robot.interact(() -> app.exportXlsxTo(window));
        waitFor(() -> notice().contains("window-plan.xlsx"));
        Path cli = dir.resolve("cli-plan.xlsx");
        cli("export", "--format", "xlsx", "--out", cli.toString());
        String text = xlsxText(window);
        assertTrue(text.contains("亩均税收"), text);
        assertEquals(text, xlsxText(cli));

        ValuesView values = (ValuesView) view("values");
        Path template = dir.resolve("window-template.xlsx");
        robot.interact(() -> values.exportTemplateTo(template, 2023));
        waitFor(() -> notice().startsWith("已生成 2023 年填报模板"));
        Path cliTemplate = dir.resolve("cli-template.xlsx");
        cli("template", "--year", "2023", "--out", cliTemplate.toString());
        assertEquals(xlsxText(template), xlsxText(cliTemplate));
        noTemporaryFiles();
    }

    @Test
    void thePackageIsTheOneTheCommandLineWrites() throws Exception {
        ExchangeView view = (ExchangeView) view("exchange");
        robot.interact(() -> robot.lookup("#exchange-origin").queryAs(TextField.class).setText("管委会"));
        Path window = dir.resolve("window.ygpkg");
        robot.interact(() -> view.exportTo(window));
        waitFor(() -> Files.exists(window) && notice().contains("window.ygpkg"));
        Path cli = dir.resolve("cli.ygpkg");
        cli("package", "export", "--origin", "管委会", "--out", cli.toString());
        Map<String, byte[]> w = zipEntries(window);
        Map<String, byte[]> c = zipEntries(cli);
        assertEquals(w.keySet(), c.keySet());
        assertFalse(w.isEmpty());
        for (String name : w.keySet()) {
            if (name.equals("manifest.json")) {
                // written at another moment; all else the same
                String timeless = "\"\\d{4}-\\d{2}-\\d{2}T[^\"]*\"";
                assertEquals(new String(w.get(name), StandardCharsets.UTF_8).replaceAll(timeless, "<time>"),
                        new String(c.get(name), StandardCharsets.UTF_8).replaceAll(timeless, "<time>"));
            } else if (name.equals("signature.json")) {
                // the same key signs both; the signatures differ with the manifest's time
                String signature = "\"signature\" : \"[^\"]*\"";
                assertEquals(new String(w.get(name), StandardCharsets.UTF_8).replaceAll(signature, "<signature>"),
                        new String(c.get(name), StandardCharsets.UTF_8).replaceAll(signature, "<signature>"));
            } else {
                assertArrayEquals(w.get(name), c.get(name), name);
            }
        }
        noTemporaryFiles();
    }
}
