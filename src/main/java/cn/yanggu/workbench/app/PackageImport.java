package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The changes of an exchange package (or any import of single records), audited as {@code import}, with the
 * package's own store work ({@code alsoInTransaction}: the sync base, the package log) in the same transaction.
 * Undone as an edit of its records; the package's own work is what was received and is not undone or redone.
 */
public record PackageImport(String label, List<Change> changes, Database.SqlWork<?> alsoInTransaction)
        implements Command {
    public PackageImport {
        changes = List.copyOf(changes);
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
        w.tx().run(alsoInTransaction);
        return this;
    }

    @Override
    public List<Change> recordChanges() {
        return changes;
    }

    @Override
    public Command inverse() {
        return edit().inverse();
    }

    @Override
    public Command again() {
        return edit();
    }

    @Override
    public Changed changed() {
        return changes.isEmpty() ? new Changed(Set.of(), Set.of(), Set.of()) : edit().changed();
    }
}
