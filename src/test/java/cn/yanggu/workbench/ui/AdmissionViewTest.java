package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Threshold;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 入园评审 in the real window: a proposed project checked as the planner types, saved with a project, listed under
 * 未达标项目 and shown in the project's detail pane; a new standard from this year re-judges it.
 */
class AdmissionViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private Path db;
    private static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("workbench.db");
        app = Windows.start(db, "zh", MID_2026);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private void type(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private List<String> texts(String containerId) {
        VBox box = robot.lookup(containerId).queryAs(VBox.class);
        return box.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    /** Chooses a project by code in the save drop-down (null: the entry for a new project, listed first). */
    @SuppressWarnings("unchecked")
    private void chooseProject(String code) {
        String label;
        if (code == null) {
            label = "＋ 新建项目（输入名称）";
        } else {
            try (Workbench wb = open()) {
                label = wb.loadPlan().projects().stream().filter(p -> p.code().equals(code)).findFirst()
                        .orElseThrow().name();
            }
        }
        ComboBox<Object> box = robot.lookup("#admission-project").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream()
                .filter(o -> box.getConverter().toString(o).equals(label)).findFirst().orElseThrow()));
    }

    /** Presses a button the way a click does (it may be scrolled out of the small headless window). */
    private void press(String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        assertTrue(!b.isDisabled(), id + " is enabled");
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is committed, read from a copy (the window holds the database's one-writer lock). */
    private Workbench open() {
        Path copy = db.resolveSibling("committed-" + System.nanoTime() + ".db");
        cn.yanggu.workbench.app.Backups.copy(db, copy);
        return Workbench.open(copy);
    }

    @Test
    void aFailingCheckSavedWithAProjectIsListedAndShownWithTheProjectAndReJudgedByANewStandard() throws Exception {
        robot.clickOn("#nav-thresholds");
        type("#admission-land", "10");
        type("#admission-investment", "25,000,000");
        robot.interact(() -> robot.lookup("#admission-investment-unit").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue("元"));
        type("#admission-tax", "300");
        type("#admission-site", "6667");
        type("#admission-floor", "8000");
        type("#admission-footprint", "3000");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = texts("#admission-results");
        assertTrue(lines.get(0).contains("2026"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("× 未通过 投资强度：250.00 万元/亩，要求 > 280.00 万元/亩"
                + "（差额 -30.00）")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("✓ 通过  容积率：1.20")), lines.toString());
        assertEquals("结论：有未达到的入园门槛", robot.lookup("#admission-verdict").queryAs(Label.class).getText());

        chooseProject("P01");
        press("#admission-save");
        waitFor(() -> robot.lookup("#failing-table").queryAs(TableView.class).getItems().size() == 1);
        try (Workbench wb = open()) {
            Admission.SavedCheck saved = wb.editor().admissionChecks().get(0);
            assertEquals("P01", saved.projectCode());
            assertEquals(2026, saved.year());
            assertEquals(2500.0, saved.proposal().investmentWan(), 1e-9);
            assertTrue(wb.editor().audit().stream().anyMatch(a -> a.entity().equals("admission-check")));
        }
        assertTrue(robot.lookup("#admission-save-status").queryAs(Label.class).getText().contains("未达标"));
        TabPane tabs = robot.lookup("#admission-tabs").queryAs(TabPane.class);
        assertEquals("未达标项目（1）", tabs.getTabs().get(1).getText());
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> failing = robot.lookup("#failing-table").queryAs(TableView.class);
        String rules = String.valueOf(failing.getColumns().get(2).getCellObservableValue(0).getValue());
        assertEquals("投资强度 250.00，要求 > 280.00，差 -30.00", rules);

        // the project's detail pane: the latest check, rule by rule
        robot.clickOn("#nav-projects");
        TableView<?> projects = robot.lookup("#projects-table").queryAs(TableView.class);
        robot.interact(() -> projects.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> pane = texts("#project-admission");
        assertTrue(pane.stream().anyMatch(l -> l.startsWith("× 未通过 投资强度：250.00")), pane.toString());
        assertEquals("结论：有未达到的入园门槛",
                robot.lookup("#project-admission-verdict").queryAs(Label.class).getText());

        // 从 2026 年起执行新标准 240 万元/亩: the check of 2026 now passes, and the pane says the verdict changed
        robot.clickOn("#nav-thresholds");
        TableView<?> thresholds = robot.lookup("#thresholds-table").queryAs(TableView.class);
        robot.interact(() -> thresholds.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2026", robot.lookup("#version-year").queryAs(TextField.class).getText());
        type("#version-value", "240");
        type("#version-source", "县政府文件（测试）");
        press("#version-add");
        waitFor(() -> {
            try (Workbench wb = open()) {
                return wb.loadPlan().thresholds().get(0).versions().size() == 2;
            }
        });
        Threshold stored;
        try (Workbench wb = open()) {
            stored = wb.loadPlan().thresholds().get(0);
            assertEquals("versions[2026]", wb.editor().audit().get(0).field());
        }
        assertEquals(240.0, stored.inForce(2026).orElseThrow().value());
        assertEquals(280.0, stored.inForce(2025).orElseThrow().value());
        waitFor(() -> robot.lookup("#failing-table").queryAs(TableView.class).getItems().isEmpty());
        assertEquals("未达标项目（0）", tabs.getTabs().get(1).getText());

        // a duplicate from-year is refused at the editor, nothing saved
        robot.interact(() -> thresholds.getSelectionModel().select(0));
        type("#version-year", "2026");
        press("#version-add");
        assertTrue(robot.lookup("#version-error").queryAs(Label.class).getText().contains("2026"));

        robot.clickOn("#nav-projects");
        robot.interact(() -> projects.getSelectionModel().clearSelection());
        robot.interact(() -> projects.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("结论：全部达到入园门槛",
                robot.lookup("#project-admission-verdict").queryAs(Label.class).getText());
        Node changed = robot.lookup("#project-admission-changed").query();
        assertTrue(((Label) changed).getText().contains("有未达标的门槛"), ((Label) changed).getText());
    }

    @Test
    void aCheckCanBeSavedWithANewProjectEnteredInTheForm() throws Exception {
        robot.clickOn("#nav-thresholds");
        type("#admission-year", "2024");
        type("#admission-land", "8000 m²");
        type("#admission-investment", "5000");
        type("#admission-tax", "300");
        type("#admission-site", "8000");
        type("#admission-floor", "6000");
        type("#admission-footprint", "2800");
        chooseProject(null);
        type("#admission-new-project", "拟入园测试项目");
        press("#admission-save");
        waitFor(() -> {
            try (Workbench wb = open()) {
                return wb.editor().admissionChecks().size() == 1;
            }
        });
        try (Workbench wb = open()) {
            var project = wb.loadPlan().projects().stream().filter(p -> p.name().equals("拟入园测试项目"))
                    .findFirst().orElseThrow();
            Admission.SavedCheck c = wb.editor().admissionChecks().get(0);
            assertEquals(project.code(), c.projectCode());
            assertEquals(2024, c.year());
            assertEquals("m2", c.landUnit());
            assertEquals(8000.0, c.landEntered(), 1e-6);
            assertEquals(12.0, c.proposal().landMu(), 1e-3);
            // 容积率 0.75 and 建筑系数 35 % miss the 2025 standards, which are not in force in 2024
            assertTrue(c.storedAllPass());
            assertEquals(Admission.Verdict.NOT_IN_FORCE, c.verdicts().get(2).verdict());
        }
        waitFor(() -> robot.lookup("#admission-save-status").queryAs(Label.class).getText()
                .contains("按 2024 年标准全部达标"));
    }
}
