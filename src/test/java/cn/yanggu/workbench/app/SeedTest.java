package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Growth;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.Zone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curated seed against the plan text: counts, exact values, sources, and the recorded inconsistencies. */
class SeedTest {
    private static Plan plan;
    private static String planText;

    @BeforeAll
    static void load() throws Exception {
        plan = TestPlansHolder.seed();
        planText = Files.readString(Path.of("seeds/plan-text.txt"));
    }

    @Test
    void planDocumentAndPeriod() {
        assertEquals("山东阳谷经济开发区产业发展规划", plan.info().title());
        assertEquals("阳政办字〔2022〕7号", plan.info().documentNumber());
        assertEquals(2020, plan.info().baseYear());
        assertEquals(2021, plan.info().periodStart());
        assertEquals(2025, plan.info().periodEnd());
        assertEquals(2035, plan.info().visionYear());
    }

    @Test
    void threeZonesAddUpToTheStatedTotalAndTheReservedAreaHasNoArea() {
        Map<String, Double> areas = plan.zones().stream().filter(z -> z.kind() == Enums.ZoneKind.INDUSTRIAL)
                .collect(Collectors.toMap(Zone::name, Zone::areaKm2));
        assertEquals(Map.of("东部工业集中区", 11.96, "西部工业集中区", 7.67, "北部工业集中区", 9.85), areas);
        assertEquals(29.48, plan.info().zoneTotalKm2());
        assertEquals(29.48, plan.industrialAreaKm2(), 1e-9);
        Zone reserved = plan.zones().stream().filter(z -> z.kind() == Enums.ZoneKind.RESERVED).findFirst()
                .orElseThrow();
        assertNull(reserved.areaKm2());
        assertEquals("赵王河", reserved.east());
        assertEquals("京九铁路", reserved.west());
        assertEquals("阳张路", reserved.south());
        assertEquals("凤祥路", reserved.north());
    }

    @Test
    void theDamagedWestNorthBoundaryIsKeptAndFlagged() {
        Zone west = plan.zone("west").orElseThrow();
        assertTrue(west.north().startsWith("黄河路、运河西路"), west.north());
        assertTrue(west.north().contains("西湖镇环城北路"), "the fragment after the page break is kept");
        assertNotNull(west.note());
        assertFalse(plan.notesFor("zone", "west").isEmpty());
    }

    @Test
    void sixChainsWithTheirBrandsAndLeadingEnterprises() {
        assertEquals(List.of("铜及铜精深加工", "光电信息", "绿色食品", "高端化工", "新材料", "轻纺及汽车饰品"),
                plan.chains().stream().map(Chain::name).toList());
        assertEquals("中国北方铜谷", plan.chain("copper").orElseThrow().brand());
        assertEquals("黄河流域光谷", plan.chain("optoelectronics").orElseThrow().brand());
        assertEquals("环渤海食谷", plan.chain("food").orElseThrow().brand());
        assertTrue(plan.chain("optoelectronics").orElseThrow().aliases().contains("光电子信息"));
        assertTrue(leading("copper").contains("祥光铜业"));
        assertTrue(leading("chemical").contains("华泰化工"));
        assertTrue(leading("food").contains("凤祥股份"));
        List<String> links = plan.chain("optoelectronics").orElseThrow().links().stream().map(Chain.Link::name)
                .toList();
        assertTrue(links.containsAll(List.of("棒", "纤", "缆", "光电元器件")), links.toString());
    }

    private static List<String> leading(String chain) {
        var names = plan.enterprisesByCode();
        return plan.chain(chain).orElseThrow().enterprises().stream()
                .filter(m -> m.role() == Enums.EnterpriseRole.LEADING)
                .map(m -> names.get(m.enterpriseCode()).name()).toList();
    }

