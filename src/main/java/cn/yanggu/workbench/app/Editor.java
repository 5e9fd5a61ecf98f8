package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Deletion;
import cn.yanggu.workbench.domain.EntityKind;
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
 * The one write path: every change is a {@link Command} run here — checked against the state it would change,
 * written in one transaction together with its audit entries, applied to the state in memory (the database is not
 * read again), and kept on the one undo stack for undo and redo. Locked years refuse changes to their values.
 */
public final class Editor {
    private final Database db;
    private final String user;
    private final Clock clock;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private I18n t = new I18n(java.util.Locale.SIMPLIFIED_CHINESE);
    private Changed lastChanged = Changed.EVERYTHING;
    /** Positions of deleted records, so that undoing a delete puts the record back where it was. */
    private final Map<String, Integer> positions = new HashMap<>();
    /** Places in the plan's lists of deleted records, for the plan in memory. */
    private final Map<String, Integer> indexes = new HashMap<>();
    /** The version of each record as this editor last read or wrote it ("kind:code"; absent: 0). */
    private Map<String, Long> versions = new HashMap<>();
    /**
     * The versions each step on the undo and redo stacks left its records at: undoing (or redoing) it is based on
     * them, so a step whose records somebody changed since is refused, also after the window re-read the database.
     */
    private final Map<Command, Map<String, Long>> stepVersions = new java.util.IdentityHashMap<>();
    /** The versions of each record this editor wrote itself. */
    private final Map<String, java.util.Set<Long>> mine = new HashMap<>();
    /** The versions the last write advanced records to. */
    private Map<String, Long> lastAdvanced = Map.of();
    private Plan plan;
    private List<YearLock> locks;
    private List<Admission.SavedCheck> checks;

