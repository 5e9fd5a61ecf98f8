package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The changes of an exchange package (or any import of single records), audited as {@code import}, with the leads it
 * and plan versions it brings ({@code besideAfter}; {@code besideBefore} what they replaced, for 撤销) and the
 * package's own store work ({@code alsoInTransaction}: the sync base, the package log) in the same transaction.
 * {@code versionLines}: the change log's line for each version it adds or changes (one each). Undone as an edit of
 * its records, leads and versions; the package's own work is what was received and is not undone or redone.
 */
public record PackageImport(String label, List<Change> changes, Beside besideBefore, Beside besideAfter,
                            Database.SqlWork<?> alsoInTransaction, List<PlanImport.VersionLine> versionLines)
        implements Command {
    public PackageImport {
        changes = List.copyOf(changes);
        versionLines = List.copyOf(versionLines == null ? List.of() : versionLines);
    }

    /** A package of records and leads, no versions. */
    public PackageImport(String label, List<Change> changes, Beside besideBefore, Beside besideAfter,
                         Database.SqlWork<?> alsoInTransaction) {
        this(label, changes, besideBefore, besideAfter, alsoInTransaction, List.of());
    }

    /** A package of records only. */
    public PackageImport(String label, List<Change> changes, Database.SqlWork<?> alsoInTransaction) {
        this(label, changes, Beside.NONE, Beside.NONE, alsoInTransaction);
    }

    private Edit edit() {
        return new Edit(label, changes);
    }

    @Override
    public void check(Editor.State state) {
        if (!changes.isEmpty()) {
            edit().check(state);
        }
    }

    @Override
    public Command write(Writer w) {
        // the whole set is valid (checked), but written one record at a time a record can take the name of one the
        // same import deletes: deletions go first, and references are checked at commit, on the result
        w.tx().deferForeignKeys();
        List<Change> ordered = new ArrayList<>(changes.stream().filter(ch -> ch.after() == null).toList());
        changes.stream().filter(ch -> ch.after() != null).forEach(ordered::add);
        w.records(ordered, "import");
        w.tx().exec(besideAfter::write);
        besideAfter.audit(w, besideBefore, "import");
        for (PlanImport.VersionLine l : versionLines) {
            w.audit("import", cn.yanggu.workbench.app.versions.VersionChange.ENTITY, String.valueOf(l.number()), null,
                    l.oldText(), l.newText());
        }
        if (alsoInTransaction != null) {
            w.tx().run(alsoInTransaction);
        }
        return this;
    }

    @Override
    public List<Change> recordChanges() {
        return changes;
    }

    @Override
    public Command inverse() {
        if (besideAfter.isEmpty()) {
            return edit().inverse();
        }
        List<Change> inv = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inv.add(changes.get(i).inverse());
        }
        List<PlanImport.VersionLine> lines = new ArrayList<>();
        for (int i = versionLines.size() - 1; i >= 0; i--) {
            lines.add(versionLines.get(i).inverse());
        }
        return new PackageImport(label, inv, besideAfter, besideBefore, null, lines);
    }

    @Override
    public Command again() {
        return besideAfter.isEmpty() ? edit() : new PackageImport(label, changes, besideBefore, besideAfter, null,
                versionLines);
    }

    @Override
    public Editor.State applied(Editor.State state) {
        // the versions received are the plan's in memory too (the records are applied by the editor)
        return besideAfter.versions() == null ? state : state.withPlan(state.plan().withVersions(
                besideAfter.versions()));
    }

    @Override
    public Changed changed() {
        Changed records = changes.isEmpty() ? new Changed(Set.of(), Set.of(), Set.of()) : edit().changed();
        if (besideAfter.leads() == null && besideAfter.versions() == null) {
            return records;
        }
        Set<Changed.Part> parts = new java.util.HashSet<>(records.parts());
        Set<cn.yanggu.workbench.domain.EntityKind> kinds = new java.util.HashSet<>(records.kinds());
        if (besideAfter.leads() != null) {
            parts.add(Changed.Part.LEADS);
            parts.add(Changed.Part.CHAIN_MAP);
        }
        if (besideAfter.versions() != null) {
            // approved versions change the targets every view judges against
            parts.add(Changed.Part.VERSIONS);
            kinds.add(cn.yanggu.workbench.domain.EntityKind.INDICATOR);
        }
        return new Changed(kinds, records.codes(), parts);
    }
}
