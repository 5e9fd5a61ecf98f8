package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private Editor editor;

    @BeforeEach
    void open() {
        wb = TestPlans.seeded(dir);
        editor = wb.editor();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Zone east() {
        return editor.plan().zone("east").orElseThrow();
    }

    private static Zone withArea(Zone z, Double area) {
        return new Zone(z.code(), z.name(), z.kind(), area, z.east(), z.west(), z.south(), z.north(), z.source(),
                z.note());
    }

    private static Zone withName(Zone z, String name) {
        return new Zone(z.code(), name, z.kind(), z.areaKm2(), z.east(), z.west(), z.south(), z.north(), z.source(),
                z.note());
    }

    @Test
    void anEditIsSavedAuditedUndoneAndRedone() {
        Zone before = east();
        editor.apply(Edit.of("面积", Change.update(before, withArea(before, 12.5))));
        assertEquals(12.5, east().areaKm2());
        AuditEntry last = editor.audit().get(0);
        assertEquals("update", last.action());
        assertEquals("zone", last.entity());
        assertEquals("east", last.code());
        assertEquals("areaKm2", last.field());
        assertEquals("11.96", last.oldValue());
        assertEquals("12.5", last.newValue());
        assertEquals(System.getProperty("user.name"), last.user());
        assertEquals("面积", editor.undoLabel().orElseThrow());

        editor.undo();
        assertEquals(11.96, east().areaKm2());
        assertEquals("undo", editor.audit().get(0).action());
        editor.redo();
        assertEquals(12.5, east().areaKm2());
        assertEquals("redo", editor.audit().get(0).action());
    }

    @Test
    void editsSurviveARestart() {
        Zone before = east();
        editor.apply(Edit.of("面积", Change.update(before, withArea(before, 12.0))));
        wb.close();
        wb = TestPlans.seeded(dir);
        editor = wb.editor();
        assertEquals(12.0, east().areaKm2());
    }

    @Test
    void deletingAChainDetachesItsProjectsAndUndoPutsEverythingBack() {
        Plan original = editor.plan();
        Chain copper = original.chain("copper").orElseThrow();
        List<cn.yanggu.workbench.domain.PlanRecord> dependents = editor.dependents(copper);
        assertTrue(dependents.stream().filter(d -> d instanceof Project).count() >= 4);
        editor.apply(editor.deletion(copper, "删除铜产业链"));
        Plan after = editor.plan();
        assertTrue(after.chain("copper").isEmpty());
        assertTrue(after.projects().stream().noneMatch(p -> "copper".equals(p.chainCode())));
        assertEquals(original.projects().size(), after.projects().size(), "projects are kept, only detached");
        editor.undo();
        assertEquals(original, editor.plan(), "chain, its place in the list and its projects are all restored");
    }

    @Test
    void aDeleteThatWouldLeaveAReferenceIsRefused() {
        Chain copper = editor.plan().chain("copper").orElseThrow();
        EditRejected e = assertThrows(EditRejected.class, () -> editor.apply(Edit.of("x", Change.delete(copper))));
        assertTrue(e.problems().stream().allMatch(p -> p.problem().kind() == Problem.Kind.UNKNOWN_REFERENCE));
        assertTrue(editor.plan().chain("copper").isPresent());
    }

    // one test per class of bad input: nothing invalid is written, and the audit log does not move

    private void assertRefused(Problem.Kind kind, UnaryOperator<Zone> bad) {
        Plan before = editor.plan();
        int audit = editor.audit().size();
        EditRejected e = assertThrows(EditRejected.class,
                () -> editor.apply(Edit.of("bad", Change.update(east(), bad.apply(east())))));
        assertEquals(kind, e.problems().get(0).problem().kind(), e.problems().toString());
        assertEquals(before, editor.plan());
        assertEquals(before, wb.loadPlan(), "the database is unchanged");
        assertEquals(audit, editor.audit().size());
    }

    @Test
    void emptyNameIsRefused() {
        assertRefused(Problem.Kind.REQUIRED, z -> withName(z, "  "));
    }

    @Test
    void duplicateNameIsRefused() {
        assertRefused(Problem.Kind.DUPLICATE, z -> withName(z, "西部工业集中区"));
    }

    @Test
    void negativeAreaIsRefused() {
        assertRefused(Problem.Kind.NEGATIVE, z -> withArea(z, -1.0));
    }

    @Test
    void overLongTextIsRefused() {
        assertRefused(Problem.Kind.TOO_LONG, z -> withName(z, "园".repeat(101)));
    }

    @Test
    void percentagesOverAHundredAndYearsOutOfRangeAreRefused() {
        Indicator share = TestPlans.indicator(editor.plan(), "产业集聚度");
        EditRejected over = assertThrows(EditRejected.class, () -> editor.apply(Edit.of("x",
                Change.update(share, withValue(share, 2023, 120)))));
        assertEquals(Problem.Kind.OVER_100_PERCENT, over.problems().get(0).problem().kind());
        EditRejected year = assertThrows(EditRejected.class, () -> editor.apply(Edit.of("x",
                Change.update(share, withValue(share, 2061, 85)))));
        assertEquals(Problem.Kind.YEAR_OUT_OF_RANGE, year.problems().get(0).problem().kind());
        Project p = editor.plan().projects().get(0);
        Project badYears = new Project(p.code(), p.name(), p.chainCode(), p.zoneCode(), p.enterpriseCode(), p.kind(),
                p.stage(), p.investmentWan(), 2024, 2022, p.listings(), p.mentions(), p.source(), p.note());
        EditRejected order = assertThrows(EditRejected.class, () -> editor.apply(Edit.of("x",
                Change.update(p, badYears))));
        assertEquals(Problem.Kind.YEAR_ORDER, order.problems().get(0).problem().kind());
    }

    static Indicator withValue(Indicator i, int year, double value) {
        List<YearValue> values = new ArrayList<>(i.values());
        values.add(new YearValue(year, Enums.ValueKind.ACTUAL, value, Enums.Comparator.EQ, Enums.Vintage.FINAL, null,
                "统计年报", "2024-03-01", null));
        return new Indicator(i.code(), i.name(), i.category(), i.unit(), i.direction(), i.attribute(),
                i.growthKind(), i.statedRate(), i.table(), i.row(), i.chainCode(), i.source(), i.note(), values);
    }

    @Test
    void aLockedYearCannotBeEditedUntilUnlockedAndBothAreRecorded() {
        editor.lockYear(2023, "2023年统计年报定稿");
        Indicator tax = TestPlans.indicator(editor.plan(), "亩均税收");
        EditRejected e = assertThrows(EditRejected.class,
                () -> editor.apply(Edit.of("x", Change.update(tax, withValue(tax, 2023, 5.1)))));
        assertEquals(Problem.Kind.LOCKED_YEAR, e.problems().get(0).problem().kind());
        // another year is still open
        editor.apply(Edit.of("2022", Change.update(tax, withValue(tax, 2022, 5.0))));
        editor.unlockYear(2023, "更正");
        Indicator now = TestPlans.indicator(editor.plan(), "亩均税收");
        editor.apply(Edit.of("2023", Change.update(now, withValue(now, 2023, 5.1))));
        List<String> actions = editor.audit().stream().map(AuditEntry::action).toList();
        assertTrue(actions.contains("lock") && actions.contains("unlock"), actions.toString());
        AuditEntry valueEntry = editor.audit().get(0);
        assertEquals("values[2023 actual final]", valueEntry.field());
        assertNull(valueEntry.oldValue());
        assertTrue(valueEntry.newValue().startsWith("5.1"));
    }

    private double actual(int year) {
        return TestPlans.indicator(editor.plan(), "亩均税收").value(Enums.ValueKind.ACTUAL, year).orElseThrow().value();
    }

    @Test
    void anUndoIntoALockedYearIsRefusedAndTakenOffSoTheStepsBelowStillUndo() {
        Indicator tax = TestPlans.indicator(editor.plan(), "亩均税收");
        editor.apply(Edit.of("2022", Change.update(tax, withValue(tax, 2022, 5.0))));
        Indicator after2022 = TestPlans.indicator(editor.plan(), "亩均税收");
        editor.apply(Edit.of("2023", Change.update(after2022, withValue(after2022, 2023, 5.6))));
        lockedElsewhere(2023);

        UndoRefused refused = assertThrows(UndoRefused.class, () -> editor.undo());
        assertEquals(List.of(2023), refused.lockedYears());
        assertEquals("2023", refused.label());
        assertEquals(5.6, actual(2023), "the locked year keeps its value");
        assertEquals("2022", editor.undoLabel().orElseThrow(), "the refused step is off the stack");

        // the step below is on the same indicator: only its own year is put back, the locked one is not touched
        editor.undo();
        assertTrue(TestPlans.indicator(editor.plan(), "亩均税收").value(Enums.ValueKind.ACTUAL, 2022).isEmpty());
        assertEquals(5.6, actual(2023));
        assertEquals("2022", editor.redoLabel().orElseThrow());
        assertTrue(editor.undoLabel().isEmpty());
    }

    @Test
    void aRedoIntoALockedYearIsRefusedAndTakenOff() {
        Indicator tax = TestPlans.indicator(editor.plan(), "亩均税收");
        editor.apply(Edit.of("2023", Change.update(tax, withValue(tax, 2023, 5.6))));
        editor.undo();
        lockedElsewhere(2023);
        UndoRefused refused = assertThrows(UndoRefused.class, () -> editor.redo());
        assertTrue(refused.redo() && refused.dropped());
        assertTrue(editor.redoLabel().isEmpty());
        assertTrue(TestPlans.indicator(editor.plan(), "亩均税收").value(Enums.ValueKind.ACTUAL, 2023).isEmpty());
    }

    /**
     * A lock this editor's stack did not see (written by another editor on the same database, then F5): with every
     * lock on the stack, this is how a step below can come to touch a locked year.
     */
    private void lockedElsewhere(int year) {
        new Editor(wb.database(), "other", java.time.Clock.systemUTC()).lockYear(year, "定稿");
        editor.refresh();
    }

    @Test
    void undoingALockUnlocksAndTheEditBelowItThenUndoes() {
        Indicator tax = TestPlans.indicator(editor.plan(), "亩均税收");
        editor.apply(Edit.of("2023", Change.update(tax, withValue(tax, 2023, 5.6))));
        editor.lockYear(2023, "定稿");
        assertEquals("定稿 2023 年", editor.undoLabel().orElseThrow());
        editor.undo();
        assertTrue(editor.lockedYears().isEmpty());
        assertEquals("undo year 2023", editor.audit().get(0).action() + " " + editor.audit().get(0).entity() + " "
                + editor.audit().get(0).code());
        editor.undo();
        assertTrue(TestPlans.indicator(editor.plan(), "亩均税收").value(Enums.ValueKind.ACTUAL, 2023).isEmpty());
        editor.redo();
        editor.redo();
        assertEquals(java.util.Set.of(2023), editor.lockedYears());
        assertEquals(5.6, actual(2023));
    }

    @Test
    void anUndoRefusedForAnotherReasonStaysOnTheStack() {
        Project p01 = editor.plan().projects().get(0);
        editor.apply(Edit.of("rename", Change.update(p01, Records.with(p01, "name", "新名称"))));
        // a project entered elsewhere (another editor on the database, then F5) takes the old name
        Project newcomer = new Project("user-project-1", p01.name(), null, null, null, p01.kind(), null, null, null,
                null, List.of(), List.of(), "用户录入", null);
        new Editor(wb.database(), "other", java.time.Clock.systemUTC()).apply(Edit.of("新增", Change.create(newcomer)));
        editor.refresh();
        UndoRefused refused = assertThrows(UndoRefused.class, () -> editor.undo());
        assertFalse(refused.dropped());
        assertEquals(Problem.Kind.DUPLICATE, refused.rejected().problems().get(0).problem().kind());
        assertEquals("rename", editor.undoLabel().orElseThrow(), "kept: once the clash is resolved it can be undone");
    }

    @Test
    void undoingACreateRemovesTheRecord() {
        Zone z = new Zone("user-zone-1", "新园区", cn.yanggu.workbench.domain.Enums.ZoneKind.INDUSTRIAL, 1.0, null,
                null, null, null, "用户录入", null);
        editor.apply(Edit.of("新增", Change.create(z)));
        assertEquals("新园区", editor.plan().zones().get(editor.plan().zones().size() - 1).name());
        editor.undo();
        assertTrue(editor.plan().zone("user-zone-1").isEmpty());
        assertEquals("create", editor.audit().get(1).action());
    }
}
