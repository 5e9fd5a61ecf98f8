package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Threshold;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threshold versions through the editor, the audit log and the JSON file; admission checks saved with projects. */
class ThresholdVersionsTest {
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

    private Threshold threshold(String code) {
        return editor.plan().thresholds().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aNewStandardFromAYearIsAuditedUndoableAndUsedOnlyFromThatYear() {
        Threshold before = threshold(Admission.INVESTMENT_INTENSITY);
        Threshold after = before.withVersion(new Threshold.Version(2027, 320, "县政府 2026 年文件", "提高标准"));
        editor.apply(Edit.of("新标准", Change.update(before, after)));
        Threshold stored = threshold(Admission.INVESTMENT_INTENSITY);
        assertEquals(List.of(2021, 2027), stored.versions().stream().map(Threshold.Version::fromYear).toList());
        AuditEntry last = editor.audit().get(0);
        assertEquals("update", last.action());
        assertEquals("threshold", last.entity());
        assertEquals("versions[2027]", last.field());
        assertEquals(null, last.oldValue());
        assertEquals("320 (县政府 2026 年文件; 提高标准)", last.newValue());

        var p = new Admission.Proposal(10, 3000, 300, 6667, 8000, 3000);   // 300 万元/亩
        assertTrue(Admission.allPass(Admission.check(p, editor.plan().thresholds(), 2026)));
        assertFalse(Admission.allPass(Admission.check(p, editor.plan().thresholds(), 2027)));

        editor.undo();
        assertEquals(1, threshold(Admission.INVESTMENT_INTENSITY).versions().size());
    }

    private void assertRefused(Threshold after, Problem.Kind kind) {
        Threshold before = threshold(after.code());
        EditRejected e = assertThrows(EditRejected.class,
                () -> editor.apply(Edit.of("x", Change.update(before, after))));
        assertTrue(e.problems().stream().anyMatch(p -> p.problem().kind() == kind), e.problems().toString());
        assertEquals(before, threshold(after.code()), "nothing was saved");
    }

    @Test
    void duplicateFromYearNegativeValueAndPercentOver100AreRefused() {
        Threshold ir = threshold(Admission.INVESTMENT_INTENSITY);
        assertRefused(ir.replacingVersion(2021, new Threshold.Version(2021, -5, "s", null)), Problem.Kind.NEGATIVE);
        assertRefused(new Threshold(ir.code(), ir.name(), ir.unit(), ir.comparator(), ir.text(), ir.source(),
                List.of(ir.versions().get(0), new Threshold.Version(2021, 300, "s", null))),
                Problem.Kind.DUPLICATE_FROM_YEAR);
        assertRefused(ir.withVersion(new Threshold.Version(1999, 300, "s", null)), Problem.Kind.YEAR_OUT_OF_RANGE);
        assertRefused(ir.withoutVersion(2021), Problem.Kind.REQUIRED);
        Threshold bc = threshold(Admission.BUILDING_COVERAGE);
        assertRefused(bc.withVersion(new Threshold.Version(2026, 120, "s", null)), Problem.Kind.OVER_100_PERCENT);
    }

    @Test
    void versionsSurviveExportAndImport() throws Exception {
        Threshold before = threshold(Admission.PLOT_RATIO);
        editor.apply(Edit.of("新标准", Change.update(before,
                before.withVersion(new Threshold.Version(2028, 1.2, "s", "n")))));
        Path file = dir.resolve("v.json");
        wb.exportJson(file, "test");
        try (Workbench fresh = Workbench.open(dir.resolve("fresh.db"))) {
            fresh.importJson(file);
            assertEquals(editor.plan().thresholds(), fresh.loadPlan().thresholds());
        }
        var node = new ObjectMapper().readTree(file.toFile()).get("thresholds").get(2);
        assertEquals("plot-ratio", node.get("code").asText());
        assertEquals(2025, node.get("versions").get(0).get("fromYear").asInt());
        assertEquals(1.2, node.get("versions").get(1).get("value").asDouble());
        assertFalse(node.has("value"), "the value lives in the versions");
    }

    @Test
    void aFileFromBeforeVersionsIsReadAsOneVersionWithTheInferenceNoted() throws Exception {
        ObjectMapper m = new ObjectMapper();
        Path file = dir.resolve("old.json");
        wb.exportJson(file, "test");
        ObjectNode root = (ObjectNode) m.readTree(file.toFile());
        ArrayNode thresholds = (ArrayNode) root.get("thresholds");
        for (int i = 0; i < thresholds.size(); i++) {
            ObjectNode t = (ObjectNode) thresholds.get(i);
            t.put("value", t.get("versions").get(0).get("value").asDouble());
            if (i < 2) {
                t.putNull("appliesFrom");
            } else {
                t.put("appliesFrom", 2025);
            }
            t.remove("versions");
        }
        Plan plan = new PlanJson().read(new ByteArrayInputStream(m.writeValueAsBytes(root)));
        Threshold ir = plan.thresholds().get(0);
        assertEquals(1, ir.versions().size());
        assertEquals(2021, ir.versions().get(0).fromYear());
        assertEquals(280.0, ir.versions().get(0).value());
        assertTrue(ir.versions().get(0).note().contains("推定"));
        assertEquals(2025, plan.thresholds().get(2).versions().get(0).fromYear());
        assertEquals(null, plan.thresholds().get(2).versions().get(0).note());
    }

    @Test
    void aCheckIsSavedWithAProjectOrWithANewOneAndAudited() {
        var p = new Admission.Proposal(10, 2500, 300, 6667, 8000, 3000);   // 250 万元/亩: fails
        Admission.SavedCheck saved = editor.saveAdmissionCheck("P01", null, 2026, p, 10, "mu");
        assertEquals(List.of(saved), editor.admissionChecks());
        assertFalse(saved.storedAllPass());
        assertEquals(Admission.Verdict.FAIL, saved.verdicts().get(0).verdict());
        assertEquals(-30.0, saved.verdicts().get(0).margin(), 1e-9);
        AuditEntry a = editor.audit().get(0);
        assertEquals("admission-check", a.entity());
        assertEquals("P01", a.code());
        assertTrue(a.newValue().contains("投资强度 250 > 280 (2021) fail"), a.newValue());

        var created = new cn.yanggu.workbench.domain.Project("project-new1", "拟入园项目甲", null, null, null,
                cn.yanggu.workbench.domain.Enums.ProjectKind.PROJECT, cn.yanggu.workbench.domain.Enums.ProjectStage.RESERVE,
                2500.0, null, null, List.of(), List.of(), "入园评审时录入", null);
        editor.saveAdmissionCheck(null, created, 2026, p, 10, "mu");
        assertTrue(editor.plan().projects().stream().anyMatch(x -> x.name().equals("拟入园项目甲")));
        assertEquals(2, editor.admissionChecks().size());

        // refused: unknown project, a project name already used, zero land; nothing is stored
        assertThrows(EditRejected.class, () -> editor.saveAdmissionCheck("NOPE", null, 2026, p, 10, "mu"));
        var dup = new cn.yanggu.workbench.domain.Project("project-new2", "拟入园项目甲", null, null, null,
                created.kind(), created.stage(), null, null, null, List.of(), List.of(), "s", null);
        assertThrows(EditRejected.class, () -> editor.saveAdmissionCheck(null, dup, 2026, p, 10, "mu"));
        assertThrows(EditRejected.class, () -> editor.saveAdmissionCheck("P01", null, 2026,
                new Admission.Proposal(0, 1, 1, 1, 1, 1), 0, "mu"));
        assertEquals(2, editor.admissionChecks().size());
    }

    @Test
    void savedChecksAreKeptAcrossARestartAndInTheExport() throws Exception {
        editor.saveAdmissionCheck("P01", null, 2025, new Admission.Proposal(10, 2500, 300, 6667, 8000, 3000), 10,
                "mu");
        Path file = dir.resolve("c.json");
        wb.exportJson(file, "test");
        var checks = new ObjectMapper().readTree(file.toFile()).get("admissionChecks");
        assertEquals(1, checks.size());
        assertEquals("P01", checks.get(0).get("project").asText());
        assertEquals("fail", checks.get(0).get("verdicts").get(0).get("verdict").asText());
        Path db = wb.databasePath();
        wb.close();
        wb = Workbench.open(db);
        editor = wb.editor();
        assertEquals(1, editor.admissionChecks().size());
        assertEquals(2025, editor.admissionChecks().get(0).year());
        assertTrue(Files.exists(db));
    }
}
