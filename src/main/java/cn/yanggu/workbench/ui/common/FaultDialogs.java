package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.EditConflict;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's {@link WriteFaults}: a write the server did not take is a question, not only a message. 连接中断 /
 * 服务器无法访问 says which, with 重试 (Enter) and 取消 (Esc); a conflict shows who and when, each field with their value
 * and yours, with 保留对方的值 (Enter, Esc) and 用我的值覆盖. The status bar says it too.
 */
public final class FaultDialogs implements WriteFaults {
    private final I18n t;
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    public FaultDialogs(I18n t, Supplier<Window> owner, Consumer<String> status) {
        this.t = t;
        this.owner = owner;
        this.status = status;
    }

    @Override
    public void unreachable(Throwable e, Runnable retry, Runnable cancel) {
        String message = ErrorText.describe(t, e);
        status.accept(message);
        ButtonType again = new ButtonType(t.get("pg.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(t.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new FxDialogs(t, owner).alert(Dialogs.Kind.ERROR, t.get("app.title"), t.get("pg.retry.header"),
                message, again, no);
        alert.getDialogPane().setId("write-fault");
        alert.getDialogPane().lookupButton(again).setId("write-retry");
        alert.getDialogPane().lookupButton(no).setId("write-cancel");
        alert.getDialogPane().setMinWidth(520);
        alert.setOnHidden(h -> (alert.getResult() == again ? retry : cancel).run());
        alert.show();
    }

    @Override
    public void conflict(EditConflict c, Runnable applyMine) {
        if (c.deleted()) {
            told(c.headline(), t.get("pg.conflict.deletedHint"));
            return;
        }
        status.accept(c.headline());
        ButtonType keep = new ButtonType(t.get("pg.conflict.keepTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType mine = new ButtonType(t.get("pg.conflict.applyMine"), ButtonBar.ButtonData.OTHER);
        Alert alert = new FxDialogs(t, owner).alert(Dialogs.Kind.WARNING, t.get("app.title"), c.headline(), null,
                mine, keep);
        GridPane rows = new GridPane();
        rows.setId("conflict-fields");
        rows.setHgap(24);
        rows.setVgap(6);
        rows.addRow(0, heading("pg.conflict.column.field"), heading("pg.conflict.column.theirs"),
                heading("pg.conflict.column.yours"));
        int row = 1;
        for (EditConflict.Worded f : c.worded()) {
            rows.addRow(row++, new Label(f.field()), new Label(f.theirs()), new Label(f.yours()));
        }
        Label hint = new Label(t.get("pg.conflict.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        alert.getDialogPane().setContent(new VBox(12, rows, hint));
        alert.getDialogPane().setId("edit-conflict");
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        keepButton.setId("conflict-keep-theirs");
        keepButton.setDefaultButton(true);
        alert.getDialogPane().lookupButton(mine).setId("conflict-apply-mine");
        alert.getDialogPane().setMinWidth(520);
        alert.setOnHidden(h -> {
            if (alert.getResult() == mine) {
                applyMine.run();
            }
        });
        alert.show();
    }

    @Override
    public void stepRefused(EditConflict c, String label, boolean redo) {
        told(t.get(redo ? "redo.refused.title" : "undo.refused.title"), ErrorText.stepConflict(t, label, redo, c));
    }

    /** A conflict nothing can be written on: said, in the status bar too, with 知道了 alone. */
    private void told(String header, String text) {
        status.accept(header);
        ButtonType ok = new ButtonType(t.get("pg.conflict.understood"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new FxDialogs(t, owner).alert(Dialogs.Kind.WARNING, t.get("app.title"), header, text, ok);
        alert.getDialogPane().setId("conflict-told");
        alert.getDialogPane().lookupButton(ok).setId("conflict-understood");
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }

    private Label heading(String key) {
        Label l = new Label(t.get(key));
        l.setStyle("-fx-font-weight: bold");
        return l;
    }
}
