package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.chainmap.ChainMaps;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Plan;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain maps as a 链长 reads them on a slide: nothing overlaps, every word fits its box, every box says its state. */
class ChainMapChartTest {
    private static final I18n T = I18n.forLanguage("zh");
    private static Plan plan;
    private static ChainMap map;
    private static ChainMapChart maps;
    private static ChartFonts fonts;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        try (var in = Files.newInputStream(Path.of("seeds/plan.json"))) {
            plan = new PlanJson().read(in);
        }
        map = ChainMaps.seed();
        fonts = ChartFonts.load();
        maps = new ChainMapChart(T, fonts);
    }

    /** The plot area the slide gives the map at 1920×1080 (title, status line and stamp around it). */
    private static Rectangle2D plotArea(Chain chain) {
        SlideChart c = maps.chart(plan, map, chain, ChainMapChart.View.CURRENT);
        BufferedImage img = new BufferedImage(SlideChart.WIDTH, SlideChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = ChartExport.draw(c.chart(), img.createGraphics(), SlideChart.WIDTH,
                SlideChart.HEIGHT);
        return info.getPlotInfo().getDataArea();
    }

    private static void assertReadable(ChainMapChart.Layout l, String what) {
        ChainMapChart.Measure m = ChainMapChart.measure();
        Font name = fonts.bold((float) (ChainMapChart.NAME * l.scale()));
        Font small = fonts.regular((float) (ChainMapChart.SMALL * l.scale()));
        List<ChainMapChart.Box> boxes = l.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D a = boxes.get(i).rect();
            assertTrue(l.area().contains(a), what + ": " + boxes.get(i).card().name() + " leaves the plot");
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(a.intersects(boxes.get(j).rect()), what + ": " + boxes.get(i).card().name()
                        + " overlaps " + boxes.get(j).card().name());
            }
            double inner = a.getWidth() - 2 * ChainMapChart.PAD;
            ChainMapChart.Box b = boxes.get(i);
            for (String s : b.nameLines()) {
                assertTrue(m.width(s, name) <= inner + 0.01, what + ": 「" + s + "」 wider than its box");
            }
            for (String s : b.detailLines()) {
                assertTrue(m.width(s, small) <= inner + 0.01, what + ": 「" + s + "」 wider than its box");
            }
            assertEquals(b.card().name(), String.join("", b.nameLines()), what + ": the name is cut");
            double h = 2 * ChainMapChart.PAD + (b.tagsRow() ? ChainMapChart.tagHeight(small) + 4 : 0)
                    + b.nameLines().size() * ChainMapChart.NAME * l.scale() * 1.35
                    + b.detailLines().size() * ChainMapChart.SMALL * l.scale() * 1.4;
            assertTrue(h <= a.getHeight() + 0.01, what + ": " + b.card().name() + " text taller than its box");
        }
        for (ChainMapChart.Lane lane : l.lanes()) {
            assertTrue(lane.top() + lane.height() <= l.area().getMaxY(), what + ": band " + lane.label()
                    + " below the plot");
        }
    }

    @Test
    void everyChainOfThePlanIsLaidOutReadablyAtFullTextSize() {
        assertEquals(6, plan.chains().size());
        for (Chain c : plan.chains()) {
            List<ChainMap.Node> nodes = map.of(c.code());
            assertFalse(nodes.isEmpty(), c.name());
            ChainMapChart.Layout l = maps.layout(nodes, maps.cards(plan, nodes, ChainMapChart.View.CURRENT),
                    plotArea(c), ChainMapChart.measure());
            assertEquals(nodes.size(), l.boxes().size(), c.name());
            assertReadable(l, c.name());
            assertEquals(1.0, l.scale(), 1e-9, c.name() + " needed smaller text");
        }
    }

    @Test
    void aSyntheticChainOfFortyNodesStillFitsWithoutOverlap() {
        Chain copper = plan.chain("copper").orElseThrow();
        List<ChainMap.Node> nodes = new ArrayList<>();
        String[] branches = {null, "电线电缆产业链", "电子通信产业链", "新能源汽车及汽车零部件产业链", "铜文化产业链"};
        for (int i = 0; i < 40; i++) {
            nodes.add(new ChainMap.Node("n" + i, "copper", ChainMap.Stage.values()[i % 3], branches[i % 5],
                    "合成环节第" + i + "号（较长的名称用于换行检验）", i, ChainMap.Intent.values()[i % 4], null, null,
                    i % 2 == 0 ? List.of(new ChainMap.Member("xiangguang-copper", ChainMap.Role.CHAIN_LEADER, "t"),
                            new ChainMap.Member("beisai-electric", ChainMap.Role.BACKBONE, "t"))
                            : List.of(), i % 3 == 0 ? List.of("P01") : List.of(), "test"));
        }
        nodes = new ChainMap(nodes).of("copper");
        ChainMapChart.Layout l = maps.layout(nodes, maps.cards(plan, nodes, ChainMapChart.View.CURRENT),
                plotArea(copper), ChainMapChart.measure());
        assertEquals(40, l.boxes().size());
        assertReadable(l, "40 nodes");
        assertTrue(l.scale() >= 0.5);
    }

    @Test
    void eachBoxIsAnEntityNamedByItsNodeSoAClickFindsIt() {
        Chain copper = plan.chain("copper").orElseThrow();
        SlideChart c = maps.chart(plan, map, copper, ChainMapChart.View.CURRENT);
        BufferedImage img = new BufferedImage(SlideChart.WIDTH, SlideChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = ChartExport.draw(c.chart(), img.createGraphics(), SlideChart.WIDTH,
                SlideChart.HEIGHT);
        List<String> codes = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e.getURLText() != null) {
                codes.add(e.getURLText());
            }
        }
        assertEquals(map.of("copper").stream().map(ChainMap.Node::code).sorted().toList(),
                codes.stream().sorted().toList());
        assertTrue(c.title().contains("铜及铜精深加工"), c.title());
        assertTrue(c.statusLine().contains("缺失"), c.statusLine());
    }

    @Test
    void theTargetMapFillsALinkOnceAPlannedProjectIsOnIt() {
        List<ChainMap.Node> nodes = map.of("optoelectronics");
        var now = maps.cards(plan, nodes, ChainMapChart.View.CURRENT);
        var then = maps.cards(plan, nodes, ChainMapChart.View.TARGET);
        int i = nodes.indexOf(map.node("optoelectronics.services").orElseThrow());
        assertEquals(ChainMap.State.MISSING, now.get(i).state());
        assertEquals(ChainMap.State.PRESENT, then.get(i).state());
        assertEquals("2025 补齐", then.get(i).stateWord());
        int q = nodes.indexOf(map.node("optoelectronics.quantum").orElseThrow());
        assertEquals(ChainMap.State.MISSING, then.get(q).state(), "no project, no lead: still a gap in 2025");
    }

    @Test
    void theDeckEndsWithOneSlidePerChainMap() throws Exception {
        Path file = Files.createTempFile("deck", ".pptx");
        try {
            new ChartService(T, fonts, 0.05).writeDeck(plan, map, List.of(), "阳谷经济开发区管理委员会", file, (d, n) -> { });
            try (var in = Files.newInputStream(file);
                 var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
                var slides = ppt.getSlides();
                List<String> last = new ArrayList<>();
                for (var s : slides.subList(slides.size() - 6, slides.size())) {
                    last.add(s.getShapes().stream().filter(x -> x instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                            .map(x -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) x).getText()).findFirst()
                            .orElse(""));
                }
                assertEquals(plan.chains().stream().map(c -> c.name() + " 产业链图谱 · 现状").toList(), last);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