    @Test
    void everyColumnEntryIsListedOnceAndRepeatedProjectsAreOneRecord() {
        Map<Integer, Long> perColumn = plan.projects().stream().flatMap(p -> p.listings().stream())
                .collect(Collectors.groupingBy(Project.Listing::column, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(1, 4L, 2, 5L, 3, 4L, 4, 6L, 5, 4L, 6, 5L, 7, 7L, 8, 6L, 9, 4L), perColumn);
        List<Project> listed = plan.projects().stream().filter(p -> !p.listings().isEmpty()).toList();
        assertEquals(41, listed.size());
        // 专栏7 创新项目 repeats four projects of other columns: one record each, listed twice
        List<Project> twice = listed.stream().filter(p -> p.listings().size() == 2).toList();
        assertEquals(4, twice.size());
        assertTrue(twice.stream().allMatch(p -> p.listings().stream().anyMatch(l -> l.column() == 7)));
        Project huatai = listed.stream().filter(p -> p.name().contains("65000")).findFirst().orElseThrow();
        assertTrue(huatai.listings().stream().anyMatch(l -> l.nameAsListed().contains("6.5 万吨")
                || l.nameAsListed().contains("6.5万吨")));
        assertTrue(plan.projects().stream().allMatch(p -> p.stage() == null), "the plan gives no stages");
    }

    @Test
    void everyListedNameIsWordForWordInThePlan() {
        String text = planText.replaceAll("\\s+", "");
        for (Project p : plan.projects()) {
            for (Project.Listing l : p.listings()) {
                assertTrue(text.contains(l.nameAsListed().replaceAll("\\s+", "")), l.nameAsListed());
            }
        }
    }

    @Test
    void table21HasNineRowsWithThePlansExactNumbers() {
        List<Indicator> rows = plan.indicators().stream().filter(Indicator::inMainTable).toList();
        assertEquals(9, rows.size());
        Object[][] expected = {
            {"亩均税收", "万元/亩", 4.7, 7.3, 9.2, "亩产效益"},
            {"亩均投资", "万元/亩", 17.56, 27.0, 9.0, "亩产效益"},
            {"实际利用外资", "万美元", 2634.8, 5000.0, 13.7, "对外开放"},
            {"进出口总额", "万元", 1397034.0, 1700000.0, 4.0, "对外开放"},
            {"高新技术企业数量", "个", 19.0, 30.0, 9.6, "创新驱动"},
            {"国内外高端人才数", "人", 157.0, 300.0, 13.8, "创新驱动"},
            {"有效期内的发明专利拥有量", "个", 178.0, 260.0, 7.9, "创新驱动"},
            {"产业集聚度", "%", 80.0, 88.0, 1.9, "产业集聚"},
            {"十强产业投资占比", "%", 63.0, 80.0, 4.9, "产业集聚"}};
        for (int i = 0; i < 9; i++) {
            Indicator ind = rows.get(i);
            assertEquals(i + 1, ind.row());
            assertEquals(expected[i][0], ind.name());
            assertEquals(expected[i][1], ind.unit());
            assertEquals(expected[i][2], ind.baseline().orElseThrow().value());
            assertEquals(2020, ind.baseline().orElseThrow().year());
            assertEquals(expected[i][3], ind.target(2025).orElseThrow().value());
            assertEquals(expected[i][4], ind.statedRate());
            assertEquals(expected[i][5], ind.category());
            assertEquals(Enums.Attribute.EXPECTED, ind.attribute());
            assertFalse(Growth.check(ind, 2025).differs(), ind.name() + ": the plan's rate matches its numbers");
        }
    }

    @Test
    void otherTargetsOfTheTextAreThereWithTheirUnits() {
        Indicator revenue = TestPlans.indicator(plan, "主营业务收入");
        assertEquals("亿元", revenue.unit());
        assertEquals(480.0, revenue.value(Enums.ValueKind.BASELINE, 2020).orElseThrow().value());
        assertEquals(750.0, revenue.target(2025).orElseThrow().value());
        Indicator tax = TestPlans.indicator(plan, "税收");
        assertEquals(6.2, tax.baseline().orElseThrow().value());
        assertEquals(8.5, tax.target(2025).orElseThrow().value());
        assertEquals(120.0, TestPlans.indicator(plan, "规上工业企业").target(2025).orElseThrow().value());
        assertEquals(65.0, TestPlans.indicator(plan, "全年空气优良率").target(2025).orElseThrow().value());
        Indicator copperRevenue = plan.indicatorsOfChain("copper").stream()
                .filter(i -> i.name().contains("营业收入")).findFirst().orElseThrow();
        assertEquals(360.0, copperRevenue.target(2025).orElseThrow().value());
        assertEquals("亿元", copperRevenue.unit());
        Set<Double> copperTargets = plan.indicatorsOfChain("copper").stream()
                .map(i -> i.target(2025).orElseThrow().value()).collect(Collectors.toSet());
        assertEquals(Set.of(45.0, 110.0, 360.0), copperTargets);
        // 进出口总额: one indicator in 万元, the text's 170亿元 recorded as a note, not a second indicator
        assertEquals(1, plan.indicators().stream().filter(i -> i.name().equals("进出口总额")).count());
        assertTrue(TestPlans.indicator(plan, "进出口总额").note().contains("170亿元"));
        assertTrue(plan.indicators().stream().anyMatch(i -> i.direction() == Enums.Direction.LOWER),
                "energy and water per unit of value added: lower is better");
    }

    @Test
    void admissionThresholdsAndEfficiencyClasses() {
        Map<String, Threshold> t = plan.thresholds().stream().collect(Collectors.toMap(Threshold::name, x -> x));
        assertEquals(280.0, t.get("投资强度").versions().get(0).value());
        assertEquals(Enums.Comparator.GT, t.get("投资强度").comparator());
        assertEquals(20.0, t.get("亩均税收").versions().get(0).value());
        assertEquals(Enums.Comparator.GT, t.get("亩均税收").comparator());
        assertEquals(1.0, t.get("容积率").versions().get(0).value());
        assertEquals(Enums.Comparator.GE, t.get("容积率").comparator());
        assertEquals(40.0, t.get("建筑系数").versions().get(0).value());
        assertEquals(Enums.Comparator.GE, t.get("建筑系数").comparator());
        // one version each; "到2025年" gives 2025; where the plan gives no year, the period start with a note
        t.values().forEach(th -> assertEquals(1, th.versions().size(), th.name()));
        assertEquals(2025, t.get("容积率").versions().get(0).fromYear());
        assertEquals(2025, t.get("建筑系数").versions().get(0).fromYear());
        for (String inferred : List.of("投资强度", "亩均税收")) {
            Threshold.Version v = t.get(inferred).versions().get(0);
            assertEquals(plan.info().periodStart(), v.fromYear());
            assertTrue(v.note().contains("推定"), v.note());
            assertEquals("五、（二）优化资源要素管理", v.source());
            assertTrue(plan.notesFor("threshold", t.get(inferred).code()).stream()
                    .anyMatch(n -> "versions".equals(n.field()) && n.text().contains("推定")));
        }
        assertEquals(List.of("优先发展", "鼓励提升", "帮扶转型", "整治淘汰"),
                plan.efficiencyClasses().stream().map(c -> c.name()).toList());
    }

    @Test
    void everyFactCarriesTheSectionItComesFrom() {
        List<String> sources = Stream.of(
                plan.zones().stream().map(Zone::source),
                plan.chains().stream().flatMap(c -> c.links().stream()).map(Chain.Link::source),
                plan.chains().stream().flatMap(c -> c.enterprises().stream()).map(Chain.Member::source),
                plan.enterprises().stream().map(e -> e.source()),
                plan.projects().stream().map(Project::source),
                plan.indicators().stream().map(Indicator::source),
                plan.indicators().stream().flatMap(i -> i.values().stream()).map(v -> v.source()),
                plan.thresholds().stream().map(Threshold::source),
                plan.efficiencyClasses().stream().map(c -> c.source()),
                plan.statements().stream().map(s -> s.source()))
                .flatMap(s -> s).toList();
        assertTrue(sources.stream().allMatch(s -> s != null && !s.isBlank()));
    }

    @Test
    void referencesBetweenRecordsResolve() {
        var enterprises = plan.enterprisesByCode();
        plan.chains().forEach(c -> c.enterprises().forEach(m ->
                assertTrue(enterprises.containsKey(m.enterpriseCode()), m.enterpriseCode())));
        plan.projects().forEach(p -> {
            if (p.enterpriseCode() != null) {
                assertTrue(enterprises.containsKey(p.enterpriseCode()), p.enterpriseCode());
            }
            if (p.chainCode() != null) {
                assertTrue(plan.chain(p.chainCode()).isPresent(), p.chainCode());
            }
        });
    }

    /** The seed as the application reads it (no database involved). */
    static final class TestPlansHolder {
        static Plan seed() throws Exception {
            try (var in = Files.newInputStream(Path.of("seeds/plan.json"))) {
                return new PlanJson().read(in);
            }
        }
    }
}
