package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.domain.Zone;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window on the bureau's server when a write is not taken (issue 16): a lost connection is a question with 重试
 * (Enter) and 取消 (Esc) that keeps what was typed; a conflict shows who and when, their value and yours, with
 * 保留对方的值 and 用我的值覆盖. Skipped without the test server (YANGGU_TEST_PG).
 */
class ServerFaultsWindowTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;
    private ServerAddress db;

    @AfterEach
    void close() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {   // not started when the server case is skipped
            FxToolkit.cleanupStages();
        }
    }

    private void start() throws Exception {
        db = TestEngines.seededServerDatabase(dir);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new WorkbenchApp(db.toString(), "zh", Clock.systemDefaultZone()));
        waitFor(() -> robot.lookup("#status-state").queryAs(Label.class).getText().startsWith("已加载"));
        robot.clickOn("#nav-zones");
        robot.interact(() -> robot.lookup("#zones-table").queryAs(TableView.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private void commitField(String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String area() {
        return robot.lookup("#field-areaKm2").queryAs(TextField.class).getText();
    }

    /** The zone as stored on the server, read by a workbench of its own. */
    private Zone stored() {
        try (Workbench wb = TestEngines.open(db, dir.resolve("check-" + System.nanoTime()))) {
            return wb.editor().plan().zone("east").orElseThrow();
        }
    }

    /** The window's connection breaks (its listener's stays, so the window cannot notice before it writes). */
    private void dropTheWindowsConnection() {
        TestEngines.admin(TestEngines.server(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + db.database() + "' AND pid <> pg_backend_pid() AND query NOT LIKE 'LISTEN%'");
    }

    /** With -Dyanggu.shots=DIR: the dialog {@code id} as shown, written to DIR/{@code id}.png to be looked at. */
    private void shoot(String id) throws Exception {
        String shots = System.getProperty("yanggu.shots");
        if (shots == null) {
            return;
        }
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(id).query().getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(shots, id.substring(1) + ".png").toFile());
    }

    private boolean shown(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aWriteCutOffByALostConnectionIsSavedByRetryWithWhatWasTyped() throws Exception {
        start();
        dropTheWindowsConnection();
        commitField("#field-areaKm2", "12.5");
        waitFor(() -> shown("#write-fault"));
        String says = robot.lookup("#write-fault").queryAs(DialogPane.class).getContentText();
        assertTrue(says.contains("连接中断") && says.contains("没有保存"), says);
        assertEquals("重试", robot.lookup("#write-retry").queryButton().getText());
        assertEquals("12.5", area(), "what was typed stays");
        assertEquals(11.96, stored().areaKm2(), "nothing stored yet");
        shoot("#write-fault");

        robot.type(KeyCode.ENTER);   // 重试
        waitFor(() -> !shown("#write-fault"));
        waitFor(() -> stored().areaKm2() == 12.5);
        waitFor(() -> robot.lookup("#status-state").queryAs(Label.class).getText().startsWith("已保存"));
        assertEquals("12.5", area());
        TableView<?> zones = robot.lookup("#zones-table").queryAs(TableView.class);
        assertEquals("12.5", String.valueOf(zones.getColumns().get(2).getCellObservableValue(0).getValue()));
    }

    @Test
    void cancelLeavesTheInputAsTypedUnsavedAndEnterSavesItLater() throws Exception {
        start();
        dropTheWindowsConnection();
        commitField("#field-areaKm2", "12.5");
        waitFor(() -> shown("#write-fault"));
        robot.type(KeyCode.ESCAPE);   // 取消
        waitFor(() -> !shown("#write-fault"));
        assertEquals("12.5", area(), "what was typed stays");
        assertEquals(11.96, stored().areaKm2(), "nothing stored");
        // the field is still unsaved: Enter saves it (the connection is made again)
        commitField("#field-areaKm2", area());
        waitFor(() -> stored().areaKm2() == 12.5);
    }

    /** li changes the zone on the server without this window hearing of it yet (no NOTIFY): its edit is stale. */
    private void liChangesTheZoneUnheard() throws Exception {
        try (Connection c = TestEngines.connect(db); Statement s = c.createStatement()) {
            s.execute("UPDATE zone SET area_km2 = 13.1, note = '李的备注' WHERE code = 'east'");
            s.execute("INSERT INTO record_version (entity, code, version, modified_by, modified_at) VALUES"
                    + " ('zone', 'east', 1, 'li', '2026-11-30T10:00:00+08:00') ON CONFLICT (entity, code) DO UPDATE"
                    + " SET version = record_version.version + 1, modified_by = 'li', modified_at = excluded.modified_at");
        }
    }

    @Test
    void aConflictIsAChoiceAndMineOverwritesOnlyWhatITyped() throws Exception {
        start();
        liChangesTheZoneUnheard();
        commitField("#field-areaKm2", "12.5");
        waitFor(() -> shown("#edit-conflict"));
        DialogPane pane = robot.lookup("#edit-conflict").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("已被 li 于 2026-11-30 "), pane.getHeaderText());
        String rows = robot.lookup("#conflict-fields").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "|" + b);
        assertTrue(rows.contains("13.1") && rows.contains("12.5") && !rows.contains("李的备注"), rows);
        assertEquals("用我的值覆盖", robot.lookup("#conflict-apply-mine").queryButton().getText());
        shoot("#edit-conflict");

        robot.clickOn("#conflict-apply-mine");
        waitFor(() -> stored().areaKm2() == 12.5);
        assertEquals("李的备注", stored().note(), "li's other change stays");
        waitFor(() -> "12.5".equals(area()));
    }

    @Test
    void keepingTheirsWritesNothingAndShowsTheirs() throws Exception {
        start();
        liChangesTheZoneUnheard();
        commitField("#field-areaKm2", "12.5");
        waitFor(() -> shown("#edit-conflict"));
        assertEquals("保留对方的值", robot.lookup("#conflict-keep-theirs").queryButton().getText());
        robot.type(KeyCode.ENTER);   // the default: 保留对方的值
        waitFor(() -> !shown("#edit-conflict"));
        waitFor(() -> "13.1".equals(area()));
        assertEquals(13.1, stored().areaKm2());
    }

    /** 亩均税收's 2024 实际值 as stored on the server (NaN: none). */
    private double storedTax2024() {
        try (Workbench wb = TestEngines.open(db, dir.resolve("check-" + System.nanoTime()))) {
            return wb.editor().plan().indicators().stream().filter(i -> i.name().equals("亩均税收")).findFirst()
                    .orElseThrow().value(cn.yanggu.workbench.domain.Enums.ValueKind.ACTUAL, 2024)
                    .map(cn.yanggu.workbench.domain.YearValue::value).orElse(Double.NaN);
        }
    }

    @Test
    void aGridCellIsSavedByRetryOrKeptAsTypedByCancel() throws Exception {
        start();
        robot.clickOn("#nav-values");
        @SuppressWarnings("unchecked")
        TableView<Object> grid = robot.lookup("#values-table").queryAs(TableView.class);
        int taxActual = 1;
        int col2024 = 2 + 2024 - 2020;
        java.util.function.Supplier<javafx.scene.control.TableCell<?, ?>> cell = () -> (javafx.scene.control.TableCell<?, ?>)
                robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                        && c.getTableView() == grid && c.getIndex() == taxActual
                        && c.getTableColumn() == grid.getColumns().get(col2024) && c.isVisible()).query();
        robot.clickOn(cell.get());
        double before = storedTax2024();

        // 重试 (Enter) saves the cell
        dropTheWindowsConnection();
        robot.write("6.1").type(KeyCode.ENTER);
        waitFor(() -> shown("#write-fault"));
        assertEquals(before, storedTax2024(), 1e-9, "nothing stored yet");
        robot.type(KeyCode.ENTER);
        waitFor(() -> storedTax2024() == 6.1);
        waitFor(() -> "6.1".equals(cell.get().getText()));

        // 取消 (Esc): the value stays in its cell, marked, not saved; typed again once the network is back, it is saved
        robot.clickOn(cell.get());
        dropTheWindowsConnection();
        robot.write("5.4").type(KeyCode.ENTER);
        waitFor(() -> shown("#write-fault"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !shown("#write-fault"));
        waitFor(() -> "5.4".equals(cell.get().getText()) && cell.get().getStyleClass().contains("unsaved-cell"));
        assertTrue(robot.lookup("#values-message").queryAs(Label.class).getText().contains("仍留在表格中"));
        shoot("#values-table");
        assertEquals(6.1, storedTax2024(), 1e-9, "nothing stored");
        // once the network is back, Enter on the cell saves what it holds
        robot.clickOn(cell.get());
        robot.type(KeyCode.F2).type(KeyCode.ENTER);
        waitFor(() -> storedTax2024() == 5.4);
        waitFor(() -> "5.4".equals(cell.get().getText()) && !cell.get().getStyleClass().contains("unsaved-cell"));
    }
}
