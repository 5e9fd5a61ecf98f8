package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.domain.ServerAddress;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 文件 › 连接到局内数据库… in the window, by keyboard: a wrong database name is said in the dialog, which keeps what
 * was typed and offers 重试; with the right name the window shows the server database (status bar: server, user,
 * role). Skipped without the test server (YANGGU_TEST_PG).
 */
class ConnectWindowTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {   // not started when the server case is skipped
            FxToolkit.cleanupStages();
        }
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).setText(text));
    }

    @Test
    void theWindowSwitchesFromItsFileToTheServerDatabaseAndAFaultOffersRetry() throws Exception {
        ServerAddress server = TestEngines.seededServerDatabase(dir);
        Windows.start(dir.resolve("workbench.db"), "zh", Clock.systemDefaultZone());
        robot.interact(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-connect".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        type("connect-host", server.host());
        type("connect-port", String.valueOf(server.port()));
        type("connect-database", server.database() + "_missing");
        type("connect-user", server.user());
        robot.interact(() -> robot.lookup("#connect-sslmode").queryAs(javafx.scene.control.ComboBox.class)
                .setValue("disable"));
        robot.clickOn("#connect-password").type(KeyCode.ENTER);   // Enter is 连接
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#connect-problem")
                .queryAs(Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#connect-problem").queryAs(Label.class).getText().contains("没有这个数据库"),
                robot.lookup("#connect-problem").queryAs(Label.class).getText());
        assertEquals("重试", robot.lookup("#connect-go").queryAs(Button.class).getText());

        type("connect-database", server.database());
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status-database").queryAs(Label.class)
                .getText().contains(server.shortName()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#connect-dialog").tryQuery().isEmpty());
        assertTrue(robot.lookup("#status-database").queryAs(Label.class).getText().contains("用户 " + server.user()));
        assertEquals("角色：管理员", robot.lookup("#status-role").queryAs(Label.class).getText());
    }
}
