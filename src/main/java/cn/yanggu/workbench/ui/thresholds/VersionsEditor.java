package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Session;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/**
 * A threshold's versions (从某年起执行的标准) with their sources, and the two ways to change them: correct the selected
 * version, or 从 Y 年起执行新标准 (a new version from a year, the earlier ones kept for checks of earlier years).
 * Every change is one validated, undoable edit in the audit log.
 */
final class VersionsEditor extends VBox {
    private final I18n t;
    private final Session session;
    private final ListView<Threshold.Version> table = new ListView<>();
    private final TextField year = new TextField();
    private final TextField value = new TextField();
    private final TextField source = new TextField();
    private final TextField note = new TextField();
    private final Label error = new Label();
    private final Label unitLabel = new Label();
    private final VersionsModel model;
    private Threshold threshold;

    VersionsEditor(I18n t, Session session, int thisYear) {
        super(6);
        this.t = t;
        this.session = session;
        this.model = new VersionsModel(t, thisYear);
        setId("threshold-versions");
        Label title = new Label(t.get("admission.versions.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(t.get("admission.versions.hint"));
        hint.getStyleClass().add("secondary");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("versions-table");
        // one version a line, wrapped: year, rule, source and note are read in full at any width and scaling
        table.setCellFactory(list -> new ListCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(list.widthProperty().subtract(36));
                text.setMinHeight(Region.USE_PREF_SIZE);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Threshold.Version v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null || threshold == null) {
                    setGraphic(null);
                    return;
                }
                String unit = threshold.unit() == null ? "" : " " + threshold.unit();
                text.setText(t.get("admission.versions.line", v.fromYear(), threshold.comparator().sign() + " "
                        + Formats.number(v.value()) + unit, v.source() == null ? t.get("common.unset") : v.source())
                        + (v.note() == null ? "" : "\n" + v.note()));
                setGraphic(text);
            }
        });
        table.setPrefHeight(140);
        table.setMinHeight(100);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null) {
                fill(v);
            }
        });
        year.textProperty().bindBidirectional(model.year());
        value.textProperty().bindBidirectional(model.value());
        source.textProperty().bindBidirectional(model.source());
        note.textProperty().bindBidirectional(model.note());
        year.setId("version-year");
        year.setPrefColumnCount(5);
        value.setId("version-value");
        value.setPrefColumnCount(7);
        source.setId("version-source");
        note.setId("version-note");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, label("admission.versions.fromField"), year);
        javafx.scene.layout.HBox valueWithUnit = new javafx.scene.layout.HBox(6, value, unitLabel);
        valueWithUnit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(1, label("threshold.value"), valueWithUnit);
        grid.addRow(2, label("common.source"), source);
        grid.addRow(3, label("common.note"), note);
        source.setMaxWidth(Double.MAX_VALUE);
        note.setMaxWidth(Double.MAX_VALUE);
        grid.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        year.setMaxWidth(Region.USE_PREF_SIZE);
        value.setMaxWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(source, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);
        Button add = button("admission.versions.add", "version-add", this::addVersion);
        Button edit = button("admission.versions.edit", "version-edit", this::editSelected);
        Button remove = button("admission.versions.remove", "version-remove", this::removeSelected);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        FlowPane actions = new FlowPane(6, 6, add, edit, remove);
        error.getStyleClass().add("field-error");
        error.setId("version-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, hint, table, grid, actions, error);
    }

    private Label label(String key) {
        Label l = new Label(t.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(t.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows a threshold's versions; a new one is proposed from this year with the value now in force. */
    void show(Threshold th) {
        threshold = th;
        table.getItems().setAll(th.versions());
        unitLabel.setText(th.unit() == null ? "" : th.unit());
        if (model.show(th)) {
            error.setText("");
        }
    }

    private void fill(Threshold.Version v) {
        model.fill(v);
        error.setText("");
    }

    private void addVersion() {
        if (session.plan() != null) {
            apply(model.add(session.plan()));
        }
    }

    private void editSelected() {
        Threshold.Version selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && session.plan() != null) {
            apply(model.edit(session.plan(), selected));
        }
    }

    private void removeSelected() {
        Threshold.Version selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && session.plan() != null) {
            apply(model.remove(session.plan(), selected));
        }
    }

    private void apply(VersionsModel.Outcome o) {
        if (o instanceof VersionsModel.Refused r) {
            error.setText(r.message());
        } else if (o instanceof VersionsModel.Apply a) {
            error.setText("");
            session.apply(a.edit(), rejected -> error.setText(model.refused(rejected)));
        }
    }

    String errorText() {
        return error.getText();
    }
}
