package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.grading.GradingService;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.store.AdmissionRepository;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.LockRepository;
import cn.yanggu.workbench.store.PlanRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of change runs through the editor as one command: applying it changes the database's content, undoing it
 * puts the content back exactly (same hash), redoing it gives the same content as applying it; each is audited in
 * its own batch, and the state in memory is what the database holds (no re-reading after a write).
 */
class CommandsTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private Editor editor;

    /** The engine these tests run on; {@link CommandsOnServerTest} runs them all on PostgreSQL. */
    cn.yanggu.workbench.store.Dialect engine() {
        return cn.yanggu.workbench.store.Dialect.SQLITE;
    }

    @BeforeEach
    void open() {
        wb = cn.yanggu.workbench.TestEngines.seeded(engine(), dir);
        editor = wb.editor();
    }

    @AfterEach
    void close() {
        if (wb != null) {  // null when the engine is not there (no test server): the test was skipped
            wb.close();
        }
    }

    private String hash() {
        return wb.database().read(ContentHash::of);
    }

    /** The editor's state in memory is the database's. */
    private void memoryIsTheDatabase() {
        Plan stored = wb.database().read(PlanRepository::loadAll);
        List<cn.yanggu.workbench.domain.PlanRecord> a = stored.records();
        List<cn.yanggu.workbench.domain.PlanRecord> b = editor.plan().records();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), "record " + i);
        }
        assertEquals(wb.database().read(PlanRepository::loadAll), editor.plan(), "plan in memory");
        assertEquals(wb.database().read(LockRepository::all), editor.locks(), "locks in memory");
        assertEquals(wb.database().read(AdmissionRepository::all), editor.admissionChecks(), "checks in memory");
    }

    /** Applies {@code change}; checks undo and redo restore the content hash, and the audit batch of each step. */
    private void roundTrip(String what, Runnable change) {
        String before = hash();
        int audit = editor.audit().size();
        change.run();
        String after = hash();
        assertNotEquals(before, after, what + " changes the content");
        List<AuditEntry> added = editor.audit().subList(0, editor.audit().size() - audit);
        assertTrue(!added.isEmpty(), what + " is audited");
        assertEquals(1, added.stream().map(AuditEntry::batch).distinct().count(), what + ": one batch");
        memoryIsTheDatabase();
        assertTrue(editor.undoLabel().isPresent(), what + " is on the undo stack");

        editor.undo();
        assertEquals(before, hash(), what + ": undo restores the content");
        memoryIsTheDatabase();
        editor.redo();
        assertEquals(after, hash(), what + ": redo gives the content after it again");
        memoryIsTheDatabase();
        editor.undo();
        assertEquals(before, hash(), what + ": undone again");
        memoryIsTheDatabase();
    }

    private Indicator tax() {
        return TestPlans.indicator(editor.plan(), "亩均税收");
    }

    @Test
    void recordCreateUpdateAndDeleteAreUndoneExactly() {
        Zone z = new Zone("user-zone-1", "新园区", Enums.ZoneKind.INDUSTRIAL, 1.0, null, null, null, null, "用户录入",
                null);
        roundTrip("create", () -> editor.apply(Edit.of("新增", Change.create(z))));
        Indicator tax = tax();
        roundTrip("update", () -> editor.apply(Edit.of("2023", Change.update(tax,
                EditorTest.withValue(tax, 2023, 5.6)))));
        Chain copper = editor.plan().chain("copper").orElseThrow();
        roundTrip("delete", () -> editor.apply(editor.deletion(copper, "删除铜产业链")));
    }

    @Test
    void aPastedBlockIsOneStep() {
        List<Change> block = new ArrayList<>();
        int k = 0;
        for (Indicator i : editor.plan().indicators().subList(0, 3)) {
            block.add(Change.update(i, EditorTest.withValue(i, 2023, 10 + k++)));
        }
        roundTrip("pasted block", () -> editor.apply(new Edit("粘贴", block)));
    }

    private String enterprise(int i) {
        return editor.plan().enterprises().get(i).code();
    }

    @Test
    void gradingFiguresAndMethodsAreCommands() {
        GradingService grading = wb.grading();
        roundTrip("grading figure", () -> grading.set(2023, List.of(new GradingService.CellEdit(enterprise(0),
                EnterpriseYear.Figure.LAND, 80.0, null))));
        grading.set(2023, List.of(new GradingService.CellEdit(enterprise(0), EnterpriseYear.Figure.LAND, 80.0, null)));
        roundTrip("grading figure changed and cleared", () -> grading.set(2023, List.of(
                new GradingService.CellEdit(enterprise(0), EnterpriseYear.Figure.LAND, null, null),
                new GradingService.CellEdit(enterprise(1), EnterpriseYear.Figure.TAX, 12.5, null))));
        GradingMethod d = GradingMethod.defaultMethod();
        GradingMethod m2024 = new GradingMethod(2024, d.weights(), d.normalisation(), d.cutoffMode(), d.cutoffs(),
                "试行", false);
        roundTrip("grading method", () -> grading.saveMethod(m2024));
        grading.saveMethod(m2024);
        GradingMethod changed = new GradingMethod(2024, d.weights(), d.normalisation(), d.cutoffMode(),
                List.of(10.0, 40.0, 40.0), "修订", false);
        roundTrip("grading method changed", () -> grading.saveMethod(changed));
        roundTrip("grading method removed", () -> grading.deleteMethod(2024));
    }

    @Test
    void reportTextsAndTheIssuerAreCommands() {
        roundTrip("report text", () -> wb.narratives().save(2023, ReportKind.MIDTERM,
                Map.of(Narrative.PROBLEMS, "亩均税收增长偏慢。")));
        wb.narratives().save(2023, ReportKind.MIDTERM, Map.of(Narrative.PROBLEMS, "亩均税收增长偏慢。"));
        roundTrip("report text changed and cleared", () -> wb.narratives().save(2023, ReportKind.MIDTERM,
                Map.of(Narrative.PROBLEMS, "", Narrative.NEXT_STEPS, "加快低效用地再开发。")));
        roundTrip("issuer", () -> wb.narratives().setIssuer("阳谷经济开发区管委会经济发展局"));
    }

    @Test
    void aSavedAdmissionCheckIsACommandWhoseInverseDeletesIt() {
        Admission.Proposal proposal = new Admission.Proposal(10, 3000, 300, 6667, 5000, 2000);
        String code = editor.plan().projects().get(0).code();
        roundTrip("admission check", () -> editor.saveAdmissionCheck(code, null, 2024, proposal, 10, "mu"));
        Project newcomer = new Project("user-project-9", "新入园项目", null, null, null,
                editor.plan().projects().get(0).kind(), null, null, null, null, List.of(), List.of(), "用户录入", null);
        roundTrip("admission check with a new project", () -> editor.saveAdmissionCheck(null, newcomer, 2024,
                proposal, 10, "mu"));
    }

    @Test
    void aLockIsACommand() {
        roundTrip("lock", () -> editor.lockYear(2023, "定稿"));
        editor.lockYear(2023, "定稿");
        roundTrip("unlock", () -> editor.unlockYear(2023, "更正"));
    }

    @Test
    void aPackageAndAPlanImportAreOneStepEach() {
        Indicator tax = tax();
        Zone z = new Zone("user-zone-2", "东扩区", Enums.ZoneKind.INDUSTRIAL, 2.0, null, null, null, null, "交换包",
                null);
        roundTrip("package", () -> editor.importChanges("package: 十五里园镇", List.of(
                Change.update(tax, EditorTest.withValue(tax, 2022, 4.9)), Change.create(z)),
                "package: 十五里园镇", c -> null));
        Plan incoming = Plans.apply(Plans.apply(editor.plan(), Change.update(tax,
                EditorTest.withValue(tax, 2024, 7.0))), Change.create(z));
        roundTrip("plan import", () -> editor.importPlan(incoming, "plan.json"));
    }

    @Test
    void undoAcrossALockIsRefusedWithTheYearAndTheStackBelowStillUndoes() {
        Indicator tax = tax();
        editor.apply(Edit.of("2022", Change.update(tax, EditorTest.withValue(tax, 2022, 5.0))));
        String below = hash();
        wb.grading().set(2023, List.of(new GradingService.CellEdit(enterprise(0), EnterpriseYear.Figure.LAND, 80.0,
                null)));
        String locked = hash();
        new Editor(wb.database(), "other", java.time.Clock.systemUTC()).lockYear(2023, "定稿");
        editor.refresh();
        locked = hash();
        UndoRefused refused = assertThrows(UndoRefused.class, () -> editor.undo());
        assertEquals(List.of(2023), refused.lockedYears());
        assertTrue(refused.dropped());
        assertEquals(locked, hash(), "a refused undo writes nothing");
        assertEquals("2022", editor.undoLabel().orElseThrow());
        editor.undo();
        assertTrue(tax().value(Enums.ValueKind.ACTUAL, 2022).isEmpty());
        assertNotEquals(below, hash());
    }

    @Test
    void aFailingCommandWritesNothingNotEvenItsAuditEntries() {
        String before = hash();
        int audit = editor.audit().size();
        Zone z = new Zone("user-zone-3", "失败区", Enums.ZoneKind.INDUSTRIAL, 1.0, null, null, null, null, "测试", null);
        Command failing = new Command() {
            @Override
            public String label() {
                return "fails";
            }

            @Override
            public Command write(Writer w) {
                Change c = Change.create(z);
                w.records(List.of(c), null);
                throw new IllegalStateException("disk full");
            }

            @Override
            public Editor.State applied(Editor.State state) {
                return state;
            }

            @Override
            public Command inverse() {
                return this;
            }

            @Override
            public Changed changed() {
                return Changed.EVERYTHING;
            }
        };
        assertThrows(IllegalStateException.class, () -> editor.run(failing));
        assertEquals(before, hash());
        assertEquals(audit, editor.audit().size());
        assertTrue(editor.undoLabel().isEmpty());
        memoryIsTheDatabase();
    }

    @Test
    void aWriteSaysWhatItChanged() {
        Indicator tax = tax();
        editor.apply(Edit.of("2023", Change.update(tax, EditorTest.withValue(tax, 2023, 5.6))));
        assertEquals(Set.of(tax.code()), editor.lastChanged().codes());
        assertTrue(editor.lastChanged().touches(cn.yanggu.workbench.domain.EntityKind.INDICATOR));
        assertTrue(!editor.lastChanged().touches(cn.yanggu.workbench.domain.EntityKind.PROJECT));
        editor.lockYear(2022, "定稿");
        assertTrue(editor.lastChanged().touches(Changed.Part.LOCKS));
        editor.refresh();
        assertTrue(editor.lastChanged().everything());
        assertEquals(Set.of(2022), editor.locks().stream().map(l -> l.year()).collect(Collectors.toSet()));
    }
}
