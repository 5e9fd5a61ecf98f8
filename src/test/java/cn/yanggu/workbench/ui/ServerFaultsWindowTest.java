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
    /** The office network between the window and the server, where a test cuts it (null: connected directly). */
    private cn.yanggu.workbench.TcpProxy network;

    /** The window of the test (null before it starts). */
    private javafx.application.Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {   // not started when the server case is skipped
            // stops the window: its database connection and its listener end with it
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        if (network != null) {
            network.close();
        }
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupStages();
        }
    }

    private void start() throws Exception {
        start(false);
    }

    /** Opens the window on a seeded server database ({@code throughNetwork}: through {@link #network}). */
    private void start(boolean throughNetwork) throws Exception {
        db = TestEngines.seededServerDatabase(dir);
        ServerAddress window = db;
        if (throughNetwork) {
            network = new cn.yanggu.workbench.TcpProxy(db.host(), db.port());
            window = new ServerAddress("127.0.0.1", network.port(), db.database(), db.user(), db.sslmode());
        }
        String address = window.toString();
        FxToolkit.registerPrimaryStage();
        if (app != null) {   // a second window in one test: the first one stops
            FxToolkit.cleanupApplication(app);
        }
        app = FxToolkit.setupApplication(() -> new WorkbenchApp(address, "zh", Clock.systemDefaultZone()));
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

    /** The grid's cell of 亩均税收's 实际值 in {@code year} (the view must be 年度数据). */
    private javafx.scene.control.TableCell<?, ?> taxCell(int year) {
        TableView<?> grid = robot.lookup("#values-table").queryAs(TableView.class);
        return (javafx.scene.control.TableCell<?, ?>) robot.lookup(".table-cell").match(n ->
                n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableView() == grid && c.getIndex() == 1
                        && c.getTableColumn() == grid.getColumns().get(2 + year - 2020) && c.isVisible()).query();
    }

    /** 亩均税收's 实际值 of {@code year} as stored on the server (NaN: none). */
    private double storedTax(int year) {
        try (Workbench wb = TestEngines.open(db, dir.resolve("check-" + System.nanoTime()))) {
            return tax(wb).value(cn.yanggu.workbench.domain.Enums.ValueKind.ACTUAL, year)
                    .map(cn.yanggu.workbench.domain.YearValue::value).orElse(Double.NaN);
        }
    }

    private static cn.yanggu.workbench.domain.Indicator tax(Workbench wb) {
        return wb.editor().plan().indicators().stream().filter(i -> i.name().equals("亩均税收")).findFirst()
                .orElseThrow();
    }

    /** li sets 亩均税收's 2024 实际值 to 7.7 on the server without this window hearing of it yet. */
    private void liChangesTheTaxUnheard() throws Exception {
        String code;
        try (Workbench wb = TestEngines.open(db, dir.resolve("code"))) {
            code = tax(wb).code();
        }
        try (Connection c = TestEngines.connect(db); Statement s = c.createStatement()) {
            if (s.executeUpdate("UPDATE indicator_value SET value = 7.7 WHERE indicator_code = '" + code
                    + "' AND year = 2024 AND kind = 'actual'") == 0) {
                s.execute("INSERT INTO indicator_value (indicator_code, year, kind, vintage, value) VALUES ('" + code
                        + "', 2024, 'actual', 'final', 7.7)");
            }
            s.execute("INSERT INTO record_version (entity, code, version, modified_by, modified_at) VALUES"
                    + " ('indicator', '" + code + "', 1, 'li', '2026-11-30T10:00:00+08:00') ON CONFLICT (entity, code)"
                    + " DO UPDATE SET version = record_version.version + 1, modified_by = 'li',"
                    + " modified_at = excluded.modified_at");
        }
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aGridCellConflictIsTheSameChoiceAndMineIsStoredAsOneUndoStep() throws Exception {
        start();
        robot.clickOn("#nav-values");
        robot.clickOn(taxCell(2024));
        liChangesTheTaxUnheard();
        robot.write("6.1").type(KeyCode.ENTER);
        waitFor(() -> shown("#edit-conflict"));
        DialogPane pane = robot.lookup("#edit-conflict").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("亩均税收") && pane.getHeaderText().contains("已被 li 于 2026-11-30 "),
                pane.getHeaderText());
        String rows = robot.lookup("#conflict-fields").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "|" + b);
        assertTrue(rows.contains("7.7") && rows.contains("6.1") && rows.contains("2024"), rows);
        waitFor(() -> "7.7".equals(taxCell(2024).getText()));   // their value shown meanwhile
        shoot("#edit-conflict");

        robot.clickOn("#conflict-apply-mine");
        waitFor(() -> storedTax(2024) == 6.1);
        waitFor(() -> "6.1".equals(taxCell(2024).getText()));
        waitFor(() -> !shown("#edit-conflict"));
        // one step to undo: 撤销 puts li's value back
        shortcut(KeyCode.Z);
        waitFor(() -> storedTax(2024) == 7.7);
        waitFor(() -> "7.7".equals(taxCell(2024).getText()));
    }

    @Test
    void aPastedBlockInConflictIsTheSameChoiceForTheWholeBlock() throws Exception {
        start();
        robot.clickOn("#nav-values");
        robot.clickOn(taxCell(2024));
        liChangesTheTaxUnheard();
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString("6.1\t6.2\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        shortcut(KeyCode.V);
        waitFor(() -> shown("#edit-conflict"));
        robot.clickOn("#conflict-apply-mine");
        waitFor(() -> storedTax(2024) == 6.1 && storedTax(2025) == 6.2);
        waitFor(() -> "6.2".equals(taxCell(2025).getText()));
        shortcut(KeyCode.Z);   // the block is one step
        waitFor(() -> storedTax(2024) == 7.7 && Double.isNaN(storedTax(2025)));
    }

    @Test
    void aRecordTheOtherDeletedIsOnlyTold() throws Exception {
        start();
        robot.clickOn("#nav-projects");
        TableView<?> projects = robot.lookup("#projects-table").queryAs(TableView.class);
        robot.interact(() -> projects.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        String code = ((cn.yanggu.workbench.ui.projects.ProjectsView.Row) projects.getSelectionModel().getSelectedItem())
                .project().code();
        try (Connection c = TestEngines.connect(db); Statement s = c.createStatement()) {
            s.execute("DELETE FROM project WHERE code = '" + code + "'");
            s.execute("INSERT INTO record_version (entity, code, version, modified_by, modified_at) VALUES"
                    + " ('project', '" + code + "', 1, 'li', '2026-11-30T10:00:00+08:00') ON CONFLICT (entity, code)"
                    + " DO UPDATE SET version = record_version.version + 1, modified_by = 'li',"
                    + " modified_at = excluded.modified_at");
        }
        commitField("#field-name", "改名的项目");
        waitFor(() -> shown("#conflict-told"));
        DialogPane pane = robot.lookup("#conflict-told").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("已被 li 于 2026-11-30 ") && pane.getHeaderText().contains("删除"),
                pane.getHeaderText());
        assertTrue(pane.getContentText().contains("未保存") && pane.getContentText().contains("已被对方删除"),
                pane.getContentText());
        assertEquals(1, pane.getButtonTypes().size(), "only 知道了: there is nothing to write mine on");
        assertEquals("知道了", robot.lookup("#conflict-understood").queryButton().getText());
        assertTrue(robot.lookup("#conflict-apply-mine").tryQuery().isEmpty());
        shoot("#conflict-told");
        robot.clickOn("#conflict-understood");
        waitFor(() -> !shown("#conflict-told"));
        try (Workbench wb = TestEngines.open(db, dir.resolve("check"))) {
            assertTrue(wb.editor().plan().projects().stream().noneMatch(p -> p.code().equals(code)), "still deleted");
        }
    }

    @Test
    void anUndoOfARecordChangedSinceIsRefusedSayingSo() throws Exception {
        start();
        commitField("#field-areaKm2", "12.5");
        waitFor(() -> stored().areaKm2() == 12.5);
        liChangesTheZoneUnheard();
        shortcut(KeyCode.Z);
        waitFor(() -> shown("#conflict-told"));
        DialogPane pane = robot.lookup("#conflict-told").queryAs(DialogPane.class);
        assertEquals("无法撤销", pane.getHeaderText());
        assertTrue(pane.getContentText().startsWith("不能撤销") && pane.getContentText().contains("已被 li 于")
                && pane.getContentText().contains("已从撤销列表中移除"), pane.getContentText());
        assertEquals(1, pane.getButtonTypes().size());
        robot.type(KeyCode.ENTER);
        waitFor(() -> !shown("#conflict-told"));
        assertEquals(13.1, stored().areaKm2(), "their value stays");
        waitFor(() -> "13.1".equals(area()));
    }

    /** No write in flight or waiting (the status bar's busy sign is gone). */
    private boolean idle() {
        return robot.lookup(".status-busy").tryQuery().map(n -> !n.isVisible()).orElse(true);
    }

    /** Types 6.1 into 亩均税收's 2024 实际值 and 6.2 into 2025 (Tab between) while the network stalls, then cuts it. */
    private void typeTwoCellsAsTheServerGoes() throws Exception {
        robot.clickOn("#nav-values");
        robot.clickOn(taxCell(2024));
        network.hold();
        robot.write("6.1").type(KeyCode.TAB);
        robot.write("6.2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        network.cut();
        waitFor(() -> shown("#write-fault") && idle());
        assertEquals(1, robot.lookup("#write-fault").queryAll().size(), "one question for both writes");
    }

    @Test
    void twoCellsNotTakenAreOneQuestionAndRetrySavesBothInOrder() throws Exception {
        start(true);
        double before2025 = storedTax(2025);
        typeTwoCellsAsTheServerGoes();
        assertEquals(before2025, storedTax(2025), 1e-9, "nothing stored yet");
        network.restore();
        robot.type(KeyCode.ENTER);   // 重试
        waitFor(() -> storedTax(2024) == 6.1 && storedTax(2025) == 6.2);
        waitFor(() -> !shown("#write-fault") && idle());
        assertEquals("6.1", taxCell(2024).getText());
        assertEquals("6.2", taxCell(2025).getText());
    }

    @Test
    void twoCellsNotTakenStayAsTypedAfterCancel() throws Exception {
        start(true);
        double before2024 = storedTax(2024);
        typeTwoCellsAsTheServerGoes();
        robot.type(KeyCode.ESCAPE);   // 取消
        waitFor(() -> !shown("#write-fault"));
        assertTrue(robot.lookup("#write-fault").tryQuery().isEmpty(), "no second question");
        for (String[] typed : new String[][]{{"2024", "6.1"}, {"2025", "6.2"}}) {
            javafx.scene.control.TableCell<?, ?> c = taxCell(Integer.parseInt(typed[0]));
            assertEquals(typed[1], c.getText());
            assertTrue(c.getStyleClass().contains("unsaved-cell"), typed[0]);
        }
        assertTrue(robot.lookup("#values-message").queryAs(Label.class).getText().contains("2 个数值未保存"),
                robot.lookup("#values-message").queryAs(Label.class).getText());
        assertEquals(before2024, storedTax(2024), 1e-9, "nothing stored");
    }
}
