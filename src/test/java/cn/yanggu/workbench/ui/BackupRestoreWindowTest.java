package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.app.Workbench;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on a damaged database offers its backups and restores one; 文件 › 备份… makes a manual backup. */
class BackupRestoreWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private String state() {
        return robot.lookup("#status-state").queryAs(Label.class).getText();
    }

    private void press(Node n) {
        robot.interact(() -> ((Button) n).fire());
    }

    private Button button(String dialogId, String text) {
        DialogPane pane = robot.lookup(dialogId).queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().map(b -> (Button) pane.lookupButton(b))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aDamagedDatabaseIsExplainedAndRestoredFromItsNewestBackup() throws Exception {
        Path db = dir.resolve("workbench.db");
        try (Workbench wb = Workbench.open(db)) {
            wb.backup(Backups.Reason.MANUAL);
        }
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(Files.size(db) / 2 / 4096 * 4096);
            raf.write(new byte[4096 * 3]);
        }
        byte[] damaged = Files.readAllBytes(db);

        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(db, "zh", Clock.systemDefaultZone()));
        waitFor(() -> !robot.lookup("#open-failure").queryAll().isEmpty());
        DialogPane failure = robot.lookup("#open-failure").queryAs(DialogPane.class);
        assertTrue(failure.getContentText().contains("已损坏"), failure.getContentText());
        assertTrue(failure.getContentText().contains("2 份备份"), failure.getContentText());
        assertArrayEquals(damaged, Files.readAllBytes(db), "showing the problem changed nothing");

        press(button("#open-failure", "从备份恢复…"));
        waitFor(() -> !robot.lookup("#backup-table").queryAll().isEmpty()
                && !robot.lookup("#backup-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<Backups.Backup> table = robot.lookup("#backup-table").queryAs(TableView.class);
        assertEquals(List.of(Backups.Reason.ON_EXIT, Backups.Reason.MANUAL), table.getItems().stream().map(Backups.Backup::reason).toList(), "newest first: on exit after the database was created, the manual one before");
        robot.interact(() -> table.getSelectionModel().select(0));
        // 恢复所选备份 asks for confirmation in a nested dialog; answer it once it is shown
        javafx.application.Platform.runLater(() -> robot.lookup("#restore-selected").queryButton().fire());
        waitFor(() -> !robot.lookup("#restore-confirm").queryAll().isEmpty());
        DialogPane confirm = robot.lookup("#restore-confirm").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) confirm.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        waitFor(() -> state().startsWith("已从备份"));
        waitFor(() -> robot.lookup("#status-state").queryAs(Label.class).getText().startsWith("已从备份"));

        List<Backups.Backup> backups = Backups.of(db).list();
        Backups.Backup before = backups.stream().filter(b -> b.reason() == Backups.Reason.BEFORE_RESTORE)
                .findFirst().orElseThrow();
        assertArrayEquals(damaged, Files.readAllBytes(before.file()), "the damaged file was kept as it was");
    }

    /**
     * A refused database without backups: no 从备份恢复 (there is nothing to restore), 打开其他文件 is the default, and
     * once the dialog is closed the window says what happened — never a view waiting for data.
     */
    @Test
    void aRefusedDatabaseWithoutBackupsLeavesAWindowThatSaysSoAndOffersTheWaysOn() throws Exception {
        Path db = dir.resolve("workbench.db");
        Workbench.open(db).close();
        try (var old = Files.walk(Backups.of(db).folder())) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek(Files.size(db) / 2 / 4096 * 4096);
            raf.write(new byte[4096 * 3]);
        }
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(db, "zh", Clock.systemDefaultZone()));
        waitFor(() -> !robot.lookup("#open-failure").queryAll().isEmpty());
        DialogPane failure = robot.lookup("#open-failure").queryAs(DialogPane.class);
        assertEquals(List.of("打开其他文件…", "退出"), failure.getButtonTypes().stream()
                .map(javafx.scene.control.ButtonType::getText).toList(), "no backup, so no 从备份恢复");
        assertTrue(button("#open-failure", "打开其他文件…").isDefaultButton());
        robot.interact(() -> failure.getScene().getWindow().hide());   // closed without a choice (Esc, ×)
        waitFor(() -> !robot.lookup("#db-unavailable").queryAll().isEmpty());
        String says = robot.lookup("#db-unavailable-message").queryAs(Label.class).getText();
        assertTrue(says.contains("已损坏") && says.contains("没有备份"), says);
        assertTrue(robot.lookup("#unavailable-other").queryButton().isDefaultButton());
        assertTrue(robot.lookup("#unavailable-restore").queryAll().isEmpty());
        assertTrue(robot.lookup(".table-view").queryAll().isEmpty(), "no view is left waiting for data");
        assertTrue(robot.lookup("#nav-overview").query().isDisabled(), "the views are off until a database opens");
    }

    @Test
    void aSecondWindowOnAnOpenDatabaseSaysWhoHasItAndOffersNoRestore() throws Exception {
        Path db = dir.resolve("workbench.db");
        try (Workbench first = Workbench.open(db)) {
            FxToolkit.registerPrimaryStage();
            app = (WorkbenchApp) FxToolkit.setupApplication(() -> new WorkbenchApp(db, "zh", Clock.systemDefaultZone()));
            waitFor(() -> !robot.lookup("#open-failure").queryAll().isEmpty());
            DialogPane failure = robot.lookup("#open-failure").queryAs(DialogPane.class);
            assertTrue(failure.getContentText().contains("已被另一个工作台窗口或命令打开（进程 "
                    + ProcessHandle.current().pid() + "）"), failure.getContentText());
            assertEquals(List.of("打开其他文件…", "退出"), failure.getButtonTypes().stream()
                    .map(javafx.scene.control.ButtonType::getText).toList(), "restoring would not help here");
            robot.interact(() -> failure.getScene().getWindow().hide());
            assertTrue(first.loadPlan().projects().size() > 0, "the first window's database is untouched");
        }
    }

    @Test
    void fileBackupMakesAManualBackupAndListsIt() throws Exception {
        Path db = dir.resolve("workbench.db");
        app = Windows.start(db, "zh", Clock.systemDefaultZone());
        robot.interact(() -> robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0)
                .getItems().stream().filter(i -> "menu-backup".equals(i.getId())).findFirst().orElseThrow().fire());
        waitFor(() -> !robot.lookup("#backup-now").queryAll().isEmpty());
        press(robot.lookup("#backup-now").query());
        waitFor(() -> robot.lookup("#backup-message").queryAs(Label.class).getText().startsWith("已备份"));
        @SuppressWarnings("unchecked")
        TableView<Backups.Backup> table = robot.lookup("#backup-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().stream().anyMatch(b -> b.reason() == Backups.Reason.MANUAL));
        assertEquals(1, Backups.of(db).list().stream().filter(b -> b.reason() == Backups.Reason.MANUAL).count());
        assertTrue(Files.isRegularFile(table.getItems().get(0).file()));
        robot.interact(() -> table.getScene().getWindow().hide());   // the dialog is not the test's to leave open
    }
}
