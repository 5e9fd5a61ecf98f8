package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.UndoRefused;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearLock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The open database as the views see it: the current plan snapshot and the undo/redo state as JavaFX properties,
 * and every write (edit, undo, redo, lock) run in the background, the views updated when it is done.
 */
public final class Session {
    /** What the views show after each write, and what the write changed (so a view can keep what it shows). */
    public record Snapshot(Plan plan, Optional<String> undo, Optional<String> redo, List<YearLock> locks,
                           List<Admission.SavedCheck> admissionChecks, Changed changed) {
        public Snapshot {
            admissionChecks = List.copyOf(admissionChecks);
        }

        public Snapshot(Plan plan, Optional<String> undo, Optional<String> redo, List<YearLock> locks,
                        List<Admission.SavedCheck> admissionChecks) {
            this(plan, undo, redo, locks, admissionChecks, Changed.EVERYTHING);
        }

        public Snapshot(Plan plan, Optional<String> undo, Optional<String> redo, List<YearLock> locks) {
            this(plan, undo, redo, locks, List.of());
        }
    }

    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    /** The status tolerance (relative, 0.05 = ±5 % of the planned path), a user setting. */
    private final javafx.beans.property.DoubleProperty tolerance =
            new javafx.beans.property.SimpleDoubleProperty(cn.yanggu.workbench.domain.Assessment.DEFAULT_TOLERANCE);
    private Workbench workbench;
    /** What the connected user may do (管理员 until a database is open; set before its first snapshot). */
    private final ReadOnlyObjectWrapper<cn.yanggu.workbench.app.Role> role =
            new ReadOnlyObjectWrapper<>(cn.yanggu.workbench.app.Role.ADMIN);

    /** Asks about writes that may be run again (重试, 用我的值覆盖); without it they are only told ({@code errors}). */
    private WriteFaults faults;

    public Session(TaskRunner runner, Consumer<Throwable> errors) {
        this.runner = runner;
        this.errors = errors;
    }

    /** The window's questions about a write the server did not take (connection faults, conflicts). */
    public void askAboutFaults(WriteFaults f) {
        this.faults = f;
    }

    /** Called once the database is open (on the JavaFX thread) with the first snapshot. */
    public void attach(Workbench wb, Snapshot first) {
        this.workbench = wb;
        role.set(wb.role());
        snapshot.set(first);
    }

    /** Takes a snapshot; call in the background. */
    public static Snapshot snapshotOf(Editor e) {
        return new Snapshot(e.plan(), e.undoLabel(), e.redoLabel(), e.locks(), e.admissionChecks(), e.lastChanged());
    }

    /** The connected user's role: views hide or disable what it may not do (the server refuses it anyway). */
    public ReadOnlyObjectProperty<cn.yanggu.workbench.app.Role> role() {
        return role.getReadOnlyProperty();
    }

