package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.ui.versions.PlanVersionsModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft's other changes made in the window, as `version threshold | project | zone` make them: an admission
 * standard, a key project dropped and a zone's area, each one write; a value that is no number is refused by name.
 */
class VersionOtherChangesViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db;
        try (Workbench wb = TestPlans.seeded(dir)) {
            db = wb.databasePath();
            new Versions(wb.editor(), I18n.forLanguage("zh")).createDraft("2024年规划调整", 2024, List.of(), null);
        }
        app = Windows.start(db, "zh", Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(String id, Predicate<T> which) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    private static void type(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private static void set() {
        robot.interact(() -> robot.lookup("#versions-other-set").queryButton().fire());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDraftChangesAStandardAProjectAndAZoneInTheWindow() throws Exception {
        robot.clickOn("#nav-versions");
        TableView<PlanVersionsModel.Row> versions = robot.lookup("#versions-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        robot.interact(() -> versions.getSelectionModel().select(1));
        java.util.function.Supplier<PlanVersion> draft = () -> versions.getItems().get(1).version();

        choose("#versions-other-kind", (String k) -> k.equals("threshold"));
        choose("#versions-other-item", (Object i) -> i.toString().contains("投资强度"));
        type("#versions-other-value", "很大");
        set();
        Label message = robot.lookup("#versions-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("“很大”不是数值（投资强度"), message.getText());
        assertTrue(draft.get().thresholds().isEmpty(), "nothing written");
        type("#versions-other-value", "320");
        type("#versions-other-basis", "县政府常务会议纪要");
        set();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !draft.get().thresholds().isEmpty());
        assertEquals(320.0, draft.get().thresholds().get(0).value());
        assertEquals("县政府常务会议纪要", draft.get().thresholds().get(0).basis());

        robot.interact(() -> versions.getSelectionModel().select(1));
        choose("#versions-other-kind", (String k) -> k.equals("project"));
        choose("#versions-other-action", (PlanVersion.ProjectAction a) -> a == PlanVersion.ProjectAction.DROP);
        choose("#versions-other-item", (Object i) -> true);
        set();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !draft.get().projects().isEmpty());
        assertEquals(PlanVersion.ProjectAction.DROP, draft.get().projects().get(0).action());

        robot.interact(() -> versions.getSelectionModel().select(1));
        choose("#versions-other-kind", (String k) -> k.equals("zone"));
        choose("#versions-other-item", (Object i) -> i.toString().contains("东部"));
        type("#versions-other-value", "14.5");
        TextField area = robot.lookup("#versions-other-value").queryAs(TextField.class);
        robot.interact(area::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);  // Enter in the field sets it, as the button does
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !draft.get().zones().isEmpty());
        assertEquals(14.5, draft.get().zones().get(0).areaKm2());
    }
}
