package cn.yanggu.workbench.ui.connect;

import cn.yanggu.workbench.app.I18n;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * The dialog of {@link ConnectModel}: every field reached by Tab and by its Alt-letter, 连接 on Enter, 取消 on Esc.
 * It stays open while connecting and after a fault (shown in it, with 重试); it closes once the database is open.
 */
public final class ConnectDialog<T> {
    private final Dialog<Void> dialog = new Dialog<>();

    public ConnectDialog(I18n t, Window owner, ConnectModel<T> model, Consumer<T> opened) {
        dialog.initOwner(owner);
        dialog.setTitle(t.get("connect.title"));
        dialog.setHeaderText(t.get("connect.header"));
        dialog.getDialogPane().setId("connect-dialog");
        ButtonType connect = new ButtonType(t.get("connect.action"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect,
                new ButtonType(t.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField host = field("connect-host", model.host().get());
        model.host().bind(host.textProperty());
        TextField port = field("connect-port", model.port().get());
        port.setPrefColumnCount(6);
        model.port().bind(port.textProperty());
        TextField database = field("connect-database", model.database().get());
        model.database().bind(database.textProperty());
        TextField user = field("connect-user", model.user().get());
        model.user().bind(user.textProperty());
        ComboBox<String> ssl = new ComboBox<>();
        ssl.setId("connect-sslmode");
        ssl.getItems().setAll(ConnectModel.SSL_MODES);
        ssl.setValue(model.sslmode().get());
        model.sslmode().bind(ssl.valueProperty());
        PasswordField password = new PasswordField();
        password.setId("connect-password");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (var pair : java.util.List.of(java.util.Map.entry("connect.host", (Node) host),
                java.util.Map.entry("connect.port", (Node) port), java.util.Map.entry("connect.database", (Node) database),
                java.util.Map.entry("connect.user", (Node) user), java.util.Map.entry("connect.sslmode", (Node) ssl),
                java.util.Map.entry("connect.password", (Node) password))) {
            Label label = new Label(t.get(pair.getKey()));
            label.setMnemonicParsing(true);
            label.setLabelFor(pair.getValue());
            grid.addRow(row++, label, pair.getValue());
        }
        Label hint = new Label(t.get("connect.passwordHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("secondary");
        Label problem = new Label();
        problem.setId("connect-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(10, grid, hint, problem);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        Button go = (Button) dialog.getDialogPane().lookupButton(connect);
        go.setId("connect-go");
        go.textProperty().bind(model.action());
        go.disableProperty().bind(model.busy());
        // the dialog stays open while connecting and after a fault; it closes itself once the database is open
        go.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.connect(typed, result -> {
                dialog.setResult(null);
                dialog.close();
                opened.accept(result);
            });
        });
        dialog.setOnShown(e -> (host.getText().isEmpty() ? host : password).requestFocus());
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }

    /** Shows the dialog (not waiting). */
    public void show() {
        dialog.show();
    }
}