    /** True while the connected user may not edit (只读): bind edit controls' {@code disable} to it. */
    public javafx.beans.binding.BooleanBinding readOnly() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> !role.get().mayEdit(), role);
    }

    /** True while the connected user may not lock years, change standards, restore or approve (not 管理员). */
    public javafx.beans.binding.BooleanBinding notAdministrator() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> !role.get().mayAdminister(), role);
    }

    public ReadOnlyObjectProperty<Snapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    public javafx.beans.property.DoubleProperty tolerance() {
        return tolerance;
    }

    public TaskRunner runner() {
        return runner;
    }

    public Plan plan() {
        return snapshot.get() == null ? null : snapshot.get().plan();
    }

    /** The reports' narrative sections (null before the database is open); call its methods in the background. */
    public cn.yanggu.workbench.app.reports.Narratives narratives() {
        return workbench == null ? null : workbench.narratives();
    }

    /** 产业链图谱 (null before the database is open); call its methods in the background. */
    public cn.yanggu.workbench.app.chainmap.ChainMaps chainMaps() {
        return workbench == null ? null : workbench.chainMaps();
    }

    /** 招商项目库 (null before the database is open); call its methods in the background. */
    public cn.yanggu.workbench.app.leads.Leads leads() {
        return workbench == null ? null : workbench.leads();
    }

    public boolean isOpen() {
        return workbench != null;
    }

    /** Applies an edit in the background; a refused edit goes to {@code rejected}, nothing is written. */
    public void apply(Edit edit, Consumer<EditRejected> rejected) {
        apply(edit, rejected, () -> { });
    }

    /** {@link #apply(Edit, Consumer)}, then {@code finished} on the FX thread however it ended (after the views). */
    public void apply(Edit edit, Consumer<EditRejected> rejected, Runnable finished) {
        applying(edit, false, rejected, finished, () -> { });
    }

    /**
     * {@link #apply(Edit, Consumer, Runnable)}; {@code unsaved} runs when the server was away and the user chose
     * 取消 over 重试 (nothing written; the view keeps what was typed).
     */
    public void apply(Edit edit, Consumer<EditRejected> rejected, Runnable finished, Runnable unsaved) {
        applying(edit, false, rejected, finished, unsaved);
    }

    /**
     * Writes {@code edit} ({@code mine}: again on the other's version, {@link Editor#applyMine}). A connection fault
     * offers to run the same again (重试); a conflict offers to apply it on their version (用我的值覆盖).
     */
    private void applying(Edit edit, boolean mine, Consumer<EditRejected> rejected, Runnable finished,
                          Runnable unsaved) {
        if (workbench == null) {
            finished.run();
            return;
        }
        Workbench wb = workbench;
        runner.run("write", () -> {
            if (mine) {
                wb.editor().applyMine(edit);
            } else {
                wb.editor().apply(edit);
            }
            return snapshotOf(wb.editor());
        }, s -> {
            snapshot.set(s);
            finished.run();
        }, e -> {
            finished.run();
            if (e instanceof EditRejected r) {
                rejected.accept(r);
            } else if (e instanceof cn.yanggu.workbench.app.EditConflict c && faults != null && workbench == wb) {
                // one question per refused step; a record the other deleted is only told (nothing to write it on)
                snapshot.set(snapshotOf(wb.editor()));
                faults.conflict(c, () -> applying(edit, true, rejected, finished, unsaved));
            } else {
                failed(e, () -> applying(edit, mine, rejected, finished, unsaved), unsaved);
            }
        });
    }

    /**
     * Writes in the background the edit {@code build} makes of the plan as the database has it when the step is
     * written (null: nothing to write) — for cells typed one after another faster than the views are redrawn. Like
     * {@link #apply}: a connection fault offers 重试 (which builds it again), a conflict offers 用我的值覆盖 (the refused
     * edit written again on the other's version, one step to undo) or 保留对方的值 (nothing written, the views show
     * theirs; {@code done} and {@code failed} are not called). {@code done} gets the edit written, {@code failed} any
     * other failure (a connection fault only after 取消).
     */
    public void applyBuilt(String name, java.util.function.Function<Plan, Edit> build, Consumer<Edit> done,
                           Consumer<Throwable> failed) {
        writingEdit(name, build, false, done, failed);
    }

    private void writingEdit(String name, java.util.function.Function<Plan, Edit> build, boolean mine,
                             Consumer<Edit> done, Consumer<Throwable> failed) {
        java.util.concurrent.atomic.AtomicReference<Edit> built = new java.util.concurrent.atomic.AtomicReference<>();
        Workbench opened = workbench;
        writeWith(name, wb -> {
            Editor editor = wb.editor();
            Edit edit = build.apply(editor.plan());
            built.set(edit);
            if (edit != null) {
                if (mine) {
                    editor.applyMine(edit);
                } else {
                    editor.apply(edit);
                }
            }
            return edit;
        }, done, e -> {
            Edit refused = built.get();
            if (e instanceof cn.yanggu.workbench.app.EditConflict c && refused != null && faults != null
                    && workbench == opened) {
                snapshot.set(snapshotOf(opened.editor()));
                faults.conflict(c, () -> writingEdit(name, p -> refused, true, done, failed));
            } else {
                failed.accept(e);
            }
        });
    }

    /**
     * Undoes the last edit in the background. A refused undo (e.g. into a locked year) changes no data, but may take the
     * step off the stack: the views get the new undo state, then {@code refused} is told why. One refused because
     * somebody changed the record since is taken off the stack and said as such (the issue: undo "refuses one that
     * somebody changed since"); the views show their value.
     */
    public void undo(Consumer<UndoRefused> refused) {
        step(false, refused);
    }

    /** Redoes the last undone edit in the background; refused like {@link #undo}. */
    public void redo(Consumer<UndoRefused> refused) {
        step(true, refused);
    }

    /** What a 撤销 / 重做 came to: the views' state after it, and why it was refused, if it was. */
    private record Stepped(Snapshot snapshot, Optional<UndoRefused> refused, String label,
                           Optional<cn.yanggu.workbench.app.EditConflict> changedSince) {
    }

    private void step(boolean redo, Consumer<UndoRefused> refused) {
        if (workbench == null) {
            return;
        }
        Workbench wb = workbench;
        runner.run("write", () -> {
            Editor editor = wb.editor();
            String label = (redo ? editor.redoLabel() : editor.undoLabel()).orElse("");
            try {
                if (redo) {
                    editor.redo();
                } else {
                    editor.undo();
                }
                return new Stepped(snapshotOf(editor), Optional.empty(), label, Optional.empty());
            } catch (UndoRefused r) {
                return new Stepped(snapshotOf(editor), Optional.of(r), label, Optional.empty());
            } catch (cn.yanggu.workbench.app.EditConflict c) {
                return new Stepped(snapshotOf(editor), Optional.empty(), label, Optional.of(c));
            }
        }, r -> {
            snapshot.set(r.snapshot());
            r.refused().ifPresent(refused);
            r.changedSince().ifPresent(c -> {
                if (faults != null) {
                    faults.stepRefused(c, r.label(), redo);
                } else {
                    errors.accept(c);
                }
            });
        }, e -> failed(e, () -> step(redo, refused), () -> { }));
    }

    public void lockYear(int year, String reason, Consumer<EditRejected> rejected) {
        write(() -> {
            workbench.editor().lockYear(year, reason);
            return null;
        }, rejected);
    }

    public void unlockYear(int year, String reason) {
        write(() -> {
            workbench.editor().unlockYear(year, reason);
            return null;
        }, this::unexpected);
    }

    /**
     * Imports a filled actuals template in the background, all or nothing; the views are updated when it is done.
     * A refused file ({@link cn.yanggu.workbench.app.excel.XlsxRejected}, every bad cell) goes to {@code failed}, and
     * so does one with values to check ({@link cn.yanggu.workbench.app.excel.XlsxWarnings}) unless
     * {@code acceptWarnings}.
     */
    public void importActualsXlsx(java.nio.file.Path file, cn.yanggu.workbench.app.I18n t, boolean acceptWarnings,
                                  Consumer<cn.yanggu.workbench.app.excel.ActualsImport.Result> done,
                                  Consumer<Throwable> failed) {
        writeWith("xlsx-import", wb -> wb.importActualsXlsx(file, t, acceptWarnings), done, failed);
    }

    /** Writes the actuals template of {@code year} in the background. */
    public void writeActualsTemplate(java.nio.file.Path file, cn.yanggu.workbench.app.I18n t, int year,
                                     cn.yanggu.workbench.domain.Enums.Vintage vintage,
                                     Consumer<java.nio.file.Path> done, Consumer<Throwable> failed) {
        withWorkbench("xlsx-template", wb -> {
            wb.xlsx().template(file, t, year, vintage);
            return file;
        }, done, failed);
    }

    /** Writes the whole plan as one xlsx workbook in the background. */
    public void exportXlsx(java.nio.file.Path file, cn.yanggu.workbench.app.I18n t, String appVersion,
                           java.time.ZoneId zone, Consumer<java.nio.file.Path> done, Consumer<Throwable> failed) {
        withWorkbench("xlsx-export", wb -> {
            wb.xlsx().export(file, t, appVersion, zone);
            return file;
        }, done, failed);
    }

    /** The admission checks saved with projects, as of the last snapshot (oldest first). */
    public List<Admission.SavedCheck> admissionChecks() {
        return snapshot.get() == null ? List.of() : snapshot.get().admissionChecks();
    }

    /**
     * Saves an admission check with a project (or with {@code newProject}, created with it) in the background;
     * the views are refreshed when it is stored, {@code saved} is told, a refused check goes to {@code rejected}.
     */
    public void saveAdmissionCheck(String projectCode, Project newProject, int year, Admission.Proposal proposal,
                                   double landEntered, String landUnit, Consumer<Admission.SavedCheck> saved,
                                   Consumer<EditRejected> rejected) {
        writeWith("write", wb -> wb.editor().saveAdmissionCheck(projectCode, newProject, year, proposal, landEntered,
                landUnit), saved, e -> {
                    if (e instanceof EditRejected r) {
                        rejected.accept(r);
                    } else {
                        failed(e);
                    }
                });
    }

    /**
     * Reads the audit log in the background and words it there with {@code words} (given the plan, whose names the
     * log's codes stand for); {@code done} gets the result on the FX thread.
     */
    public <T> void audit(java.util.function.BiFunction<Plan, List<AuditEntry>, T> words, Consumer<T> done) {
        if (workbench != null) {
            Editor editor = workbench.editor();
            runner.run("audit", () -> words.apply(editor.plan(), editor.audit()), done, errors);
        }
    }

    /** Work with the open database that may throw (an export, reading a package). */
    @FunctionalInterface
    public interface WorkbenchWork<T> {
        T apply(Workbench wb) throws Exception;
    }

    /** Runs work that only reads (or writes files) in the background; {@code done} or {@code failed} on the FX thread. */
    public <T> void withWorkbench(String name, WorkbenchWork<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (workbench == null) {
            failed.accept(new cn.yanggu.workbench.app.NotOpen());
            return;
        }
        Workbench wb = workbench;
        runner.run(name, () -> work.apply(wb), done, failed);
    }

    /**
     * A task runner whose work is a write through this session: the views (and 撤销's label) get the state after it.
     * For view models that take a {@link TaskRunner} and write (report texts, the 落款).
     */
    public TaskRunner writes() {
        return new TaskRunner() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                writeWith(name, wb -> work.call(), onDone, onError);
            }

            @Override
            public javafx.beans.property.ReadOnlyIntegerProperty running() {
                return runner.running();
            }

            @Override
            public void close() {
                // the session's own runner is closed with the window
            }
        };
    }

    /** Runs a write in the background; the views get the plan after it, then {@code done} gets the result. */
    public <T> void writeWith(String name, WorkbenchWork<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (workbench == null) {
            failed.accept(new cn.yanggu.workbench.app.NotOpen());
            return;
        }
        Workbench wb = workbench;
        runner.run(name, () -> {
            T result = work.apply(wb);
            return java.util.Map.entry(java.util.Optional.ofNullable(result), snapshotOf(wb.editor()));
        }, r -> {
            snapshot.set(r.getValue());
            done.accept(r.getKey().orElse(null));
        }, e -> {
            if (retryable(e)) {
                // 重试 runs the same work again; 取消 is the view's failure as before
                unreachable(e, () -> writeWith(name, work, done, failed), () -> failed.accept(e));
            } else {
                failed.accept(e);
            }
        });
    }

    private void write(Callable<?> work, Consumer<EditRejected> rejected) {
        if (workbench == null) {
            errors.accept(new cn.yanggu.workbench.app.NotOpen());
            return;
        }
        runner.run("write", () -> {
            work.call();
            return snapshotOf(workbench.editor());
        }, snapshot::set, e -> {
            if (e instanceof EditRejected r) {
                rejected.accept(r);
            } else {
                failed(e, () -> write(work, rejected), () -> { });
            }
        });
    }

    /** Whether the window is asked about {@code e} with 重试: the server was away, nothing was written. */
    private boolean retryable(Throwable e) {
        return faults != null && cn.yanggu.workbench.app.ErrorText.connectionFault(e);
    }

    /** A write that failed; one the server did not take because it was away may be run again ({@code retry}). */
    private void failed(Throwable e, Runnable retry, Runnable cancel) {
        if (retryable(e)) {
            unreachable(e, retry, cancel);
        } else {
            failed(e);
        }
    }

    /** A write the server did not take, to be run again (重试) or left unsaved (取消) with the others of its fault. */
    private record Waiting(Runnable retry, Runnable cancel) {
    }

    /** The writes the open 重试 question stands for, oldest first (null while none is open). */
    private List<Waiting> waiting;

    /**
     * Asks about a write the server did not take. Writes failing while the question is open (typing and Tab faster
     * than the server was found gone) join it: one question for the fault, 重试 runs them all again in the order they
     * were made (one background thread), 取消 leaves them all unsaved.
     */
    private void unreachable(Throwable e, Runnable retry, Runnable cancel) {
        if (waiting != null) {
            waiting.add(new Waiting(retry, cancel));
            return;
        }
        List<Waiting> these = new java.util.ArrayList<>(List.of(new Waiting(retry, cancel)));
        waiting = these;
        faults.unreachable(e, () -> {
            waiting = null;
            these.forEach(w -> w.retry().run());
        }, () -> {
            waiting = null;
            these.forEach(w -> w.cancel().run());
        });
    }

    /**
     * A write that failed: said in the window. When somebody else changed the record meanwhile (several writers on a
     * server), the editor has re-read the database: the views show their value, the message theirs and yours.
     */
    private void failed(Throwable e) {
        if (e instanceof cn.yanggu.workbench.app.EditConflict && workbench != null) {
            snapshot.set(snapshotOf(workbench.editor()));
        }
        errors.accept(e);
    }

    private void unexpected(EditRejected r) {
        errors.accept(r);
    }
}
