package cn.yanggu.workbench.ui.common;

/**
 * Something that happens, may be undone and happen again (the overview's cards for a judgement: in the window, all
 * of them), with one action waiting for it: the action runs when it happens, or at once if it has.
 */
public final class Once {
    private boolean happened;
    private Runnable waiting;

    /** It has not happened (again) yet. */
    public void reset() {
        happened = false;
    }

    /** It has happened: the waiting action, if any, runs now. */
    public void happened() {
        happened = true;
        Runnable then = waiting;
        waiting = null;
        if (then != null) {
            then.run();
        }
    }

    public boolean hasHappened() {
        return happened;
    }

    /** Runs {@code action} now if it has happened, else when it does (replacing an action already waiting). */
    public void then(Runnable action) {
        if (happened) {
            action.run();
        } else {
            waiting = action;
        }
    }
}