    Editor(Database db, String user, Clock clock) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        reload();
    }

    /** What the views read: the plan, the locked years and the saved admission checks, as of the last write. */
    public record State(Plan plan, List<YearLock> locks, List<Admission.SavedCheck> checks) {
        public State {
            locks = List.copyOf(locks);
            checks = List.copyOf(checks);
        }

        public Set<Integer> lockedYears() {
            return locks.stream().map(YearLock::year).collect(Collectors.toSet());
        }

        public State withPlan(Plan p) {
            return new State(p, locks, checks);
        }

        public State withLocks(List<YearLock> l) {
            return new State(plan, l, checks);
        }

        public State withChecks(List<Admission.SavedCheck> c) {
            return new State(plan, locks, c);
        }
    }

    /** Re-reads the plan and the locks from the database (F5). */
    public synchronized void refresh() {
        reload();
    }

    private void reload() {
        // one moment of the database: the versions must be those of the records read (other writers on a server)
        db.readConsistent(c -> {
            plan = PlanRepository.loadAll(c);
            versions = new HashMap<>(cn.yanggu.workbench.store.RecordVersions.all(c));
            locks = LockRepository.all(c);
            checks = AdmissionRepository.all(c);
            return null;
        });
        lastChanged = Changed.EVERYTHING;
    }

    /** The state as of the last write. */
    public synchronized State state() {
        return new State(plan, locks, checks);
    }

    private void set(State s) {
        plan = s.plan();
        locks = s.locks();
        checks = s.checks();
    }

    /** The language of the undo labels this editor words itself (a lock, a grading figure …); Chinese by default. */
    public synchronized void useLanguage(I18n language) {
        this.t = language;
    }

    /** The words of {@code key} in the editor's language (labels of commands worded in app). */
    public synchronized String label(String key, Object... args) {
        return t.get(key, args);
    }

    /** What the last write, undo, redo or refresh changed. */
    public synchronized Changed lastChanged() {
        return lastChanged;
    }

    /**
     * Runs a command: checks it, writes it with its audit entries in one transaction, applies it to the state in
     * memory and puts it on the undo stack (clearing redo). Returns the command as done (e.g. with its new id).
     *
     * @throws EditRejected when the command is refused; nothing is written
     */
    public synchronized Command run(Command command) {
        return run(command, null);
    }

    /** {@link #run(Command)} whose audit entries name where it came from (e.g. {@code xlsx: 2023年实际值.xlsx}). */
    public synchronized Command run(Command command, String origin) {
        command.check(state());
        Command done = write(command, null, origin, versions);
        redo.forEach(stepVersions::remove);
        undo.push(done);
        redo.clear();
        stepVersions.put(done, lastAdvanced);
        return done;
    }

    /**
     * Keeps a setting that is bookkeeping, not a change of the plan (the database's own id, made once): written in the
     * editor's transaction, neither audited nor a step to undo. Returns the setting's value.
     */
    public synchronized String settingOnce(String key, java.util.function.Supplier<String> fresh) {
        return db.inTransaction(c -> {
            Optional<String> existing = cn.yanggu.workbench.store.ExchangeRepository.setting(c, key);
            if (existing.isPresent()) {
                return existing.get();
            }
            String value = fresh.get();
            cn.yanggu.workbench.store.ExchangeRepository.putSetting(c, key, value);
            return value;
        });
    }

    /** A bookkeeping setting as stored (the office's 本机名称 …), empty when it was never set. */
    public Optional<String> setting(String key) {
        return db.read(c -> cn.yanggu.workbench.store.ExchangeRepository.setting(c, key));
    }

    /** Stores a bookkeeping setting (the name this office signs its packages with), like {@link #settingOnce}. */
    public synchronized void keepSetting(String key, String value) {
        db.inTransaction(c -> {
            cn.yanggu.workbench.store.ExchangeRepository.putSetting(c, key, value);
            return null;
        });
    }

    private Command write(Command command, String action, String origin, Map<String, Long> basis) {
        String at = now();
        Map<String, Long> advanced = new HashMap<>();
        Command done;
        try {
            done = db.inTransaction(c -> {
                List<YearLock> stored = LockRepository.all(c);
                if (!stored.equals(locks)) {
                    // another writer locked or unlocked a year since: the command is judged by the locks as stored
                    command.check(state().withLocks(stored));
                }
                Writer w = new Writer(db.tx(c), at, user, action, origin, positions, basis, mine);
                Command written = command.write(w);
                advanced.putAll(w.advanced());
                return written;
            });
        } catch (Writer.Stale s) {
            reload();
            throw conflict(s);
        } catch (EditRejected r) {
            reload();
            throw r;
        }
        versions.putAll(advanced);
        advanced.forEach((key, v) -> mine.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(v));
        lastAdvanced = Map.copyOf(advanced);
        State next = done.applied(state().withPlan(applyRecords(plan, done.recordChanges())));
        if (next == null) {
            reload();
        } else {
            set(next);
        }
        lastChanged = next == null ? Changed.EVERYTHING : done.changed();
        return done;
    }

    public synchronized Plan plan() {
        return plan;
    }

    /** The refused change worded against the record as it is stored now (the plan has just been re-read). */
    private EditConflict conflict(Writer.Stale s) {
        Change ch = s.change;
        PlanRecord theirs = Plans.find(plan, ch.kind(), ch.code()).orElse(null);
        List<EditConflict.Field> fields = new ArrayList<>();
        if (theirs != null && ch.after() != null) {
            // the fields this change set (not those the other changed and this one left alone) where theirs differs
            Set<String> mineChanged = ch.before() == null ? null : Diff.between(ch.before(), ch.after()).stream()
                    .map(Diff.Field::name).collect(Collectors.toSet());
            for (Diff.Field f : Diff.between(theirs, ch.after())) {
                if (mineChanged == null || mineChanged.contains(f.name())) {
                    fields.add(new EditConflict.Field(f.name(), f.oldValue(), f.newValue()));
                }
            }
        }
        String by = s.stamp == null ? "?" : s.stamp.by();
        String at = s.stamp == null ? "" : s.stamp.at();
        AuditText.Names names = AuditText.Names.of(plan, List.of());
        String entity = ch.kind().wire();
        String record = AuditText.record(t, entity, ch.code(), names);
        String when = AuditText.time(at, clock.getZone());
        List<EditConflict.Worded> worded = fields.stream().map(f -> new EditConflict.Worded(
                AuditText.field(t, f.name()), AuditText.value(t, entity, ch.code(), f.name(), f.theirs(), names),
                AuditText.value(t, entity, ch.code(), f.name(), f.yours(), names))).toList();
        return new EditConflict(ch.kind(), ch.code(), by, at, fields, theirs == null, conflictText(ch, by, at, fields,
                theirs == null), t.get(theirs == null ? "pg.conflict.headline.deleted" : "pg.conflict.headline",
                record, by, when), worded);
    }

    /**
     * 用我的值覆盖: runs {@code refused} — an edit refused as an {@link EditConflict}, after which this editor re-read
     * the records — again on the records as they are now: of each record it changes, only the fields (for an
     * indicator, the year values) the edit changed are set to the edit's values; the other's changes to the rest stay.
     * One step to undo; the change log names this editor's user. Returns the plan after it.
     *
     * @throws EditConflict when somebody changed the record again meanwhile; EditRejected like any edit
     */
    public synchronized Plan applyMine(Edit refused) {
        run(rebased(refused));
        return plan;
    }

    /**
     * "指标 亩均税收 已被 wang 于 2026-11-30 16:20 修改：2023年实际值 现为 5.3 万元/亩，您的是 5.4 万元/亩。未保存您的修改。" in the
     * editor's language, values in the plan's words and units (as the change log words them).
     */
    private String conflictText(Change ch, String by, String at, List<EditConflict.Field> fields, boolean deleted) {
        AuditText.Names names = AuditText.Names.of(plan, List.of());
        String entity = ch.kind().wire();
        String record = AuditText.record(t, entity, ch.code(), names);
        String when = AuditText.time(at, clock.getZone());
        if (deleted) {
            return t.get("pg.conflict.deleted", record, by, when);
        }
        List<String> parts = new ArrayList<>();
        for (EditConflict.Field f : fields) {
            parts.add(t.get("pg.conflict.field", AuditText.field(t, f.name()),
                    AuditText.value(t, entity, ch.code(), f.name(), f.theirs(), names),
                    AuditText.value(t, entity, ch.code(), f.name(), f.yours(), names)));
        }
        return t.get("pg.conflict", record, by, when, String.join(t.get("pg.conflict.separator"), parts));
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
        run(edit, origin);
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
        return move(undo, redo, false);
    }

    /** Redoes the last undone edit; refused like {@link #undo()} (a step into a locked year is taken off). */
    public synchronized Plan redo() {
        return move(redo, undo, true);
    }

    /** Takes the top step of {@code from} (undoing or redoing it) onto {@code to}; see {@link #undo()}. */
    private Plan move(Deque<Command> from, Deque<Command> to, boolean again) {
        if (from.isEmpty()) {
            return plan;
        }
        Command edit = from.peek();
        Map<String, Long> basis = new HashMap<>(versions);
        basis.putAll(stepVersions.getOrDefault(edit, Map.of()));
        try {
            step(again ? edit.again() : edit.inverse(), again ? "redo" : "undo", basis);
            stepVersions.put(edit, lastAdvanced);
        } catch (EditRejected r) {
            UndoRefused refused = new UndoRefused(edit.label(), again, r);
            if (refused.dropped()) {
                from.pop();
            }
            throw refused;
        } catch (EditConflict c) {
            // somebody changed the record since: this step can no longer be undone (or redone) as it was
            stepVersions.remove(from.pop());
            throw c;
        }
        to.push(from.pop());
        return plan;
    }

    /**
     * {@code p} with {@code changes} applied in memory: a record deleted here and created again (its delete undone)
     * goes back to its place in the list, as it does in the database.
     */
    private Plan applyRecords(Plan p, List<Change> changes) {
        Plan out = p;
        for (Change c : changes) {
            String key = c.kind().wire() + ":" + c.code();
            if (c.after() == null) {
                indexes.put(key, Plans.indexOf(out, c.kind(), c.code()));
            }
            out = Plans.apply(out, c);
            Integer index = indexes.get(key);
            if (c.before() == null && index != null && index >= 0) {
                out = Plans.moved(out, c.kind(), c.code(), index);
            }
        }
        return out;
    }

    /** Checks and writes an undo or redo step; an edit of records is first rebased on the records as they are now. */
    private void step(Command command, String action, Map<String, Long> basis) {
        Command c = command instanceof Edit e ? rebased(e) : command;
        c.check(state());
        write(c, action, null, basis);
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
        return Optional.ofNullable(undo.peek()).map(Command::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Command::label);
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
        run(new YearLockChange(label("undo.lock", String.valueOf(year)), new YearLock(year, reason.strip(), now(),
                user), true, reason.strip()));
    }

    public synchronized void unlockYear(int year, String reason) {
        Optional<YearLock> lock = locks.stream().filter(l -> l.year() == year).findFirst();
        if (lock.isEmpty()) {
            return;
        }
        run(new YearLockChange(label("undo.unlock", String.valueOf(year)), lock.get(), false,
                reason == null ? null : reason.strip()));
    }

    /** Every admission check saved with a project, oldest first. */
    public synchronized List<Admission.SavedCheck> admissionChecks() {
        return checks;
    }

    /**
     * Saves an admission check with a project, in one transaction with its audit entry: the proposal is checked
     * against the thresholds in force in {@code year} and the verdicts are stored with it. {@code newProject}, when
     * given, is created in the same transaction (a project entered from the check form). One step on the undo stack:
     * undoing it removes the saved check (and the project created with it).
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
        if (own.isEmpty()) {
            own.addAll(Admission.implausible(proposal));   // figures that cannot all be true get no verdict
        }
        own.forEach(p -> problems.add(new EditRejected.Located(null, code, null, p)));
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        List<Admission.Result> results = Admission.check(proposal, plan.thresholdsInForce(), year);
        String at = now();
        Admission.SavedCheck draft = new Admission.SavedCheck(0, code, year, proposal, landEntered,
                "m2".equals(landUnit) ? "m2" : "mu", at, user,
                results.stream().map(Admission.StoredVerdict::of).toList());
        Command done = run(new AdmissionCheckChange(label("undo.admissionCheck", code, String.valueOf(year)), draft,
                newProject, false));
        return ((AdmissionCheckChange) done).check();
    }

    public List<AuditEntry> audit() {
        return db.read(AuditRepository::all);
    }

    // ------------------------------------------------------------------ checking

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
    static Set<Integer> changedYears(Change ch) {
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
     * audit log records each created, changed and removed record with the file as origin. One step to undo.
     */
    public synchronized ImportResult importPlan(Plan incoming, String origin) {
        return importPlan(incoming, Beside.NONE, origin, c -> null);
    }

    /**
     * {@link #importPlan(Plan, String)} with the map links and leads of the file ({@code beside}: written with the
     * plan, put back by 撤销) and more work in the same transaction (e.g. the new sync base, checks of the links and
     * leads against the incoming plan).
     */
    public synchronized ImportResult importPlan(Plan incoming, Beside beside, String origin,
                                                Database.SqlWork<?> alsoInTransaction) {
        List<EditRejected.Located> problems = new ArrayList<>();
        Set<Integer> locked = lockedYears();
        Map<String, PlanRecord> current = new java.util.LinkedHashMap<>();
        for (PlanRecord r : plan.records()) {
            current.put(r.entityKind().wire() + ":" + r.code(), r);
        }
        Map<EntityKind, Integer> index = new java.util.EnumMap<>(EntityKind.class);
        Set<String> seen = new java.util.HashSet<>();
        List<Change> changes = new ArrayList<>();
        Validation.Checker checker = Validation.checker(incoming);
        for (PlanRecord r : incoming.records()) {
            EntityKind kind = r.entityKind();
            int i = index.merge(kind, 1, Integer::sum) - 1;
            String position = listName(kind) + "[" + i + "]";
            String key = kind.wire() + ":" + r.code();
            if (!seen.add(key)) {
                problems.add(new EditRejected.Located(kind, r.code(), position,
                        new Problem("code", Problem.Kind.DUPLICATE, r.code())));
            }
            for (Problem p : checker.check(r)) {
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
        Beside besideBefore = db.read(beside::before);
        Plan planBefore = plan;
        // one change-log line per version the file brings (or changes, or removes)
        cn.yanggu.workbench.app.versions.VersionText words = new cn.yanggu.workbench.app.versions.VersionText(t);
        run(new PlanImport(label("undo.importPlan", origin), plan, incoming, changes, besideBefore, beside,
                alsoInTransaction, PlanImport.versionLines(plan, incoming, (p, v) -> words.summary(p, v, false))),
                origin);
        long created = changes.stream().filter(ch -> ch.before() == null).count();
        long removed = changes.stream().filter(ch -> ch.after() == null).count();
        return new ImportResult(created, changes.size() - created - removed, removed,
                Beside.leadsChanged(besideBefore.leads(), beside.leads()),
                Beside.linksChanged(besideBefore.map(), beside.map()),
                Beside.differing(planBefore.versions(), incoming.versions(),
                        cn.yanggu.workbench.domain.PlanVersion::number));
    }

    /**
     * Writes the changes of an exchange package in one transaction: validated like an edit (a locked year's value
     * refuses the whole write), each change in the audit log as an import with {@code origin}, {@code alsoInTransaction}
     * run in the same transaction (the sync base, the package log). The whole import is one undo step.
     */
    public synchronized Plan importChanges(String label, List<Change> changes, String origin,
                                           Database.SqlWork<?> alsoInTransaction) {
        return importChanges(label, changes, Beside.NONE, origin, alsoInTransaction);
    }

    /** {@link #importChanges(String, List, String, Database.SqlWork)} with the leads the package brings. */
    public synchronized Plan importChanges(String label, List<Change> changes, Beside beside, String origin,
                                           Database.SqlWork<?> alsoInTransaction) {
        // one change-log line per plan version the package adds or changes (a township office receiving them)
        List<PlanImport.VersionLine> versionLines = List.of();
        if (beside.versions() != null) {
            cn.yanggu.workbench.app.versions.VersionText words = new cn.yanggu.workbench.app.versions.VersionText(t);
            versionLines = PlanImport.versionLines(plan, plan.withVersions(beside.versions()),
                    (p, v) -> words.summary(p, v, false));
        }
        PackageImport command = new PackageImport(label, changes, db.read(beside::before), beside,
                alsoInTransaction, versionLines);
        if (changes.isEmpty() && beside.isEmpty()) {
            // nothing of the plan changes: the package's own work is written, but there is no step to undo
            command.check(state());
            write(command, null, origin, versions);
        } else {
            run(command, origin);
        }
        return plan;
    }

    /** The user this editor records in the audit log. */
    public String userName() {
        return user;
    }

    /**
     * What an import did: plan records created, updated and deleted; leads, map links (nodes) and plan versions that
     * differ from before (added, changed or removed).
     */
    public record ImportResult(long created, long updated, long deleted, long leads, long links, long versions) {
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
