package cn.yanggu.workbench.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a 1920×1080 screen at 150 % (1280×720 logical — narrower than 1366×768 at 100 %, the headless screen's own
 * size) every column of 重点项目 can be scrolled to and read in full.
 */
class NarrowWindowTest {
    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void everyColumnOfTheProjectsTableCanBeReachedInANarrowWindow() throws Exception {
        app = Windows.start(dir.resolve("workbench.db"), "zh", Clock.systemDefaultZone());
        FxRobot robot = new FxRobot();
        Stage stage = (Stage) robot.lookup("#status-state").query().getScene().getWindow();
        double w = stage.getWidth();
        double h = stage.getHeight();
        try {
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#nav-projects").query()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup("#projects-table").queryAs(TableView.class);
            List<String> unreachable = new ArrayList<>();
            for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                robot.interact(() -> scrollTo(table, c));
                WaitForAsyncUtils.waitForFxEvents();
                Node header = table.lookupAll(".column-header").stream()
                        .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader th
                                && th.getTableColumn() == c).findFirst().orElseThrow();
                Bounds hb = header.localToScene(header.getBoundsInLocal());
                Bounds tb = table.localToScene(table.getBoundsInLocal());
                if (hb.getMinX() < tb.getMinX() - 1 || hb.getMaxX() > tb.getMaxX() + 1 || hb.getWidth() < 20) {
                    unreachable.add(c.getText() + " " + hb);
                }
            }
            assertEquals(List.of(), unreachable, "columns outside the table at 1280×720");
            assertTrue(table.getVisibleLeafColumns().size() >= 10, "investment, category, admission … are columns");
        } finally {
            robot.interact(() -> {
                stage.setWidth(w);
                stage.setHeight(h);
            });
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrollTo(TableView table, TableColumn c) {
        table.scrollToColumn(c);
    }
}
