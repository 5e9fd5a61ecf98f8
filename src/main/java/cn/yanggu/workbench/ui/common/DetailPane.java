package cn.yanggu.workbench.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right-hand side of a master–detail view: the selected record's fields in full, wrapped. */
public final class DetailPane extends ScrollPane {
    private final VBox box = new VBox(6);
    private final String emptyHint;

    public DetailPane(String id, String emptyHint) {
        this.emptyHint = emptyHint;
        box.getStyleClass().add("detail");
        box.setId(id);
        setContent(box);
        setFitToWidth(true);
        getStyleClass().add("detail-scroll");
        clear();
    }

    /** Shows the hint that says what selecting a row does. */
    public void clear() {
        box.getChildren().setAll(hintLabel(emptyHint));
    }

    /** Starts a new record with its title. */
    public DetailPane title(String text) {
        box.getChildren().clear();
        Label l = wrapping(text);
        l.getStyleClass().add("detail-title");
        box.getChildren().add(l);
        return this;
    }

    public DetailPane heading(String text) {
        Label l = wrapping(text);
        l.getStyleClass().add("section-title");
        box.getChildren().add(l);
        return this;
    }

    /** A label and its value; an empty value is skipped. */
    public DetailPane field(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Label k = wrapping(label);
        k.getStyleClass().add("field-label");
        box.getChildren().addAll(k, wrapping(value));
        return this;
    }

    public DetailPane hint(String text) {
        box.getChildren().add(hintLabel(text));
        return this;
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
