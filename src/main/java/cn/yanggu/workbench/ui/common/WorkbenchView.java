package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.domain.Plan;
import javafx.scene.Node;

/** One feature view of the workbench, shown in the shell's centre. */
public interface WorkbenchView {
    /** The node to show. */
    Node node();

    /** Shows (or refreshes to) this plan. Called on the JavaFX thread. */
    void show(Plan plan);

    /**
     * Shows the plan after a write that changed {@code changed} (or {@link Changed#EVERYTHING}); a view that shows
     * none of it may keep what it shows. Called on the JavaFX thread.
     */
    default void show(Plan plan, Changed changed) {
        show(plan);
    }

    /**
     * Called each time the view is brought to the front (after {@link #show} the first time); a view whose data lives
     * outside the plan (the change log) re-reads it here.
     */
    default void shown() {
    }

    /**
     * Runs {@code action} once this view shows the plan it was given last: at once for a view that shows it as it is
     * given; one that completes it in the background (the overview's judged cards) runs it when that is on screen.
     */
    default void whenShowing(Runnable action) {
        action.run();
    }

    /**
     * Runs {@code action} once this view has built all it shows for the plan it was given last, the parts below the
     * window's edge too (at once for a view that builds it all as it is given).
     */
    default void whenComplete(Runnable action) {
        action.run();
    }

    /** Puts the keyboard focus into the filter box (Ctrl+F). */
    void focusFilter();
}
