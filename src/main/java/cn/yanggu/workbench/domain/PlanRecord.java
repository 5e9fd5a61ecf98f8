package cn.yanggu.workbench.domain;

import java.util.List;

/**
 * A record the user edits, one of the plan's six kinds: it has a code (its stable key), a name, its kind, and a
 * table of typed fields through which a form, a merge or an audit entry reads and copies it — no field names
 * resolved by reflection.
 */
public sealed interface PlanRecord permits Zone, Enterprise, Chain, Project, Indicator, Threshold {
    /** The stable key of the record within its kind. */
    String code();

    /** The name the plan and the user know the record by. */
    String name();

    /** The kind of record (its wire name is what the audit log stores): the kind its fields belong to. */
    default EntityKind entityKind() {
        return fields().get(0).kind();
    }

    /** Every field of the record, in the order of its components (their names are the audit log's). */
    List<? extends RecordField<?, ?>> fields();

    /** The field named {@code name} (as the audit log and forms name it). */
    default RecordField<?, ?> field(String name) {
        for (RecordField<?, ?> f : fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(entityKind().wire() + " has no field " + name);
    }
}
