package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.store.AuditRepository;
import cn.yanggu.workbench.store.RecordStore;
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
    private long batch = -1;

    Writer(Tx tx, String at, String user, String action, String origin, Map<String, Integer> positions) {
        this.tx = tx;
        this.at = at;
        this.user = user;
        this.action = action;
        this.origin = origin;
        this.positions = positions;
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
        tx.exec(c -> {
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
}
