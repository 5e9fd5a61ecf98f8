package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;

/**
 * One record's change: {@code before} null creates it, {@code after} null deletes it, both present updates it.
 * Records are immutable, so a change is simply the two states.
 */
public record Change(EntityKind kind, String code, Object before, Object after) {
    public Change {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after state");
        }
    }

    public static Change create(Object after) {
        return new Change(EntityKind.of(after), EntityKind.codeOf(after), null, after);
    }

    public static Change update(Object before, Object after) {
        return new Change(EntityKind.of(after), EntityKind.codeOf(after), before, after);
    }

    public static Change delete(Object before) {
        return new Change(EntityKind.of(before), EntityKind.codeOf(before), before, null);
    }

    /** The change that undoes this one. */
    public Change inverse() {
        return new Change(kind, code, after, before);
    }

    public String action() {
        return before == null ? "create" : after == null ? "delete" : "update";
    }
}
