package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
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
 * {@code versions} are the change log's lines for the plan versions the file brings, changes or removes — one each.
 */
public record PlanImport(String label, Plan before, Plan after, List<Change> changes, Beside besideBefore,
                         Beside besideAfter, Database.SqlWork<?> alsoInTransaction, List<VersionLine> versions)
        implements Command {
    public PlanImport {
        changes = List.copyOf(changes);
        versions = List.copyOf(versions == null ? List.of() : versions);
    }

    /** A version's line in the change log: its number, and how the change log words it before and after. */
    public record VersionLine(int number, String oldText, String newText) {
        VersionLine inverse() {
            return new VersionLine(number, newText, oldText);
        }
    }

    /** The versions {@code after} brings, changes or removes against {@code before}, worded by {@code text}. */
    public static List<VersionLine> versionLines(Plan before, Plan after,
                                                 java.util.function.BiFunction<Plan, PlanVersion, String> text) {
        List<VersionLine> out = new ArrayList<>();
        for (PlanVersion v : after.versions()) {
            PlanVersion was = before.versions().stream().filter(x -> x.number() == v.number()).findFirst()
                    .orElse(null);
            if (!v.equals(was)) {
                out.add(new VersionLine(v.number(), was == null ? null : text.apply(before, was), text.apply(after, v)));
            }
        }
        for (PlanVersion was : before.versions()) {
            if (after.versions().stream().noneMatch(x -> x.number() == was.number())) {
                out.add(new VersionLine(was.number(), text.apply(before, was), null));
            }
        }
        return out;
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
        for (VersionLine l : versions) {
            w.audit("import", cn.yanggu.workbench.app.versions.VersionChange.ENTITY, String.valueOf(l.number()), null,
                    l.oldText(), l.newText());
        }
        if (alsoInTransaction != null) {
            w.tx().run(alsoInTransaction);
        }
        return new PlanImport(label, before, after, changes, besideBefore, besideAfter, null, versions);
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
        List<VersionLine> lines = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            lines.add(versions.get(i).inverse());
        }
        return new PlanImport(label, after, before, inv, besideAfter, besideBefore, null, lines);
    }

    @Override
    public Changed changed() {
        return Changed.EVERYTHING;
    }
}
