package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.EditConflict;

/**
 * How the window asks the user about a write that did not happen for a reason the user can act on (issue 16): the
 * {@link Session} keeps the write, so that a choice can run it again; what was typed stays in the view either way.
 */
public interface WriteFaults {
    /**
     * The server could not be reached or the connection broke ({@code e} says which; nothing was written):
     * {@code retry} (重试) runs the same write again, {@code cancel} (取消) leaves it unsaved.
     */
    void unreachable(Throwable e, Runnable retry, Runnable cancel);

    /**
     * Somebody else changed the record since (the views already show their value): {@code applyMine} (用我的值覆盖)
     * writes this edit's values again on their version; otherwise (保留对方的值) nothing is written. When they deleted
     * the record ({@link EditConflict#deleted()}) there is nothing to write it on: it is only told (知道了).
     */
    void conflict(EditConflict c, Runnable applyMine);

    /**
     * 撤销 ({@code redo}: 重做) of the step {@code label} refused because somebody changed its record since: the step is
     * off the stack and the views show their value; told only (知道了).
     */
    void stepRefused(EditConflict c, String label, boolean redo);
}
