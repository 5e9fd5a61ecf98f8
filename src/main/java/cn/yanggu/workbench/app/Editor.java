package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Deletion;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.RecordField;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.store.AdmissionRepository;
import cn.yanggu.workbench.store.AuditRepository;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.LockRepository;
import cn.yanggu.workbench.store.PlanRepository;
import cn.yanggu.workbench.store.RecordStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies edits: each is validated against the plan it would produce, written in one transaction together with
 * its audit entries, and kept for undo and redo. Locked years refuse changes to their values.
 */
public final class Editor {
    private final Database db;
    private final String user;
    private final Clock clock;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    /** Positions of deleted records, so that undoing a delete puts the record back where it was. */
    private final Map<String, Integer> positions = new HashMap<>();
    private Plan plan;
    private List<YearLock> locks;
    private List<Admission.SavedCheck> checks;

    Editor(Database db, String user, Clock clock) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        reload();
    }

    /** Re-reads the plan and the locks from the database (F5). */
    public synchronized void refresh() {
        reload();
    }

    private void reload() {
        plan = db.read(PlanRepository::loadAll);
        locks = db.read(LockRepository::all);
        checks = db.read(AdmissionRepository::all);
    }

    public synchronized Plan plan() {
        return plan;
    }

    public synchronized List<YearLock> locks() {
        return locks;
    }

    public synchronized Set<Integer> lockedYears() {
        return locks.stream().map(YearLock::year).collect(Collectors.toSet());
    }

    /** Validates and writes an edit; returns the plan after it. */
    public synchronized Plan apply(Edit edit) {
        return apply(edit, null);
    }

    /**
     * Validates and writes an edit whose audit entries name where it came from (e.g. {@code xlsx: 2023年实际值.xlsx});
     * one step to undo, like any other edit.
     */
    public synchronized Plan apply(Edit edit, String origin) {
        write(edit, null, origin);
        undo.push(edit);
        redo.clear();
        return plan;
    }

    /**
     * Undoes the last edit; returns the plan after it (unchanged when there is nothing to undo). Only what the edit
     * changed is put back: a field changed since (by a step taken off the stack) keeps its current value.
     *
     * @throws UndoRefused when the edit cannot be undone now. One that would change a locked (定稿) year is taken off
     *                     the stack — it cannot be undone until the year is unlocked, and keeping it on top would block
     *                     every step below it; after unlocking, the value is typed again like any other. Any other
     *                     refusal leaves the stack as it was.
     */
    public synchronized Plan undo() {
        if (undo.isEmpty()) {
            return plan;
        }
        Edit edit = undo.peek();
        try {
            write(rebased(edit.inverse()), "undo", null);
        } catch (EditRejected r) {
            UndoRefused refused = new UndoRefused(edit.label(), false, r);
            if (refused.dropped()) {
                undo.pop();
            }
            throw refused;
        }
        redo.push(undo.pop());
        return plan;
    }

    /** Redoes the last undone edit; refused like {@link #undo()} (a step into a locked year is taken off). */
    public synchronized Plan redo() {
        if (redo.isEmpty()) {
            return plan;
        }
        Edit edit = redo.peek();
        try {
            write(rebased(edit), "redo", null);
        } catch (EditRejected r) {
            UndoRefused refused = new UndoRefused(edit.label(), true, r);
            if (refused.dropped()) {
                redo.pop();
            }
            throw refused;
        }
        undo.push(redo.pop());
        return plan;
    }

    /**
     * {@code edit} applied to the records as they are now, not as they were: each update sets only the fields (and
     * for an indicator, the year values) that differ between its two states, so a step taken off the stack is not
     * silently reverted by undoing an older one. On an unbroken stack the records are as the edit left them and the
     * edit is returned unchanged.
     */
    private Edit rebased(Edit edit) {
        List<Change> out = new ArrayList<>();
        Plan at = plan;
        for (Change ch : edit.changes()) {
            PlanRecord now = Plans.find(at, ch.kind(), ch.code()).orElse(null);
            Change c = ch;
            if (now != null && !now.equals(ch.before())) {
                if (ch.after() == null) {
                    c = Change.delete(now);
                } else if (ch.before() != null) {
                    c = Change.update(now, merged(now, ch.before(), ch.after()));
                }
            }
            out.add(c);
            at = Plans.apply(at, c);
        }
        return new Edit(edit.label(), out);
    }

    /** {@code now} with the fields that differ between {@code from} and {@code to} set as in {@code to}. */
    private static PlanRecord merged(PlanRecord now, PlanRecord from, PlanRecord to) {
        PlanRecord out = now;
        for (RecordField<?, ?> f : to.fields()) {
            Object a = f.valueIn(from);
            Object b = f.valueIn(to);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (out instanceof Indicator current && f == Indicator.VALUES) {
                out = current.withValues(mergedValues(current.values(), ((Indicator) from).values(),
                        ((Indicator) to).values()));
            } else {
                out = f.withValueIn(out, b);
            }
        }
        return out;
    }

    /** The current year values with those that differ between {@code from} and {@code to} set as in {@code to}. */
    private static List<YearValue> mergedValues(List<YearValue> now, List<YearValue> from, List<YearValue> to) {
        Map<String, YearValue> a = keyed(from);
        Map<String, YearValue> b = keyed(to);
        Set<String> changed = new java.util.HashSet<>();
        for (String k : a.keySet()) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                changed.add(k);
            }
        }
        for (String k : b.keySet()) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                changed.add(k);
            }
        }
        List<YearValue> out = new ArrayList<>();
        for (YearValue v : now) {
            if (!changed.contains(key(v))) {
                out.add(v);
            }
        }
        for (YearValue v : to) {
            if (changed.contains(key(v))) {
                out.add(v);
            }
        }
        return out;
    }

    private static Map<String, YearValue> keyed(List<YearValue> values) {
        Map<String, YearValue> m = new java.util.LinkedHashMap<>();
        values.forEach(v -> m.put(key(v), v));
        return m;
    }

    private static String key(YearValue v) {
        return v.year() + " " + v.kind() + " " + v.vintage();
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    /** The records that refer to {@code record}: projects and indicators of a chain, projects of a zone … */
    public synchronized List<PlanRecord> dependents(PlanRecord record) {
        return plan.dependents(record);
    }

    /**
     * The edit that deletes {@code record} and detaches what refers to it (a project keeps existing with no chain,
     * a chain no longer lists the enterprise): one step to undo.
     */
    public synchronized Edit deletion(PlanRecord record, String label) {
        return deletion(plan, record, label);
    }

    /** The deletion edit of {@code record} in {@code plan}, its dependents detached ({@link Deletion}). */
    public static Edit deletion(Plan plan, PlanRecord record, String label) {
        List<Change> changes = new ArrayList<>();
        for (PlanRecord d : Deletion.dependents(plan, record)) {
            changes.add(Change.update(d, Deletion.detached(d, record)));
        }
        changes.add(Change.delete(record));
        return new Edit(label, changes);
    }

    /** Locks a year's values (定稿) with a reason; recorded in the audit log. */
    public synchronized void lockYear(int year, String reason) {
        List<Problem> problems = new ArrayList<>();
        Validation.year(problems, "year", year);
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", Problem.Kind.REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems.stream().map(p -> new EditRejected.Located(null, null, null, p)).toList());
        }
        if (lockedYears().contains(year)) {
            return;
        }
        String at = now();
        db.inTransaction(c -> {
            LockRepository.lock(c, new YearLock(year, reason.strip(), at, user));
            AuditRepository.append(c, new AuditEntry(0, AuditRepository.nextBatch(c), at, user, "lock", "year",
                    String.valueOf(year), "locked", null, reason.strip(), null));
            return null;
        });
        reload();
    }

    public synchronized void unlockYear(int year, String reason) {
        if (!lockedYears().contains(year)) {
            return;
        }
        String at = now();
        db.inTransaction(c -> {
            LockRepository.unlock(c, year);
            AuditRepository.append(c, new AuditEntry(0, AuditRepository.nextBatch(c), at, user, "unlock", "year",
                    String.valueOf(year), "locked", "locked", reason == null ? null : reason.strip(), null));
            return null;
        });
        reload();
    }

    /** Every admission check saved with a project, oldest first. */
    public synchronized List<Admission.SavedCheck> admissionChecks() {
        return checks;
    }

    /**
     * Saves an admission check with a project, in one transaction with its audit entry: the proposal is checked
     * against the thresholds in force in {@code year} and the verdicts are stored with it. {@code newProject}, when
     * given, is created in the same transaction (a project entered from the check form). Not on the undo stack.
     *
     * @throws EditRejected when the project does not exist, a figure is negative or zero where it must not be, or the
     *                      year is outside 2000–2050
     */
    public synchronized Admission.SavedCheck saveAdmissionCheck(String projectCode, Project newProject, int year,
                                                                Admission.Proposal proposal, double landEntered,
                                                                String landUnit) {
        List<EditRejected.Located> problems = new ArrayList<>();
        Plan next = newProject == null ? plan : Plans.apply(plan, Change.create(newProject));
        String code = newProject == null ? projectCode : newProject.code();
        if (newProject != null) {
            if (plan.projects().stream().anyMatch(p -> p.code().equals(newProject.code()))) {
                problems.add(new EditRejected.Located(EntityKind.PROJECT, code, null,
                        new Problem("code", Problem.Kind.DUPLICATE, code)));
            }
            for (Problem p : Validation.check(newProject, next)) {
                problems.add(new EditRejected.Located(EntityKind.PROJECT, code, null, p));
            }
        } else if (code == null || plan.projects().stream().noneMatch(p -> p.code().equals(code))) {
            problems.add(new EditRejected.Located(EntityKind.PROJECT, code, null,
                    new Problem("project", Problem.Kind.UNKNOWN_REFERENCE, String.valueOf(code))));
        }
        List<Problem> own = new ArrayList<>();
        Validation.year(own, "year", year);
        double[] figures = {proposal.landMu(), proposal.investmentWan(), proposal.taxWan(), proposal.siteM2(),
            proposal.floorM2(), proposal.footprintM2()};
        String[] names = {"landMu", "investmentWan", "taxWan", "siteM2", "floorM2", "footprintM2"};
        for (int i = 0; i < figures.length; i++) {
            if (!Double.isFinite(figures[i])) {
                own.add(new Problem(names[i], Problem.Kind.NOT_A_NUMBER));
            } else if (figures[i] < 0) {
                own.add(new Problem(names[i], Problem.Kind.NEGATIVE, figures[i]));
            } else if (figures[i] == 0 && (i == 0 || i == 3)) {
                own.add(new Problem(names[i], Problem.Kind.REQUIRED));
            }
        }
        own.forEach(p -> problems.add(new EditRejected.Located(null, code, null, p)));
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        List<Admission.Result> results = Admission.check(proposal, plan.thresholds(), year);
        String at = now();
        Admission.SavedCheck draft = new Admission.SavedCheck(0, code, year, proposal, landEntered,
                "m2".equals(landUnit) ? "m2" : "mu", at, user,
                results.stream().map(Admission.StoredVerdict::of).toList());
        Admission.SavedCheck saved = db.inTransaction(c -> {
            long batch = AuditRepository.nextBatch(c);
            if (newProject != null) {
                RecordStore.put(c, newProject, null);
                audit(c, batch, at, "create", Change.create(newProject), null);
            }
            long id = AdmissionRepository.insert(c, draft);
            AuditRepository.append(c, new AuditEntry(0, batch, at, user, "create", "admission-check", code,
                    "year " + year, null, summary(draft), null));
            return new Admission.SavedCheck(id, draft.projectCode(), draft.year(), draft.proposal(),
                    draft.landEntered(), draft.landUnit(), draft.at(), draft.user(), draft.verdicts());
        });
        reload();
        return saved;
    }

    /** The audit log's words for a saved check: each rule's value against its threshold and the verdict. */
    private static String summary(Admission.SavedCheck s) {
        StringBuilder b = new StringBuilder();
        for (Admission.StoredVerdict v : s.verdicts()) {
            b.append(b.length() == 0 ? "" : "; ").append(v.name()).append(' ').append(Diff.number(v.value()))
                    .append(' ').append(v.comparator().sign()).append(' ').append(Diff.number(v.thresholdValue()))
                    .append(" (").append(v.fromYear()).append(") ").append(Enums.wire(v.verdict()));
        }
        return b.toString();
    }

    public List<AuditEntry> audit() {
        return db.read(AuditRepository::all);
    }

    // ------------------------------------------------------------------ writing

    private void write(Edit edit, String action, String origin) {
        Plan next = plan;
        for (Change c : edit.changes()) {
            next = Plans.apply(next, c);
        }
        List<EditRejected.Located> problems = check(edit.changes(), next, plan, lockedYears());
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        String at = now();
        db.inTransaction(c -> {
            long batch = AuditRepository.nextBatch(c);
            for (Change ch : edit.changes()) {
                writeChange(c, ch);
                audit(c, batch, at, action == null ? ch.action() : action, ch, origin);
            }
            return null;
        });
        reload();
    }

    private void writeChange(Connection c, Change ch) throws SQLException {
        String key = ch.kind().wire() + ":" + ch.code();
        if (ch.after() == null) {
            positions.put(key, RecordStore.position(c, ch.kind(), ch.code()));
            RecordStore.remove(c, ch.kind(), ch.code());
        } else {
            RecordStore.put(c, ch.after(), ch.before() == null ? positions.get(key) : null);
        }
    }

    /** Writes the audit entries of one change: one per field for an update, one for a create or delete. */
    void audit(Connection c, long batch, String at, String action, Change ch, String origin) throws SQLException {
        String entity = ch.kind().wire();
        if (ch.before() == null) {
            AuditRepository.append(c, new AuditEntry(0, batch, at, user, action, entity, ch.code(), null, null,
                    Diff.summary(ch.after()), origin));
        } else if (ch.after() == null) {
            AuditRepository.append(c, new AuditEntry(0, batch, at, user, action, entity, ch.code(), null,
                    Diff.summary(ch.before()), null, origin));
        } else {
            for (Diff.Field f : Diff.between(ch.before(), ch.after())) {
                AuditRepository.append(c, new AuditEntry(0, batch, at, user, action, entity, ch.code(), f.name(),
                        f.oldValue(), f.newValue(), origin));
            }
        }
    }

    /** Problems of a set of changes in the plan they produce; {@code current} is the plan before them. */
    static List<EditRejected.Located> check(List<Change> changes, Plan next, Plan current, Set<Integer> locked) {
        List<EditRejected.Located> out = new ArrayList<>();
        for (Change ch : changes) {
            if (ch.after() != null) {
                for (Problem p : Validation.check(ch.after(), next)) {
                    out.add(new EditRejected.Located(ch.kind(), ch.code(), null, p));
                }
            }
            for (int year : changedYears(ch)) {
                if (locked.contains(year)) {
                    out.add(new EditRejected.Located(ch.kind(), ch.code(), null,
                            new Problem("values." + year, Problem.Kind.LOCKED_YEAR, year)));
                }
            }
        }
        // a 专栏 place belongs to one project
        Set<String> changedProjects = new java.util.HashSet<>();
        changes.stream().filter(ch -> ch.kind() == EntityKind.PROJECT && ch.after() != null)
                .forEach(ch -> changedProjects.add(ch.code()));
        for (Map.Entry<String, Problem> clash : Validation.listingClashes(next)) {
            if (changedProjects.contains(clash.getKey())) {
                out.add(new EditRejected.Located(EntityKind.PROJECT, clash.getKey(), null, clash.getValue()));
            }
        }
        // a delete must not leave references behind
        for (Change ch : changes) {
            if (ch.after() == null) {
                for (PlanRecord record : next.records()) {
                    for (Problem p : Validation.check(record, next)) {
                        if (p.kind() == Problem.Kind.UNKNOWN_REFERENCE && ch.code().equals(p.args().get(0))) {
                            out.add(new EditRejected.Located(record.entityKind(), record.code(), null, p));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Years whose values differ between the two states of an indicator. */
    private static Set<Integer> changedYears(Change ch) {
        if (ch.kind() != EntityKind.INDICATOR) {
            return Set.of();
        }
        List<YearValue> a = ch.before() == null ? List.of() : ((Indicator) ch.before()).values();
        List<YearValue> b = ch.after() == null ? List.of() : ((Indicator) ch.after()).values();
        Set<Integer> years = new java.util.TreeSet<>();
        a.stream().filter(v -> !b.contains(v)).forEach(v -> years.add(v.year()));
        b.stream().filter(v -> !a.contains(v)).forEach(v -> years.add(v.year()));
        return years;
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    String user() {
        return user;
    }

    /** Whether a value of the plan, e.g. from an import, would change a locked year. */
    static boolean touchesLocked(Indicator before, Indicator after, Set<Integer> locked) {
        if (before == null && after == null) {
            return false;
        }
        return changedYears(new Change(EntityKind.INDICATOR, after == null ? before.code() : after.code(), before,
                after)).stream().anyMatch(locked::contains);
    }

    /**
     * Replaces the plan with {@code incoming} (an import), all or nothing: every record is validated first (problems
     * name the record's position in the file, e.g. {@code projects[3]}), no locked year's value may change, and the
     * audit log records each created, changed and removed record with the file as origin. Clears undo and redo.
     */
    public synchronized ImportResult importPlan(Plan incoming, String origin) {
        return importPlan(incoming, origin, c -> null);
    }

    /** {@link #importPlan(Plan, String)} with more work in the same transaction (e.g. the new sync base). */
    public synchronized ImportResult importPlan(Plan incoming, String origin, Database.SqlWork<?> alsoInTransaction) {
        List<EditRejected.Located> problems = new ArrayList<>();
        Set<Integer> locked = lockedYears();
        Map<String, PlanRecord> current = new java.util.LinkedHashMap<>();
        for (PlanRecord r : plan.records()) {
            current.put(r.entityKind().wire() + ":" + r.code(), r);
        }
        Map<EntityKind, Integer> index = new java.util.EnumMap<>(EntityKind.class);
        Set<String> seen = new java.util.HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (PlanRecord r : incoming.records()) {
            EntityKind kind = r.entityKind();
            int i = index.merge(kind, 1, Integer::sum) - 1;
            String position = listName(kind) + "[" + i + "]";
            String key = kind.wire() + ":" + r.code();
            if (!seen.add(key)) {
                problems.add(new EditRejected.Located(kind, r.code(), position,
                        new Problem("code", Problem.Kind.DUPLICATE, r.code())));
            }
            for (Problem p : Validation.check(r, incoming)) {
                problems.add(new EditRejected.Located(kind, r.code(), position, p));
            }
            PlanRecord before = current.get(key);
            if (r instanceof Indicator ind && touchesLocked((Indicator) before, ind, locked)) {
                problems.add(new EditRejected.Located(kind, ind.code(), position,
                        new Problem("values", Problem.Kind.LOCKED_YEAR, locked.stream().sorted().toList())));
            }
            if (!Objects.equals(before, r)) {
                changes.add(new Change(kind, r.code(), before, r));
            }
        }
        List<String> projectCodes = incoming.projects().stream().map(Project::code).toList();
        for (Map.Entry<String, Problem> clash : Validation.listingClashes(incoming)) {
            problems.add(new EditRejected.Located(EntityKind.PROJECT, clash.getKey(),
                    listName(EntityKind.PROJECT) + "[" + projectCodes.indexOf(clash.getKey()) + "]", clash.getValue()));
        }
        for (Map.Entry<String, PlanRecord> e : current.entrySet()) {
            if (!seen.contains(e.getKey())) {
                PlanRecord gone = e.getValue();
                if (gone instanceof Indicator ind && touchesLocked(ind, null, locked)) {
                    problems.add(new EditRejected.Located(EntityKind.INDICATOR, ind.code(), null,
                            new Problem("values", Problem.Kind.LOCKED_YEAR, locked.stream().sorted().toList())));
                }
                changes.add(Change.delete(gone));
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        String at = now();
        db.inTransaction(c -> {
            PlanRepository.replaceAll(c, incoming);
            long batch = AuditRepository.nextBatch(c);
            for (Change ch : changes) {
                audit(c, batch, at, "import", ch, origin);
            }
            alsoInTransaction.apply(c);
            return null;
        });
        undo.clear();
        redo.clear();
        reload();
        long created = changes.stream().filter(ch -> ch.before() == null).count();
        long removed = changes.stream().filter(ch -> ch.after() == null).count();
        return new ImportResult(created, changes.size() - created - removed, removed);
    }

    /**
     * Writes the changes of an exchange package in one transaction: validated like an edit (a locked year's value
     * refuses the whole write), each change in the audit log as an import with {@code origin}, {@code alsoInTransaction}
     * run in the same transaction (the sync base, the package log). The whole import is one undo step.
     */
    public synchronized Plan importChanges(String label, List<Change> changes, String origin,
                                           Database.SqlWork<?> alsoInTransaction) {
        Plan next = plan;
        for (Change c : changes) {
            next = Plans.apply(next, c);
        }
        List<EditRejected.Located> problems = check(changes, next, plan, lockedYears());
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        String at = now();
        // the whole set is valid (checked above), but written one record at a time a record can take the name of
        // one the same import deletes: deletions go first, and references are checked at commit, on the result
        List<Change> ordered = new ArrayList<>(changes.stream().filter(ch -> ch.after() == null).toList());
        changes.stream().filter(ch -> ch.after() != null).forEach(ordered::add);
        db.inTransaction(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
            }
            long batch = AuditRepository.nextBatch(c);
            for (Change ch : ordered) {
                writeChange(c, ch);
                audit(c, batch, at, "import", ch, origin);
            }
            alsoInTransaction.apply(c);
            return null;
        });
        if (!changes.isEmpty()) {
            undo.push(new Edit(label, changes));
            redo.clear();
        }
        reload();
        return plan;
    }

    /** The user this editor records in the audit log. */
    public String userName() {
        return user;
    }

    /** What an import did. */
    public record ImportResult(long created, long updated, long deleted) {
    }

    private static String listName(EntityKind kind) {
        return switch (kind) {
            case ZONE -> "zones";
            case ENTERPRISE -> "enterprises";
            case CHAIN -> "chains";
            case PROJECT -> "projects";
            case INDICATOR -> "indicators";
            case THRESHOLD -> "thresholds";
        };
    }
}
