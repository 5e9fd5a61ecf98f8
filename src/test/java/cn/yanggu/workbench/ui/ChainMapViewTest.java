package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.ui.common.SlideCanvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 产业链 › 图谱 in the real window: the chain's map, 现状 and 目标 2025, a click on a node shows its detail. */
class ChainMapViewTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("w.db");
        Workbench.open(db).close();
        app = Windows.start(db, "zh", Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** The whole map in the pane (it opens at its natural size, 1920×1080, larger than the test window). */
    private static void fit() {
        robot.interact(() -> robot.lookup("#zoom-fit").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String detailText() {
        return robot.lookup("#chain-map-detail").lookup(".label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).collect(Collectors.joining("\n"));
    }

    @Test
    void clickingAGapOnTheCopperMapShowsItsIntentAndThatNoEnterpriseIsOnIt() throws Exception {
        robot.clickOn("#nav-chains");
        robot.clickOn("图谱");
        SlideCanvas canvas = robot.lookup("#chain-map-canvas").queryAs(SlideCanvas.class);
        fit();
        waitFor(() -> canvas.chart() != null && canvas.entityOnScreen("copper.foil-battery").isPresent());
        assertEquals("铜及铜精深加工 产业链图谱 · 现状", canvas.chart().title());
        robot.clickOn(canvas.entityOnScreen("copper.foil-battery").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        String text = detailText();
        assertTrue(text.contains("动力电池用铜箔") && text.contains("缺失") && text.contains("补链")
                && text.contains("尚无本地企业") && text.contains("三、（二）"), text);

        robot.clickOn("#chain-map-target");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("铜及铜精深加工 产业链图谱 · 目标 2025", canvas.chart().title());
        assertTrue(robot.lookup("#chain-map-target").queryAs(ToggleButton.class).isSelected());

        @SuppressWarnings("unchecked")
        ComboBox<cn.yanggu.workbench.domain.Chain> chains = robot.lookup("#chain-map-chain").queryAs(ComboBox.class);
        robot.interact(() -> chains.getSelectionModel().select(1));
        waitFor(() -> canvas.entityOnScreen("optoelectronics.services").isPresent());
        assertTrue(canvas.chart().statusLine().contains("其中由项目补齐 1"), canvas.chart().statusLine());
        robot.clickOn(canvas.entityOnScreen("optoelectronics.services").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(detailText().contains("缺失 → 目标 2025：已有"), detailText());
    }

    @Test
    void aNodeIsEditedInPlaceAnUnknownEnterpriseIsRefusedAndUndoPutsItBack() throws Exception {
        robot.clickOn("#nav-chains");
        robot.clickOn("图谱");
        @SuppressWarnings("unchecked")
        ComboBox<cn.yanggu.workbench.domain.Chain> chains = robot.lookup("#chain-map-chain").queryAs(ComboBox.class);
        robot.interact(() -> chains.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#chain-map-current").queryAs(ToggleButton.class).setSelected(true));
        SlideCanvas canvas = robot.lookup("#chain-map-canvas").queryAs(SlideCanvas.class);
        fit();
        waitFor(() -> canvas.entityOnScreen("copper.culture").isPresent());
        robot.clickOn(canvas.entityOnScreen("copper.culture").orElseThrow());
        waitFor(() -> !robot.lookup("#chain-node-form").queryAll().isEmpty());
        javafx.scene.control.TextArea enterprises = robot.lookup("#chain-node-enterprises")
                .queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> enterprises.setText("不存在的公司 | 配套"));
        // the button is below the fold of the detail pane: pressed as a keyboard user would
        robot.interact(() -> robot.lookup("#chain-node-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("没有这家企业：不存在的公司（请先在“企业”中登记）",
                robot.lookup("#chain-node-message").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> enterprises.setText("祥光铜业 | 配套"));
        // the button is below the fold of the detail pane: pressed as a keyboard user would
        robot.interact(() -> robot.lookup("#chain-node-save").queryButton().fire());
        try {
            waitFor(() -> detailText().contains("祥光铜业（配套）"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(detailText() + " / " + robot.lookup("#chain-node-message")
                    .queryAs(javafx.scene.control.Label.class).getText());
        }
        assertTrue(detailText().contains("已有"), detailText());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> detailText().contains("尚无本地企业"));
    }

    @Test
    void onTheMapTheHeadersAddActsOnLinksAndAltArrowsMoveTheLinkShown() throws Exception {
        robot.clickOn("#nav-chains");
        robot.clickOn("图谱");
        @SuppressWarnings("unchecked")
        ComboBox<cn.yanggu.workbench.domain.Chain> chains = robot.lookup("#chain-map-chain").queryAs(ComboBox.class);
        robot.interact(() -> chains.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#chain-map-current").queryAs(ToggleButton.class).setSelected(true));
        SlideCanvas canvas = robot.lookup("#chain-map-canvas").queryAs(SlideCanvas.class);
        fit();
        waitFor(() -> canvas.entityOnScreen("copper.foil-electrolytic").isPresent());
        int chainsBefore = robot.lookup("#chains-table").queryAs(javafx.scene.control.TableView.class)
                .getItems().size();
        long added = canvas.entityKeys().stream().filter(k -> k.contains(".user-")).count();
        robot.interact(() -> robot.lookup("#action-add").queryButton().fire());
        waitFor(() -> canvas.entityKeys().stream().filter(k -> k.contains(".user-")).count() == added + 1);
        assertEquals(chainsBefore, robot.lookup("#chains-table").queryAs(javafx.scene.control.TableView.class)
                .getItems().size(), "no chain was added");
        String code = canvas.entityKeys().stream().filter(k -> k.contains(".user-")).reduce((a, b) -> b)
                .orElseThrow();
        // the new link, last downstream, is shown: Alt+↑ moves it one place up in its cell, 撤销 puts it back
        robot.clickOn(canvas.entityOnScreen(code).orElseThrow());
        waitFor(() -> !robot.lookup("#chain-node-form").queryAll().isEmpty());
        javafx.geometry.Point2D before = canvas.entityOnScreen(code).orElseThrow();
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.UP)
                .release(javafx.scene.input.KeyCode.UP, javafx.scene.input.KeyCode.ALT);
        waitFor(() -> canvas.entityOnScreen(code).map(p -> !p.equals(before)).orElse(false));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> canvas.entityOnScreen(code).map(p -> p.equals(before)).orElse(false));
    }

    @Test
    void theMapOpensAtItsNaturalSizeAndZoomsWithTheKeysAndFits() throws Exception {
        robot.clickOn("#nav-chains");
        robot.clickOn("图谱");
        SlideCanvas canvas = robot.lookup("#chain-map-canvas").queryAs(SlideCanvas.class);
        javafx.scene.control.Label percent = robot.lookup("#zoom-percent").queryAs(javafx.scene.control.Label.class);
        waitFor(() -> canvas.chart() != null);
        robot.interact(() -> robot.lookup("#zoom-natural").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("100%", percent.getText());
        assertEquals(1920.0, canvas.getWidth(), 1.0, "drawn at its natural size, not scaled down");
        robot.interact(canvas::requestFocus);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.MINUS)
                .release(javafx.scene.input.KeyCode.MINUS, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> "90%".equals(percent.getText()));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.EQUALS, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> "125%".equals(percent.getText()));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
        var scroll = robot.lookup("#chain-map-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        waitFor(() -> canvas.getWidth() <= scroll.getViewportBounds().getWidth()
                && canvas.getHeight() <= scroll.getViewportBounds().getHeight());
    }
}
