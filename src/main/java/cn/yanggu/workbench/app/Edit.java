package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One user intent on plan records (a field, a pasted block, a delete with what depends on it): a {@link Command}
 * undone and redone as a whole.
 */
public record Edit(String label, List<Change> changes) implements Command {
    public Edit {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an edit changes something");
        }
    }

    public static Edit of(String label, Change... changes) {
        return new Edit(label, List.of(changes));
    }

    /** The edit that undoes this one: every change inverted, in reverse order. */
    @Override
    public Edit inverse() {
        List<Change> inv = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inv.add(changes.get(i).inverse());
        }
        return new Edit(label, inv);
    }

    /** The plan with these changes applied (in memory). */
    public Plan appliedTo(Plan plan) {
        Plan next = plan;
        for (Change c : changes) {
            next = Plans.apply(next, c);
        }
        return next;
    }

    @Override
    public void check(Editor.State state) {
        List<EditRejected.Located> problems = Editor.check(changes, appliedTo(state.plan()), state.plan(),
                state.lockedYears());
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    @Override
    public Command write(Writer w) {
        w.records(changes, null);
        return this;
    }

    @Override
    public List<Change> recordChanges() {
        return changes;
    }

    @Override
    public Changed changed() {
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        Set<String> codes = new LinkedHashSet<>();
        for (Change c : changes) {
            kinds.add(c.kind());
            codes.add(c.code());
        }
        return new Changed(kinds, codes, Set.of());
    }
}
