package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.PlanRecord;

/**
 * One record's change: {@code before} null creates it, {@code after} null deletes it, both present updates it.
 * Records are immutable, so a change is simply the two states.
 */
public record Change(EntityKind kind, String code, PlanRecord before, PlanRecord after) {
    public Change {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after state");
        }
        for (PlanRecord r : new PlanRecord[]{before, after}) {
            if (r != null && (r.entityKind() != kind || !r.code().equals(code))) {
                throw new IllegalArgumentException("a change of " + kind.wire() + " " + code + " holds " + r);
            }
        }
    }

    public static Change create(PlanRecord after) {
        return new Change(after.entityKind(), after.code(), null, after);
    }

    public static Change update(PlanRecord before, PlanRecord after) {
        return new Change(after.entityKind(), after.code(), before, after);
    }

    public static Change delete(PlanRecord before) {
        return new Change(before.entityKind(), before.code(), before, null);
    }

    /** The change that undoes this one. */
    public Change inverse() {
        return new Change(kind, code, after, before);
    }

    public String action() {
        return before == null ? "create" : after == null ? "delete" : "update";
    }
}
