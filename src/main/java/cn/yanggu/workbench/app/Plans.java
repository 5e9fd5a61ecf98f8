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
}
