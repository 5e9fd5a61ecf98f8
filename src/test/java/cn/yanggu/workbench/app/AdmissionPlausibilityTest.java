package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Threshold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures that cannot all be true get a message under the field, not a verdict; a bound met exactly says so. */
class AdmissionPlausibilityTest {
    private final I18n zh = I18n.forLanguage("zh");

    private static List<Problem.Kind> kinds(Admission.Proposal p) {
        return Admission.implausible(p).stream().map(Problem::kind).toList();
    }

    @Test
    void tenMuWithAThousandSquareMetresIsATypingError() {
        var p = new Admission.Proposal(10, 3000, 300, 1000, 2000, 800);
        List<Problem> problems = Admission.implausible(p);
        assertEquals(List.of(Problem.Kind.IMPLAUSIBLE_LAND), problems.stream().map(Problem::kind).toList());
        assertEquals("siteM2", problems.get(0).field(), "the message stands under 用地面积");
        String text = ErrorText.problem(zh, problems.get(0));
        assertTrue(text.contains("10.00 亩") && text.contains("1,000.00 平方米") && text.contains("666.67"), text);
    }

    @Test
    void anImplausibleCheckIsNotSavedWithAProject(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (Workbench wb = cn.yanggu.workbench.TestPlans.seeded(dir)) {
            String project = wb.editor().plan().projects().get(0).code();
            int before = wb.editor().admissionChecks().size();
            EditRejected r = org.junit.jupiter.api.Assertions.assertThrows(EditRejected.class, () -> wb.editor()
                    .saveAdmissionCheck(project, null, 2025, new Admission.Proposal(10, 3000, 300, 1000, 2000, 800),
                            10, "mu"));
            assertEquals(Problem.Kind.IMPLAUSIBLE_LAND, r.problems().get(0).problem().kind());
            assertEquals(before, wb.editor().admissionChecks().size(), "nothing saved");
        }
    }

    @Test
    void landWithinOnePercentOfItsSquareMetresIsFine() {
        assertEquals(List.of(), kinds(new Admission.Proposal(10, 3000, 300, 6700, 6700, 3000)));
    }

    @Test
    void aFootprintLargerThanTheSiteAndAFloorAreaBelowTheFootprintAreRefused() {
        var p = new Admission.Proposal(1.5, 3000, 300, 1000, 1500, 2666.7);
        assertEquals(List.of(Problem.Kind.IMPLAUSIBLE_COVERAGE, Problem.Kind.IMPLAUSIBLE_FLOOR), kinds(p));
        String text = ErrorText.problem(zh, Admission.implausible(p).get(0));
        assertTrue(text.contains("266.67%") && text.contains("超过 100%"), text);
    }

    @Test
    void exactlyAtAStrictThresholdTheLineSaysSoInsteadOfPlusZero() {
        Threshold rule = new Threshold(Admission.INVESTMENT_INTENSITY, "投资强度", "万元/亩", Enums.Comparator.GT, null,
                "s", List.of(new Threshold.Version(2021, 280, "s", null)));
        var results = Admission.check(new Admission.Proposal(100, 28000, 2000, 66667, 70000, 30000), List.of(rule),
                2025);
        String line = AdmissionText.line(zh, results.get(0));
        assertTrue(line.contains("等于门槛，未达到“高于280.00 万元/亩”"), line);
        assertTrue(!line.contains("+0.00"), line);
    }
}
