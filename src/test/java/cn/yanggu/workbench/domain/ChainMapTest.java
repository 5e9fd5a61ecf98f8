package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A link's state follows who is on it: an enterprise → 已有, none → 缺失, the plan's word for weak → 薄弱. */
class ChainMapTest {
    private static ChainMap.Node node(List<ChainMap.Member> members, List<String> projects, String weak) {
        return new ChainMap.Node("c.n", "copper", ChainMap.Stage.DOWNSTREAM, null, "电解铜箔", 0,
                ChainMap.Intent.FILL, "重点引进", weak, members, projects, "三、（二）");
    }

    private static final ChainMap.Member XG = new ChainMap.Member("xiangguang-copper", ChainMap.Role.CHAIN_LEADER,
            "三、（二）");

    @Test
    void anEnterpriseOnALinkMakesItPresentAndNoneMakesItAGap() {
        assertEquals(ChainMap.State.PRESENT, node(List.of(XG), List.of(), null).current());
        assertEquals(ChainMap.State.MISSING, node(List.of(), List.of(), null).current());
        assertEquals(ChainMap.State.WEAK, node(List.of(XG), List.of(), "补强……薄弱环节").current());
        assertEquals(ChainMap.State.MISSING, node(List.of(), List.of(), "补强……薄弱环节").current(),
                "a weak link without any enterprise is a gap");
    }

    @Test
    void theTargetIsFilledByAPlannedProjectOrASignedLead() {
        assertEquals(ChainMap.State.PRESENT, node(List.of(), List.of("P01"), null).target(0));
        assertEquals(ChainMap.State.PRESENT, node(List.of(), List.of(), null).target(1));
        assertEquals(ChainMap.State.MISSING, node(List.of(), List.of(), null).target(0));
    }

    @Test
    void theMapKeepsStageOrderAndTellsWhichNodesReferToARecord() {
        ChainMap m = new ChainMap(List.of(node(List.of(XG), List.of("P01"), null),
                new ChainMap.Node("c.up", "copper", ChainMap.Stage.UPSTREAM, null, "矿产资源", 0, null, null, null,
                        List.of(), List.of(), "s")));
        assertEquals("c.up", m.of("copper").get(0).code());
        assertEquals(List.of("c.n"), m.referring("P01").stream().map(ChainMap.Node::code).toList());
        assertEquals(List.of("c.n"), m.referring("xiangguang-copper").stream().map(ChainMap.Node::code).toList());
        assertTrue(m.without("c.n").node("c.n").isEmpty());
        assertEquals("铜箔", m.with(m.node("c.n").orElseThrow().withName("铜箔")).node("c.n").orElseThrow().name());
    }
}
