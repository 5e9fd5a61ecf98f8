package cn.yanggu.workbench.ui;

import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same window in English: every navigation label and header is English; the plan's data stays Chinese. */
class EnglishWindowTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        app = Windows.start(dir.resolve("en.db"), "en", Clock.systemDefaultZone());
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void navigationAndHeadersAreEnglish() {
        assertEquals("Overview", robot.lookup("#nav-overview").queryAs(ToggleButton.class).getText());
        assertEquals("Indicators", robot.lookup("#nav-indicators").queryAs(ToggleButton.class).getText());
        assertEquals("Industry chains", robot.lookup("#nav-chains").queryAs(ToggleButton.class).getText());
        assertEquals("Zones", robot.lookup("#nav-zones").queryAs(ToggleButton.class).getText());
        assertEquals("Key projects", robot.lookup("#nav-projects").queryAs(ToggleButton.class).getText());
        robot.clickOn("#nav-projects");
        TableView<?> projects = robot.lookup("#projects-table").queryAs(TableView.class);
        assertEquals("Project", projects.getColumns().get(0).getText());
        assertTrue(projects.getItems().size() >= 41);
    }
}
