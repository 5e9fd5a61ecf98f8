package cn.yanggu.workbench.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.controlsfx.control.NotificationPane;

/**
 * Messages about a table that never move it: a refused edit, a failed save or a notice ("已保存 3 个数值") slides
 * over the table's lower edge (ControlsFX {@link NotificationPane}) instead of a banner above it that pushes the rows
 * down — the next double-click lands on the row the user aimed at. An error stays until its cause is fixed or the next
 * edit succeeds ({@link #clear()}, {@link #notice(String)}), or the user closes it (×).
 */
public final class NoticeOverlay {
    private final NotificationPane pane;
    private final Label error = new Label();

    /**
     * @param content the table (or what holds it) the messages are shown over
     * @param id      the overlay's id; the error text is the label {@code <errorId>}, for tests
     */
    public NoticeOverlay(Node content, String id, String errorId) {
        pane = new NotificationPane(content);
        pane.setId(id);
        pane.setShowFromTop(false);
        pane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        error.setId(errorId);
        error.getStyleClass().add("notice-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        // closed by the user (×): the error is read, and gone — unless a new one was shown while it slid away
        pane.setOnHidden(e -> {
            if (!pane.isShowing()) {
                error.setText("");
            }
        });
    }

    /** The overlay with the table inside, to place where the table was. */
    public NotificationPane node() {
        return pane;
    }

    /** Shows why something was refused over the table; empty or null clears it. */
    public void error(String text) {
        if (text == null || text.isBlank()) {
            clear();
            return;
        }
        error.setText(text);
        pane.setText(null);
        pane.setGraphic(error);
        pane.show();
    }

    /** Shows a notice (e.g. what was saved), replacing any error. */
    public void notice(String text) {
        error.setText("");
        pane.setGraphic(null);
        pane.show(text);
    }

    /** The cause is fixed or the next edit succeeded: the message goes. */
    public void clear() {
        error.setText("");
        pane.hide();
    }

    /** The error shown now, empty when none. */
    public String errorText() {
        return error.getText();
    }
}
