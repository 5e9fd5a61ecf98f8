package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link Dialogs} as JavaFX alerts and choosers, owned by the window of a node, buttons in the UI language. */
public final class FxDialogs implements Dialogs {
    private final I18n t;
    private final Supplier<Window> owner;

    public FxDialogs(I18n t, Supplier<Window> owner) {
        this.t = t;
        this.owner = owner;
    }

    /** Dialogs owned by the window {@code node} is shown in (none while it is not shown). */
    public static FxDialogs of(I18n t, Node node) {
        return new FxDialogs(t, () -> node.getScene() == null ? null : node.getScene().getWindow());
    }

    /**
     * Puts the UI language on the standard buttons of a dialog (确定, 取消, 是, 否, 关闭): {@link ButtonType#OK} and the
     * others are labelled in the JVM's language, so a Chinese workbench on an English Windows showed OK/Cancel. Call
     * after the button types are set; the button types stay the standard ones.
     */
    public static void localize(DialogPane pane, I18n t) {
        for (ButtonType b : pane.getButtonTypes()) {
            String key = b == ButtonType.OK ? "dialog.ok" : b == ButtonType.CANCEL ? "dialog.cancel"
                    : b == ButtonType.YES ? "dialog.yes" : b == ButtonType.NO ? "dialog.no"
                    : b == ButtonType.CLOSE ? "dialog.close" : null;
            if (key != null && pane.lookupButton(b) instanceof Button button) {
                button.setText(t.get(key));
            }
        }
    }

    /** An alert with the given buttons, owned by the window. */
    public Alert alert(Kind kind, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(switch (kind) {
            case INFO -> Alert.AlertType.INFORMATION;
            case CONFIRM -> Alert.AlertType.CONFIRMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        }, text == null ? "" : text, buttons);
        if (title != null) {
            alert.setTitle(title);
        }
        alert.setHeaderText(header);
        localize(alert.getDialogPane(), t);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        return alert;
    }

    @Override
    public void confirm(String title, String header, String text, Consumer<Boolean> answer) {
        Alert alert = alert(Kind.CONFIRM, title, header, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setOnHidden(e -> answer.accept(alert.getResult() == ButtonType.OK));
        alert.show();
    }

    @Override
    public void confirmList(ListDialog d, List<String> lines, Consumer<Boolean> answer) {
        ButtonType act = d.action() == null ? ButtonType.OK : new ButtonType(d.action(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = d.action() == null ? alert(d.kind(), d.title(), d.header(), null, act)
                : alert(d.kind(), d.title(), d.header(), null, act, ButtonType.CANCEL);
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId(d.listId());
        list.setPrefSize(d.width(), Math.min(d.maxHeight(), 28 * lines.size() + 8));
        Label hint = new Label(d.hint());
        hint.setWrapText(true);
        hint.setMaxWidth(d.width());
        alert.getDialogPane().setContent(new VBox(8, list, hint));
        alert.getDialogPane().setId(d.dialogId());
        Button actButton = (Button) alert.getDialogPane().lookupButton(act);
        if (d.actionId() != null) {
            actButton.setId(d.actionId());
        }
        if (d.cancelIsDefault() && d.action() != null) {
            actButton.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        alert.setResizable(true);
        alert.setOnHidden(e -> answer.accept(d.action() != null && alert.getResult() == act));
        alert.show();
    }

    @Override
    public void message(Kind kind, String title, String header, String text, String dialogId) {
        Alert alert = alert(kind, title, header, text, ButtonType.OK);
        if (dialogId != null) {
            alert.getDialogPane().setId(dialogId);
        }
        alert.show();
    }

    private static FileChooser chooser(String title, String filterName, List<String> patterns) {
        FileChooser fc = new FileChooser();
        if (title != null) {
            fc.setTitle(title);
        }
        if (patterns != null && !patterns.isEmpty()) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        }
        return fc;
    }

    @Override
    public Optional<Path> openFile(String title, String filterName, List<String> patterns) {
        File f = chooser(title, filterName, patterns).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, String filterName, List<String> patterns) {
        FileChooser fc = chooser(title, filterName, patterns);
        if (initialName != null) {
            fc.setInitialFileName(initialName);
        }
        return Optional.ofNullable(fc.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        if (title != null) {
            dc.setTitle(title);
        }
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }
}
