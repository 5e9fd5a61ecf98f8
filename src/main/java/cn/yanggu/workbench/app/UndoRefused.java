package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Problem;

import java.util.List;
import java.util.TreeSet;

/**
 * 撤销 or 重做 was refused and nothing was written. When the step would change a locked (定稿) year it has been taken off
 * its stack, so the next 撤销 goes on with the step below it; any other refusal leaves the stack as it was.
 */
public final class UndoRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final boolean redo;
    private final transient List<Integer> lockedYears;
    private final transient EditRejected rejected;

    UndoRefused(String label, boolean redo, EditRejected rejected) {
        super((redo ? "redo" : "undo") + " of " + label + " refused: " + rejected.getMessage());
        this.label = label;
        this.redo = redo;
        this.rejected = rejected;
        TreeSet<Integer> years = new TreeSet<>();
        for (EditRejected.Located l : rejected.problems()) {
            if (l.problem().kind() == Problem.Kind.LOCKED_YEAR && !l.problem().args().isEmpty()
                    && l.problem().args().get(0) instanceof Integer y) {
                years.add(y);
            }
        }
        this.lockedYears = List.copyOf(years);
    }

    /** What the step was (the menu's words for it). */
    public String label() {
        return label;
    }

    /** Whether it was 重做 (else 撤销). */
    public boolean redo() {
        return redo;
    }

    /** The locked years the step would change, oldest first; empty when it was refused for another reason. */
    public List<Integer> lockedYears() {
        return lockedYears;
    }

    /** Whether the step was taken off its stack (it touches a locked year). */
    public boolean dropped() {
        return !lockedYears.isEmpty();
    }

    /** Every problem found. */
    public EditRejected rejected() {
        return rejected;
    }
}
