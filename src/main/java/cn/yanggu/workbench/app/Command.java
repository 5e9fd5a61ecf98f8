package cn.yanggu.workbench.app;

/**
 * One change the user makes — a cell, a pasted block, a grading figure, a method, a report text, a saved admission
 * check, a lock, an import, a package. {@link Editor#run} runs every command the same way: {@link #check} against
 * the state it would change, {@link #write} with its audit entries in one transaction, {@link #applied} to the
 * state in memory (no re-reading), and onto the one undo stack, whose 撤销 runs {@link #inverse()}.
 */
public interface Command {
    /** What the step is, in the menu's words (撤销 …). */
    String label();

    /**
     * Refuses a command that cannot be applied to {@code state} now (nothing is written); a step that would change a
     * locked year is refused with {@link cn.yanggu.workbench.domain.Problem.Kind#LOCKED_YEAR} and the year.
     *
     * @throws EditRejected with every problem found
     */
    default void check(Editor.State state) {
    }

    /**
     * Writes the command and its audit entries through {@code w}, inside the editor's transaction. Returns the command
     * as done (e.g. with the id the database gave it), which is what the undo stack keeps.
     */
    Command write(Writer w);

    /**
     * The state in memory after this command was written, besides its {@link #recordChanges()} (which the editor
     * applies itself, keeping each record's place); null when only re-reading the database can tell. By default the
     * state as it is: figures, texts and settings beside the plan are read from the database when shown.
     */
    default Editor.State applied(Editor.State state) {
        return state;
    }

    /** The plan records this command changed, in the order written. */
    default java.util.List<Change> recordChanges() {
        return java.util.List.of();
    }

    /** The command that puts back what this one did. */
    Command inverse();

    /** The command that does this again after it was undone (a package's own work, e.g. its log, is not redone). */
    default Command again() {
        return this;
    }

    /** What changed, so that a view can update only what it shows. */
    Changed changed();
}
