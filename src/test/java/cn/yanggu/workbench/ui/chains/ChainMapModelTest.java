package cn.yanggu.workbench.ui.chains;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.chainmap.ChainMaps;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a click on a node of the map tells (no toolkit). */
class ChainMapModelTest {
    private static final Plan PLAN = TestPlans.seedPlan();
    private final ChainMapModel model = new ChainMapModel(I18n.forLanguage("zh"));

    @Test
    void aGapSaysWhereItIsThatNoLocalEnterpriseIsOnItAndThePlansWords() {
        var d = model.detail(PLAN, ChainMaps.seed(), "copper.foil-battery").orElseThrow();
        assertEquals("动力电池用铜箔", d.title());
        assertEquals("下游 · 新能源汽车及汽车零部件产业链", d.place());
        assertEquals("缺失", d.state());
        assertEquals("补链", d.intent());
        assertTrue(d.quote().startsWith("加大招引力度"), d.quote());
        assertEquals(List.of(), d.enterprises());
    }

    @Test
    void aPresentLinkListsItsEnterprisesWithRolesAndItsProjectsByName() {
        var d = model.detail(PLAN, ChainMaps.seed(), "copper.contact-wire").orElseThrow();
        assertEquals(List.of("北赛电工（骨干）"), d.enterprises());
        assertEquals(List.of("北赛电工380公里以上高铁接触导线项目"), d.projects());
        assertEquals("已有", d.state());
        var filled = model.detail(PLAN, ChainMaps.seed(), "optoelectronics.services").orElseThrow();
        assertEquals("缺失 → 目标 2025：已有", filled.state());
    }

    @Test
    void anEnterpriseNoLongerInThePlanIsNotShown() {
        ChainMap.Node n = ChainMaps.seed().node("copper.cable").orElseThrow();
        ChainMap map = ChainMaps.seed().with(n.withMembers(List.of(new ChainMap.Member("gone", ChainMap.Role.BACKBONE,
                "x"))));
        var d = model.detail(PLAN, map, "copper.cable").orElseThrow();
        assertEquals(List.of(), d.enterprises());
        assertEquals("缺失", d.state());
    }
}
