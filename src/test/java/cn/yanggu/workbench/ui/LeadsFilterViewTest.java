package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.ui.leads.LeadsModel;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 招商项目库's filters beside the text box, reached and set from the keyboard alone. */
class LeadsFilterViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    private static Lead lead(String code, String name, String node, Lead.LeadClass c, String person) {
        LocalDate d = LocalDate.of(2024, 3, 1);
        return new Lead(code, name, null, c, node, null, null, Lead.Method.OTHER, person, Lead.Stage.CLUE,
                Map.of(Lead.Stage.CLUE, d), null, null, null, null, null, null);
    }

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("w.db");
        try (Workbench wb = Workbench.open(db)) {
            String other = wb.chainMaps().map().nodes().stream().filter(n -> !n.chainCode().equals("copper"))
                    .findFirst().orElseThrow().code();
            wb.leads().change("新增", null, lead("a", "诺德股份", "copper.foil-battery", Lead.LeadClass.HIDDEN_CHAMPION,
                    "张三"));
            wb.leads().change("新增", null, lead("b", "某新材料", other, Lead.LeadClass.WORLD500, "李四"));
        }
        app = Windows.start(db, "zh", Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static Node focused() {
        return robot.lookup("#leads-table").query().getScene().getFocusOwner();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFiltersAreReachedWithShiftTabFromTheFilterBoxAndSetWithTheArrowKeys() throws Exception {
        robot.clickOn("#nav-leads");
        TableView<LeadsModel.Row> table = robot.lookup("#leads-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        ComboBox<String> person = robot.lookup("#lead-filter-person").queryAs(ComboBox.class);
        assertEquals("全部负责人", person.getConverter().toString(person.getValue()));
        waitFor(() -> person.getItems().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitFor(() -> "filter".equals(focused().getId()));
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitFor(() -> "lead-filter-person".equals(focused().getId()));
        // the list of persons opened from the keyboard, the first person (李四) chosen
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(person::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> !person.isShowing());
        assertEquals("李四", person.getValue());
        waitFor(() -> table.getItems().size() == 1);
        assertEquals("某新材料", table.getItems().get(0).lead().name());
        // the chain filter, three further back: the copper chain has none of 李四's leads
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        }
        waitFor(() -> "lead-filter-chain".equals(focused().getId()));
        ComboBox<String> chain = robot.lookup("#lead-filter-chain").queryAs(ComboBox.class);
        robot.interact(() -> chain.setValue("铜及铜精深加工"));
        waitFor(() -> table.getItems().isEmpty());
        robot.interact(() -> person.setValue(null));
        waitFor(() -> table.getItems().size() == 1);
        assertEquals(List.of("诺德股份"), table.getItems().stream().map(r -> r.lead().name()).toList());
    }
}
