package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

import java.util.function.Consumer;

/**
 * Hides or disables what the connected user's role may not do (issue 16): the server refuses it anyway, the window
 * does not offer it. Hidden controls take no room ({@code managed} follows {@code visible}); text stays readable and
 * copyable; keyboard paths (typing into a grid, Delete, Ctrl+V, Alt+↑/↓) ask {@link #allowsEdits} first.
 */
public final class RoleGate {
    /** The reason shown wherever a 只读 user meets something that would change the plan. */
    public static final String READ_ONLY_KEY = "role.readOnlyHint";

    private RoleGate() {
    }

    /** Shown only to those who edit (编辑, 管理员): edits, imports, new and delete. */
    public static void edits(Session session, Node... nodes) {
        hideWhen(session.readOnly(), nodes);
    }

    /** Shown only to the 管理员: year locks (定稿), admission standards, approving versions. */
    public static void administers(Session session, Node... nodes) {
        hideWhen(session.notAdministrator(), nodes);
    }

    /**
     * Inputs of an edit form, read-only for 只读: text fields are not editable (still selectable and copyable), other
     * controls (choices, dates, check boxes) disabled.
     */
    public static void inputs(Session session, Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof TextInputControl text) {
                text.editableProperty().bind(session.readOnly().not());
            } else {
                n.disableProperty().bind(session.readOnly());
            }
        }
    }

    /** A hint that invites editing ({@code text}); for 只读 it says why nothing can be changed instead. */
    public static void hint(I18n t, Session session, Labeled label, String text) {
        hint(session, label, text, t.get(READ_ONLY_KEY));
    }

    /** A text that invites editing ({@code text}), and what 只读 reads there instead ({@code readerText}). */
    public static void hint(Session session, Labeled label, String text, String readerText) {
        label.textProperty().bind(Bindings.when(session.readOnly()).then(readerText).otherwise(text));
    }

    /**
     * A sheet grid for 只读: typing into a cell, Enter/F2, Backspace, Delete and Ctrl+V change nothing, and
     * {@code say} shows why.
     */
    public static void sheet(I18n t, Session session, SheetGrid<?> grid, Consumer<String> say) {
        grid.readOnly(() -> !allowsEdits(session), () -> say.accept(t.get(READ_ONLY_KEY)));
    }

    /** Whether the connected user may change the plan: keyboard paths that edit ask before they do. */
    public static boolean allowsEdits(Session session) {
        return session.role().get().mayEdit();
    }

    private static void hideWhen(BooleanBinding hidden, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(hidden.not());
            n.managedProperty().bind(n.visibleProperty());
        }
    }
}
