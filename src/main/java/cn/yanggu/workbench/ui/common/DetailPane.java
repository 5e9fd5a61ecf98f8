package cn.yanggu.workbench.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right-hand side of a master–detail view: the selected record's title, its edit form (when the view edits),
 * and its other fields in full, wrapped. Refreshing the text below the form never disturbs the form itself.
 */
public final class DetailPane extends ScrollPane {
    private final Label titleLabel = wrapping("");
    private final VBox leadHolder = new VBox(6);
    private final VBox formHolder = new VBox();
    private final VBox info = new VBox(6);
    private final String emptyHint;

    public DetailPane(String id, String emptyHint) {
        this.emptyHint = emptyHint;
        titleLabel.getStyleClass().add("detail-title");
        VBox box = new VBox(8, titleLabel, leadHolder, formHolder, info);
        box.getStyleClass().add("detail");
        box.setId(id);
        setContent(box);
        setFitToWidth(true);
        getStyleClass().add("detail-scroll");
        clear();
    }

    /** Shows the hint that says what selecting a row does. */
    public void clear() {
        show(titleLabel, false);
        leadHolder.getChildren().clear();
        formHolder.getChildren().clear();
        info.getChildren().setAll(hintLabel(emptyHint));
    }

    /** Starts a record: sets its title and clears the text below the form. */
    public DetailPane title(String text) {
        titleLabel.setText(text);
        show(titleLabel, true);
        leadHolder.getChildren().clear();
        info.getChildren().clear();
        return this;
    }

    /** Puts an edit form under the title (kept across refreshes of the same record). */
    public void form(Node form) {
        if (formHolder.getChildren().size() != 1 || formHolder.getChildren().get(0) != form) {
            formHolder.getChildren().setAll(form);
        }
    }

    public DetailPane heading(String text) {
        Label l = wrapping(text);
        l.getStyleClass().add("section-title");
        info.getChildren().add(l);
        return this;
    }

    /** A label and its value; an empty value is skipped. */
    public DetailPane field(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Label k = wrapping(label);
        k.getStyleClass().add("field-label");
        info.getChildren().addAll(k, wrapping(value));
        return this;
    }

    /** Puts a view's own block between the title and the edit form (what matters most about the record). */
    public DetailPane lead(Node n) {
        leadHolder.getChildren().add(n);
        return this;
    }

    /** Adds a view's own block (e.g. a list with its actions) below the fields. */
    public DetailPane node(Node n) {
        info.getChildren().add(n);
        return this;
    }

    public DetailPane hint(String text) {
        info.getChildren().add(hintLabel(text));
        return this;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static Label hintLabel(String text) {
        Label l = wrapping(text);
        l.getStyleClass().add("secondary");
        return l;
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
