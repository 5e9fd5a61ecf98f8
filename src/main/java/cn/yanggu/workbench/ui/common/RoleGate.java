package cn.yanggu.workbench.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;

/**
 * Hides what the connected user's role may not do (issue 16): the server refuses it anyway, the window does not
 * offer it. Hidden controls take no room ({@code managed} follows {@code visible}).
 */
public final class RoleGate {
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

    private static void hideWhen(BooleanBinding hidden, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(hidden.not());
            n.managedProperty().bind(n.visibleProperty());
        }
    }
}
