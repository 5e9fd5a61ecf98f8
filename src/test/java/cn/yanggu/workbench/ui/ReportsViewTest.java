package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.reports.ReportsView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 报告 view: choose the mid-term evaluation, write 存在问题, generate the docx — the text is in it. */
class ReportsViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("w.db");
        try (Workbench wb = Workbench.open(db)) {
            Indicator tax = wb.editor().plan().indicators().get(0);
            List<YearValue> values = new ArrayList<>(tax.values());
            values.add(new YearValue(2023, Enums.ValueKind.ACTUAL, 5.2, Enums.Comparator.EQ,
                    Enums.Vintage.PRELIMINARY, null, "统计快报", "2024-01-20", null));
            wb.editor().apply(Edit.of("actuals", Change.update(tax,
                    cn.yanggu.workbench.app.Records.with(tax, "values", values))));
        }
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(db, "zh", clock);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void valuesAndStatusesAreShownWholeAt1280x720() throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ReportKind> kind = robot.lookup("#report-kind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#report-year").queryAs(ComboBox.class);
        ReportKind kindWas = kind.getValue();
        Integer yearWas = year.getValue();
        // a report for 2024 names the latest actual's year: "5.2（2023年快报）"
        robot.interact(() -> {
            kind.setValue(ReportKind.MIDTERM);
            year.setValue(2024);
        });
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#report-table").query().getScene().getWindow();
        double w = stage.getWidth();
        double h = stage.getHeight();
        try {
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup("#report-table").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            // the value columns (基期值 … 状态), not 序号 and the indicator's name (whose tooltip gives it whole)
            List<? extends javafx.scene.control.TableColumn<?, ?>> read = table.getVisibleLeafColumns()
                    .subList(2, table.getVisibleLeafColumns().size());
            robot.interact(() -> {
                for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
                    if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.isVisible() && c.getText() != null
                            && !c.getText().isBlank() && read.contains(c.getTableColumn())) {
                        seen.add(c.getText());
                        String shown = c.lookupAll(".text").stream()
                                .filter(x -> x instanceof javafx.scene.text.Text)
                                .map(x -> ((javafx.scene.text.Text) x).getText()).findFirst().orElse("");
                        javafx.scene.text.Text whole = new javafx.scene.text.Text(c.getText());
                        whole.setFont(c.getFont());
                        double need = whole.getLayoutBounds().getWidth() + c.snappedLeftInset()
                                + c.snappedRightInset();
                        if (!shown.equals(c.getText()) || need > c.getTableColumn().getWidth()) {
                            cut.add(c.getText() + " → " + shown + " (" + Math.round(need) + " > "
                                    + Math.round(c.getTableColumn().getWidth()) + ")");
                        }
                    }
                }
            });
            assertTrue(seen.stream().anyMatch(s -> s.contains("尚无")), "a status 尚无实际值 is on screen: " + seen);
            assertTrue(seen.stream().anyMatch(s -> s.contains("（2023年")), "a value with its year is on screen: " + seen);
            assertEquals(List.of(), cut, "values elided at 1280×720; columns " + read.stream().map(c -> c.getText() + "=" + Math.round(c.getWidth())).toList());
        } finally {
            robot.interact(() -> {
                stage.setWidth(w);
                stage.setHeight(h);
                kind.setValue(kindWas);
                year.setValue(yearWas);
            });
        }
    }

    @Test
    void typingANarrativeAndGeneratingWritesADocxContainingIt() throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#report-year").queryAs(ComboBox.class);
        assertEquals(2023, year.getValue(), "the latest year with actuals");
        @SuppressWarnings("unchecked")
        ComboBox<ReportKind> kind = robot.lookup("#report-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(ReportKind.MIDTERM));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2023, year.getValue(), "the mid-term evaluation is for 2023");

        TableView<?> table = robot.lookup("#report-table").queryAs(TableView.class);
        assertEquals(28, table.getItems().size(), "one row per indicator with a 2025 target or a direction only");
        String warnings = labels(robot.lookup("#report-warnings").queryAs(VBox.class));
        assertTrue(warnings.contains("尚未撰写"), "empty sections are pointed out before generating: " + warnings);
        String lagging = labels(robot.lookup("#report-lagging").queryAs(VBox.class));
        assertTrue(lagging.contains("亩均税收") && lagging.contains("滞后"), lagging);

        TextArea problems = robot.lookup("#narrative-problems").queryAs(TextArea.class);
        robot.clickOn(problems).write("Tax per mu grows too slowly.");
        robot.clickOn("#narrative-next_steps").write("Grade every firm by land efficiency.");
        robot.clickOn(problems);   // leaving next steps saves both
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#narrative-saved").queryAs(Label.class)
                .getText().startsWith("上次保存"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labels(robot.lookup("#report-warnings").queryAs(VBox.class)).isEmpty(),
                "no warning once both sections are written");

        ReportsView view = (ReportsView) findView();
        Path out = dir.resolve("中期评估报告.docx");
        robot.interact(() -> view.generateTo(out));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#status-notice").queryAs(Label.class)
                .getText().startsWith("已生成报告"));
        assertTrue(robot.lookup("#status-open-folder").query().isVisible(), "打开所在文件夹 is offered");
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out))) {
            String text = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("中期评估报告"), text);
            assertTrue(text.contains("Tax per mu grows too slowly."), text);
            assertTrue(text.contains("Grade every firm by land efficiency."), text);
            assertTrue(!d.getAllPictures().isEmpty());
        }

        // the text is stored for 2023's mid-term report only: the annual report of 2023 starts empty
        robot.interact(() -> kind.setValue(ReportKind.ANNUAL));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problems.getText().isEmpty());
        robot.interact(() -> kind.setValue(ReportKind.MIDTERM));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problems.getText().equals("Tax per mu grows too slowly."));
    }

    private static Object findView() throws Exception {
        var field = WorkbenchApp.class.getDeclaredField("shell");
        field.setAccessible(true);
        return ((cn.yanggu.workbench.ui.shell.Shell) field.get(app)).currentView();
    }

    private static String labels(javafx.scene.Parent p) {
        return p.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .collect(Collectors.joining("\n"));
    }
}
