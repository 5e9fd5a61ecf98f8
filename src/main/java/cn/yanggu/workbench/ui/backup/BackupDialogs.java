package cn.yanggu.workbench.ui.backup;

import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * 文件 › 备份… and 从备份恢复…: the database's backups (time, reason, size) in a table; making a backup and
 * reading the list run in the background with a progress indicator in the dialog.
 */
public record BackupDialogs(I18n t, TaskRunner runner, Window owner) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The word for a backup's reason. */
    public static String reason(I18n t, Backups.Reason r) {
        return Words.of(t, r);
    }

    /** "2025-06-01 10:20:30 · 导入前". */
    public static String describe(I18n t, Backups.Backup b) {
        return TIME.format(b.time()) + " · " + reason(t, b.reason());
    }

    private final class Listing {
        final Dialog<ButtonType> dialog = new Dialog<>();
        final TableView<Backups.Backup> table = new TableView<>();
        final ProgressIndicator busy = new ProgressIndicator();
        final Label message = new Label();
        final VBox box = new VBox(8);

        /** The dialog's id and its buttons in order; gives the button of {@code main}, with the id {@code mainId}. */
        Button buttons(String dialogId, ButtonType main, String mainId, ButtonType... all) {
            dialog.getDialogPane().setId(dialogId);
            dialog.getDialogPane().getButtonTypes().setAll(all);
            Button b = (Button) dialog.getDialogPane().lookupButton(main);
            b.setId(mainId);
            return b;
        }

        Listing(Backups backups, String title) {
            dialog.setTitle(title);
            dialog.setHeaderText(title);
            if (owner != null) {
                dialog.initOwner(owner);
                if (owner.getScene() != null) {
                    dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
                }
            }
            table.setId("backup-table");
            table.setPlaceholder(new Label(t.get("safety.dialog.none")));
            TableColumn<Backups.Backup, String> time = new TableColumn<>(t.get("safety.col.time"));
            time.setCellValueFactory(c -> new SimpleStringProperty(TIME.format(c.getValue().time())));
            time.setPrefWidth(180);
            TableColumn<Backups.Backup, String> why = new TableColumn<>(t.get("safety.col.reason"));
            why.setCellValueFactory(c -> new SimpleStringProperty(reason(t, c.getValue().reason())));
            why.setPrefWidth(110);
            TableColumn<Backups.Backup, String> size = new TableColumn<>(t.get("safety.col.size"));
            size.setCellValueFactory(c -> new SimpleStringProperty(
                    t.get("safety.size.kb", Math.max(1, (c.getValue().size() + 1023) / 1024))));
            size.setPrefWidth(100);
            size.setStyle("-fx-alignment: CENTER-RIGHT;");
            TableColumn<Backups.Backup, String> file = new TableColumn<>(t.get("safety.col.file"));
            file.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().file().getFileName().toString()));
            file.setPrefWidth(400);
            table.getColumns().setAll(List.of(time, why, size, file));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPrefSize(800, 320);
            Label folder = new Label(t.get("safety.dialog.folder", backups.folder()));
            folder.setWrapText(true);
            Label rule = new Label(t.get("safety.dialog.rule", Backups.KEEP_AUTOMATIC));
            rule.setWrapText(true);
            busy.setPrefSize(22, 22);
            busy.setVisible(false);
            busy.managedProperty().bind(busy.visibleProperty());
            message.setId("backup-message");
            message.setWrapText(true);
            HBox status = new HBox(8, busy, message);
            status.setMinHeight(28);
            box.getChildren().addAll(folder, rule, table, status);
            box.setPadding(new Insets(10, 12, 4, 12));
            VBox.setVgrow(table, Priority.ALWAYS);
            dialog.getDialogPane().setContent(box);
            dialog.setResizable(true);
            refresh(backups, null);
        }

        void refresh(Backups backups, Path select) {
            busy.setVisible(true);
            runner.run("backups", backups::list, list -> {
                busy.setVisible(false);
                table.getItems().setAll(list);
                list.stream().filter(b -> b.file().equals(select)).findFirst()
                        .ifPresent(b -> table.getSelectionModel().select(b));
            }, e -> {
                busy.setVisible(false);
                message.setText(ErrorText.describe(t, e));
            });
        }
    }

    /**
     * 文件 › 备份…: the list, 立即备份 (runs {@code backupNow} in the background and shows the new copy), and a link
     * that opens the folder.
     */
    public Dialog<ButtonType> showBackup(Backups backups, Callable<Backups.Backup> backupNow, Consumer<Path> openFolder) {
        Listing l = new Listing(backups, t.get("safety.dialog.backupTitle"));
        ButtonType now = new ButtonType(t.get("safety.dialog.backupNow"), ButtonBar.ButtonData.LEFT);
        ButtonType folder = new ButtonType(t.get("safety.dialog.openFolder"), ButtonBar.ButtonData.HELP_2);
        ButtonType close = new ButtonType(t.get("safety.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Button nowButton = l.buttons("backup-dialog", now, "backup-now", now, folder, close);
        nowButton.setDefaultButton(true);   // Enter backs up now
        nowButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            nowButton.setDisable(true);
            l.busy.setVisible(true);
            l.message.setText(t.get("safety.status.backingUp"));
            runner.run("backup", backupNow, b -> {
                nowButton.setDisable(false);
                l.message.setText(t.get("safety.status.backedUp", describe(t, b)));
                l.refresh(backups, b.file());
            }, err -> {
                nowButton.setDisable(false);
                l.busy.setVisible(false);
                l.message.setText(ErrorText.describe(t, err));
            });
        });
        ((Button) l.dialog.getDialogPane().lookupButton(folder)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            openFolder.accept(backups.folder());
        });
        l.dialog.show();
        return l.dialog;
    }

    /**
     * 从备份恢复…: the list and 选择其他备份文件…; after the user confirms, {@code restore} gets the chosen file (the
     * caller restores in the background). {@code onCancel} runs when the dialog is closed without a choice.
     */
    public Dialog<ButtonType> showRestore(Backups backups, String header, Consumer<Path> restore, Runnable onCancel) {
        Listing l = new Listing(backups, t.get("safety.dialog.restoreTitle"));
        if (header != null) {
            l.dialog.setHeaderText(header);
        }
        ButtonType chosen = new ButtonType(t.get("safety.dialog.restoreSelected"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(t.get("safety.dialog.chooseFile"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(t.get("safety.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Button restoreButton = l.buttons("restore-dialog", chosen, "restore-selected", other, chosen, cancel);
        restoreButton.disableProperty().bind(l.table.getSelectionModel().selectedItemProperty().isNull());
        Path[] pick = new Path[1];
        restoreButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Backups.Backup b = l.table.getSelectionModel().getSelectedItem();
            if (b == null || !confirm(describe(t, b))) {
                e.consume();
                return;
            }
            pick[0] = b.file();
        });
        Button otherButton = (Button) l.dialog.getDialogPane().lookupButton(other);
        otherButton.setId("restore-other");
        otherButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(t.get("safety.dialog.chooseFile"));
            if (java.nio.file.Files.isDirectory(backups.folder())) {
                fc.setInitialDirectory(backups.folder().toFile());
            }
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("safety.dialog.dbFiles"), "*.db"));
            java.io.File f = fc.showOpenDialog(l.dialog.getDialogPane().getScene().getWindow());
            if (f == null || !confirm(f.getName())) {
                e.consume();
                return;
            }
            pick[0] = f.toPath();
        });
        l.dialog.setOnHidden(e -> {
            if (pick[0] != null) {
                restore.accept(pick[0]);
            } else if (onCancel != null) {
                onCancel.run();
            }
        });
        l.dialog.show();
        return l.dialog;
    }

    private boolean confirm(String what) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("safety.dialog.restoreConfirm", what),
                ButtonType.OK, ButtonType.CANCEL);
        cn.yanggu.workbench.ui.common.FxDialogs.localize(a.getDialogPane(), t);
        a.setTitle(t.get("safety.dialog.restoreTitle"));
        a.setHeaderText(null);
        a.getDialogPane().setId("restore-confirm");
        if (owner != null) {
            a.initOwner(owner);
            if (owner.getScene() != null) {
                a.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
