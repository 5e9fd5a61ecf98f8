package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;

import java.util.Optional;

/** A plan with one record replaced, added or removed (in memory, for validating an edit before it is written). */
public final class Plans {
    private Plans() {
    }

    /** The plan with one change applied. */
    public static Plan apply(Plan p, Change c) {
        return p.replacing(c.kind(), c.code(), c.after());
    }

    /** The current state of a record in a plan. */
    public static Optional<PlanRecord> find(Plan p, EntityKind kind, String code) {
        return p.record(kind, code);
    }

    /** The place of a record in its list, -1 when it is not there. */
    public static int indexOf(Plan p, EntityKind kind, String code) {
        return p.indexOf(kind, code);
    }

    /** The plan with the record {@code code} moved to place {@code index} of its list (the end when beyond it). */
    public static Plan moved(Plan p, EntityKind kind, String code, int index) {
        return p.moved(kind, code, index);
    }
}
