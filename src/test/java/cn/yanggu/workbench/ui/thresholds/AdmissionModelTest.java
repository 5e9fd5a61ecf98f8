package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 入园评审 form without a window: each refused figure is named where it was typed; complete figures are judged. */
class AdmissionModelTest {
    private static final Plan plan = TestPlans.seedPlan();
    private AdmissionModel form;

    @BeforeEach
    void open() {
        form = new AdmissionModel(I18n.forLanguage("zh"), 2026);
        form.show(plan);
    }

    private void fill(String land, String investment, String tax, String site, String floor, String footprint) {
        form.text(AdmissionModel.Field.LAND).set(land);
        form.text(AdmissionModel.Field.INVESTMENT).set(investment);
        form.text(AdmissionModel.Field.TAX).set(tax);
        form.text(AdmissionModel.Field.SITE).set(site);
        form.text(AdmissionModel.Field.FLOOR).set(floor);
        form.text(AdmissionModel.Field.FOOTPRINT).set(footprint);
    }

    @Test
    void anEmptyFormWaitsForTheFigures() {
        assertInstanceOf(AdmissionModel.Incomplete.class, form.check());
        assertTrue(form.saveRequest().isEmpty());
    }

    @Test
    void aWordInAFigureIsRefusedOnThatFieldWithItsName() {
        fill("10", "很多", "300", "6667", "8000", "3000");
        AdmissionModel.Refused r = assertInstanceOf(AdmissionModel.Refused.class, form.check());
        assertEquals(1, r.fields().size());
        assertTrue(r.fields().containsKey(AdmissionModel.Field.INVESTMENT));
        assertTrue(r.lines().get(0).startsWith("固定资产投资") || r.lines().get(0).contains("投资"), r.lines().toString());
        assertTrue(form.problem(AdmissionModel.Field.INVESTMENT).isPresent());
        assertTrue(form.problem(AdmissionModel.Field.TAX).isEmpty());
    }

    @Test
    void aBadYearAndANegativeFigureAreBothNamed() {
        form.text(AdmissionModel.Field.YEAR).set("二〇二六");
        fill("10", "-5", "300", "6667", "8000", "3000");
        AdmissionModel.Refused r = assertInstanceOf(AdmissionModel.Refused.class, form.check());
        assertTrue(r.fields().containsKey(AdmissionModel.Field.YEAR), r.fields().toString());
        assertTrue(r.fields().containsKey(AdmissionModel.Field.INVESTMENT), r.fields().toString());
        assertEquals(2, r.lines().size(), r.lines().toString());
    }

    @Test
    void aZeroSiteIsRefused() {
        fill("10", "5000", "300", "0", "8000", "3000");
        AdmissionModel.Refused r = assertInstanceOf(AdmissionModel.Refused.class, form.check());
        assertTrue(r.fields().containsKey(AdmissionModel.Field.SITE), r.fields().toString());
    }

    /** 10 亩 with 1,000 m² and a footprint over the site: messages under those fields, and no verdict. */
    @Test
    void figuresThatCannotAllBeTrueGetMessagesUnderTheirFieldsAndNoVerdict() {
        fill("10", "3000", "300", "1000", "2000", "2500");
        AdmissionModel.Refused r = assertInstanceOf(AdmissionModel.Refused.class, form.check());
        assertTrue(r.fields().get(AdmissionModel.Field.SITE).contains("不符"), r.fields().toString());
        assertTrue(r.fields().get(AdmissionModel.Field.FOOTPRINT).contains("超过 100%"), r.fields().toString());
    }

    @Test
    void completeFiguresInYuanAreConvertedAndJudgedForTheYear() {
        fill("10", "25,000,000", "300", "6667", "8000", "3000");
        form.investmentUnit().set("元");
        AdmissionModel.Checked c = assertInstanceOf(AdmissionModel.Checked.class, form.check());
        assertEquals(2026, c.year());
        assertEquals(2500.0, c.proposal().investmentWan(), 1e-9);
        assertTrue(!c.allPass(), "投资强度 250 万元/亩 is below the standard");
        assertEquals("mu", c.landUnit());
        assertTrue(form.saveRequest().isEmpty(), "no project chosen yet");
    }

    @Test
    void savingWithANewProjectMakesAReserveProjectNamedInTheForm() {
        fill("8000 m²", "5000", "300", "8000", "6000", "2800");
        form.project().set(new AdmissionModel.Target(null, "新项目"));
        form.text(AdmissionModel.Field.NEW_NAME).set(" 拟入园测试项目 ");
        AdmissionModel.SaveRequest s = form.saveRequest().orElseThrow();
        assertEquals("拟入园测试项目", s.newProject().name());
        assertEquals("m2", s.landUnit());
        assertEquals(8000.0, s.landEntered(), 1e-6);
    }
}
