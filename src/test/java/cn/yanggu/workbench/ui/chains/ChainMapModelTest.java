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

    @Test
    void theNodeFormReadsEnterprisesWithRolesAndProjectsByNameAndSaysWhatRemovingTakes() {
        ChainMap.Node wire = ChainMaps.seed().node("copper.contact-wire").orElseThrow();
        var text = model.text(PLAN, wire);
        assertEquals("北赛电工 | 骨干", text.enterprises());
        assertEquals("北赛电工380公里以上高铁接触导线项目", text.projects());
        var moved = model.edited(PLAN, wire, new ChainMapModel.NodeText("高铁接触导线、架空导线", ChainMap.Stage.MIDSTREAM,
                "电线电缆产业链", ChainMap.Intent.STRENGTHEN, null, "北赛电工 | 龙头\n祥光铜业 | 配套",
                text.projects() + "\n北赛电工高铁架空导线项目"), "用户添加");
        assertEquals(ChainMap.Stage.MIDSTREAM, moved.stage());
        assertEquals(List.of("P01", "P45"), moved.projectCodes());
        assertEquals(ChainMap.Role.LEADING, moved.members().get(0).role());
        assertEquals(wire.members().get(0).source(), moved.members().get(0).source(), "the plan's source is kept");
        assertEquals("用户添加", moved.members().get(1).source());
        var bad = org.junit.jupiter.api.Assertions.assertThrows(ChainMapModel.Refused.class, () -> model.edited(PLAN,
                wire, new ChainMapModel.NodeText("x", ChainMap.Stage.MIDSTREAM, null, null, null, "北赛电工 | 老大", ""),
                "u"));
        assertEquals("角色应为 链主、龙头、骨干 或 配套：老大", bad.getMessage());
        String refs = model.references(PLAN, wire, List.of());
        assertTrue(refs.contains("北赛电工 | 骨干") && refs.contains("北赛电工380公里以上高铁接触导线项目")
                && refs.contains("0 条"), refs);
    }
}
