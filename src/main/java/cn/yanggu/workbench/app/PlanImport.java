package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.PlanRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A whole plan replacing the current one (a JSON import): {@code changes} are what the audit log records, one per
 * created, changed and removed record. One undo step: undoing it puts {@code before} back — and the map links and
 * leads the file replaced ({@code besideBefore}, written back for {@code besideAfter}) — unless that would change a
 * locked year. {@code alsoInTransaction} (the new sync base) runs only when the import is first written.
 */
public record PlanImport(String label, Plan before, Plan after, List<Change> changes, Beside besideBefore,
                         Beside besideAfter, Database.SqlWork<?> alsoInTransaction) implements Command {
    public PlanImport {
        changes = List.copyOf(changes);
    }

    @Override
    public void check(Editor.State state) {
        Set<Integer> locked = state.lockedYears();
        List<EditRejected.Located> problems = new ArrayList<>();
        for (Change ch : changes) {
            if (ch.kind() == EntityKind.INDICATOR) {
                for (int year : Editor.changedYears(ch)) {
                    if (locked.contains(year)) {
                        problems.add(new EditRejected.Located(EntityKind.INDICATOR, ch.code(), null,
                                new Problem("values." + year, Problem.Kind.LOCKED_YEAR, year)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    @Override
    public Command write(Writer w) {
        w.tx().exec(c -> PlanRepository.replaceAll(c, after));
        w.tx().exec(besideAfter::write);
        besideAfter.audit(w, besideBefore, "import");
        for (Change ch : changes) {
            w.auditRecord(ch, "import");
        }
        if (alsoInTransaction != null) {
            w.tx().run(alsoInTransaction);
        }
        return new PlanImport(label, before, after, changes, besideBefore, besideAfter, null);
    }

    @Override
    public Editor.State applied(Editor.State state) {
        return null;
    }

    @Override
    public Command inverse() {
        List<Change> inv = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inv.add(changes.get(i).inverse());
        }
        return new PlanImport(label, after, before, inv, besideAfter, besideBefore, null);
    }

    @Override
    public Changed changed() {
        return Changed.EVERYTHING;
    }
}
