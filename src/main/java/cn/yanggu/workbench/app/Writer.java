package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.store.AuditRepository;
import cn.yanggu.workbench.store.RecordStore;
import cn.yanggu.workbench.store.RecordVersions;
import cn.yanggu.workbench.store.Tx;

import java.util.List;
import java.util.Map;

/**
 * What a {@link Command} writes with: the editor's open transaction, the time, the user, and the audit log's batch
 * for this step. An undo or redo records its own action ({@code undo}, {@code redo}) instead of the command's.
 */
public final class Writer {
    private final Tx tx;
    private final String at;
    private final String user;
    private final String action;
    private final String origin;
    private final Map<String, Integer> positions;
    /** The record versions this editor's state is based on ("kind:code"; absent: 0). */
    private final Map<String, Long> versions;
    /** The versions this step advanced records to, for the editor to take once the transaction committed. */
    private final Map<String, Long> advanced = new java.util.HashMap<>();
    /** The versions this editor itself wrote, by record: moving past them is no conflict. */
    private final Map<String, java.util.Set<Long>> mine;
    private long batch = -1;

    Writer(Tx tx, String at, String user, String action, String origin, Map<String, Integer> positions,
           Map<String, Long> versions, Map<String, java.util.Set<Long>> mine) {
        this.tx = tx;
        this.at = at;
        this.user = user;
        this.action = action;
        this.origin = origin;
        this.positions = positions;
        this.versions = versions;
        this.mine = mine;
    }

    /** The record versions this step advanced ("kind:code" → new version). */
    Map<String, Long> advanced() {
        return advanced;
    }

    /** The transaction, for store work. */
    public Tx tx() {
        return tx;
    }

    /** When the step is written (ISO offset date-time). */
    public String at() {
        return at;
    }

    public String user() {
        return user;
    }

    /**
     * Appends an audit entry of this step: {@code action} is the command's own word (create, update, delete, lock …),
     * replaced by {@code undo}/{@code redo} when the step is one; the origin is the one the editor was given.
     */
    public void audit(String action, String entity, String code, String field, String oldValue, String newValue) {
        long b = batch();
        AuditEntry e = new AuditEntry(0, b, at, user, this.action == null ? action : this.action, entity, code, field,
                oldValue, newValue, origin);
        tx.exec(c -> AuditRepository.append(c, e));
    }

    private long batch() {
        if (batch < 0) {
            batch = tx.run(AuditRepository::nextBatch);
        }
        return batch;
    }

    /**
     * Writes each change in order with its audit entries, under {@code action} ({@code null}: each change's own
     * create / update / delete).
     */
    public void records(List<Change> changes, String action) {
        for (Change ch : changes) {
            record(ch);
            auditRecord(ch, action == null ? ch.action() : action);
        }
    }

    /** Writes one plan record's change; a deleted record's place is remembered so that undoing it puts it back. */
    private void record(Change ch) {
        String key = ch.kind().wire() + ":" + ch.code();
        long expected = advanced.getOrDefault(key, versions.getOrDefault(key, 0L));
        tx.exec(c -> {
            long next = expected + 1;
            if (!RecordVersions.advance(c, ch.kind().wire(), ch.code(), expected, user, at)) {
                RecordVersions.Stamp now = RecordVersions.stamp(c, ch.kind().wire(), ch.code());
                if (now == null || !ownedBetween(key, expected, now.version())
                        || !RecordVersions.advance(c, ch.kind().wire(), ch.code(), now.version(), user, at)) {
                    // somebody changed it since this window read it: nothing of this step is written
                    throw new Stale(ch, now);
                }
                // only this window's own later steps moved it (an undo below them): no one else's change is lost
                next = now.version() + 1;
            }
            advanced.put(key, next);
            if (ch.after() == null) {
                positions.put(key, RecordStore.position(c, ch.kind(), ch.code()));
                RecordStore.remove(c, ch.kind(), ch.code());
            } else {
                RecordStore.put(c, ch.after(), ch.before() == null ? positions.get(key) : null);
            }
        });
    }

    /**
     * The audit entries of one record's change under {@code action} (e.g. {@code import}): one per field for an
     * update, one for a create or delete.
     */
    public void auditRecord(Change ch, String action) {
        String entity = ch.kind().wire();
        if (ch.before() == null) {
            audit(action, entity, ch.code(), null, null, Diff.summary(ch.after()));
        } else if (ch.after() == null) {
            audit(action, entity, ch.code(), null, Diff.summary(ch.before()), null);
        } else {
            for (Diff.Field f : Diff.between(ch.before(), ch.after())) {
                audit(action, entity, ch.code(), f.name(), f.oldValue(), f.newValue());
            }
        }
    }

    /** Whether every version of {@code key} after {@code from} up to {@code to} was written by this editor. */
    private boolean ownedBetween(String key, long from, long to) {
        java.util.Set<Long> own = mine.getOrDefault(key, java.util.Set.of());
        for (long v = from + 1; v <= to; v++) {
            if (!own.contains(v)) {
                return false;
            }
        }
        return to > from;
    }

    /** A record changed by somebody else since this editor read it; the editor words it as an {@link EditConflict}. */
    static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Change change;
        final transient RecordVersions.Stamp stamp;

        Stale(Change change, RecordVersions.Stamp stamp) {
            super(change.kind().wire() + " " + change.code() + " is stale");
            this.change = change;
            this.stamp = stamp;
        }
    }
}
