package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slide charts as a planner reads them, on three years of actuals (2021–2023). */
class ChartsTest {
    private static Plan seed;
    private static Plan plan;
    private static Charts charts;
    private static final I18n T = I18n.forLanguage("zh");

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        try (var in = Files.newInputStream(Path.of("seeds/plan.json"))) {
            seed = new PlanJson().read(in);
        }
        plan = TestPlans.withActuals(seed);
        charts = new Charts(T, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
    }

    // ------------------------------------------------------------------ the set

    @Test
    void everyIndicatorHasItsStoryTheVisionChartsAreSeparateAndEmptyChartsAreNotListed() {
        List<String> ids = charts.catalogue(plan).stream().map(Charts.Entry::id).toList();
        for (int i = 1; i <= 9; i++) {
            assertTrue(ids.contains("indicator-T0" + i), ids.toString());
            assertTrue(ids.contains("vision-T0" + i), "表2-1 rows carry on at the plan rate: " + ids);
        }
        assertTrue(ids.contains("vision-G10"), "the copper chain's 2035 target has its 远景2035 chart");
        assertFalse(ids.contains("vision-G01"), "no rate and no 2035 target: nothing to carry on");
        assertTrue(ids.indexOf("vision-T01") == ids.indexOf("indicator-T01") + 1, "listed beside its story");
        assertTrue(ids.containsAll(List.of("chain-targets", "pipeline-count", "zones")));
        assertFalse(ids.contains("pipeline-investment"), "the plan lists no investments: no chart of zeros");
        assertEquals(ids, charts.all(plan).stream().map(SlideChart::id).toList());

        List<String> seedIds = charts.catalogue(seed).stream().map(Charts.Entry::id).toList();
        assertFalse(seedIds.contains("chain-targets"), "no chain actuals yet: no chart of zeros");
        assertTrue(charts.leftOut(seed).stream().anyMatch(l -> l.title().equals("产业链量化目标完成度")));
    }

    // ------------------------------------------------------------------ the 2020–2025 story

    @Test
    void filesAreNamedByTheTitleAUserReadsSafeForWindows() {
        SlideChart story = charts.trajectory(plan, TestPlans.byCode(plan, "T01"));
        assertEquals("亩均税收-1920×1080.png", ChartService.fileName(story, ChartService.Format.PNG, 1920, 1080));
        assertEquals("亩均税收.svg", ChartService.fileName(story, ChartService.Format.SVG, 1920, 1080));
        SlideChart odd = new SlideChart("x", "产值/税收: \"前*后\"? <a|b>.", story.chart(), "");
        assertEquals("产值-税收- -前-后-- -a-b-", ChartService.fileName(odd));
        assertEquals("x", ChartService.fileName(new SlideChart("x", "（万元）...", story.chart(), "")));
    }

    @Test
    void theDefaultChartEndsIn2025WithTheTargetAndAnAxisFittedToTheStory() {
        SlideChart c = charts.trajectory(plan, TestPlans.byCode(plan, "T01"));
        XYPlot p = c.chart().getXYPlot();
        assertEquals(2025.5, p.getDomainAxis().getUpperBound());
        assertEquals(2019.5, p.getDomainAxis().getLowerBound());
        XYDataset d = p.getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                assertTrue(d.getXValue(s, i) <= 2025, d.getSeriesKey(s) + " reaches past 2025");
            }
        }
        assertEquals(List.of(7.3), values(d, "目标值"));
        // 4.7 … 7.3 fills the plot: no room kept for 2035
        NumberAxis y = (NumberAxis) p.getRangeAxis();
        assertTrue(y.getLowerBound() > 3.5 && y.getUpperBound() < 8.5, y.getRange().toString());
        assertEquals("2025年目标 7.3万元/亩", label(p, "目标值", 0));
        assertTrue(subtitles(c.chart()).contains("状态：滞后"), subtitles(c.chart()));
    }

    @Test
    void actualValuesAreLabelledInTheDisplayUnit() {
        XYPlot p = charts.trajectory(plan, TestPlans.byCode(plan, "T01")).chart().getXYPlot();
        assertEquals("5", label(p, "实际值（年报）", 0), "as recorded and as the status line prints it");
        assertEquals("5.2", label(p, "实际值（年报）", 1));
        assertEquals("5.5", label(p, "实际值（快报）", 0));
        XYPlot trade = charts.trajectory(plan, TestPlans.byCode(plan, "T04")).chart().getXYPlot();
        assertEquals("158", label(trade, "实际值（快报）", 0));
    }

    @Test
    void largeYuanAmountsReadInYiAsThePlanWritesThem() {
        Indicator trade = TestPlans.byCode(plan, "T04");
        SlideChart c = charts.trajectory(plan, trade);
        XYPlot p = c.chart().getXYPlot();
        assertEquals("进出口总额（亿元）", c.title());
        assertEquals("亿元", p.getRangeAxis().getLabel());
        assertEquals(List.of(170.0), values(p.getDataset(), "目标值"));
        assertEquals("2025年目标 170亿元", label(p, "目标值", 0));
        assertTrue(ticks(c.chart()).stream().allMatch(s -> s.length() <= 3), "ticks in 亿元: " + ticks(c.chart()));
        assertEquals(1_700_000, trade.target(2025).orElseThrow().value(), "the stored unit is unchanged");
    }

    @Test
    void targetsKeepTheirComparator() {
        XYPlot dust = charts.trajectory(plan, TestPlans.byCode(plan, "G14")).chart().getXYPlot();
        assertEquals("2025年目标 >85%", label(dust, "目标值", 0));
        SlideChart firms = charts.trajectory(plan, TestPlans.byCode(plan, "G01"));
        assertEquals("2025年目标 ≥120家", label(firms.chart().getXYPlot(), "目标值", 0));
        // ">85" is not reached by 85
        assertFalse(charts.trajectory(plan, TestPlans.byCode(plan, "G14")).statusLine().contains("提前实现"));
    }

    @Test
    void axisTextIsReadableFromTheBackOfTheRoom() {
        XYPlot p = charts.trajectory(plan, TestPlans.byCode(plan, "T01")).chart().getXYPlot();
        for (var axis : List.of(p.getDomainAxis(), p.getRangeAxis())) {
            assertTrue(axis.getTickLabelFont().getSize2D() >= 24);
            assertTrue(axis.getLabelFont().getSize2D() >= 24);
        }
    }

    // ------------------------------------------------------------------ degenerate series

    @Test
    void aConstantSeriesGetsAnAxisWhoseTicksReadDifferentNumbers() {
        SlideChart food = charts.trajectory(plan, TestPlans.byCode(plan, "G18"));
        assertDistinct(ticks(food.chart()));
    }

    @Test
    void anAllZeroSeriesGetsAnAxisWhoseTicksReadDifferentNumbers() {
        // direction-only, nothing but zeros on the chart
        Indicator energy = withActuals(TestPlans.byCode(seed, "G04"), 0, 0, 0);
        SlideChart c = charts.trajectory(plan, energy);
        assertDistinct(ticks(c.chart()));
        assertTrue(((NumberAxis) c.chart().getXYPlot().getRangeAxis()).getLowerBound() >= 0);
    }

    @Test
    void aSingleActualGetsASensibleAxisAndNoProjection() {
        // direction-only, one value: nothing else on the chart
        Indicator energy = Records.with(TestPlans.byCode(seed, "G04"), "values",
                List.of(TestPlans.actual(2023, 0.55)));
        SlideChart c = charts.trajectory(plan, energy);
        assertDistinct(ticks(c.chart()));
        assertTrue(values(c.chart().getXYPlot().getDataset(), "按实际增速推算").isEmpty());
        // no 2020 base and one actual: no pace to carry on
        Indicator firms = withActuals(TestPlans.byCode(seed, "G01"), Double.NaN, Double.NaN, 108);
        assertTrue(values(charts.trajectory(plan, firms).chart().getXYPlot().getDataset(), "按实际增速推算")
                .isEmpty());
        assertTrue(values(charts.vision(plan, firms).chart().getXYPlot().getDataset(), "按实际增速推算").isEmpty());
    }

    @Test
    void aProjectionOnTheDefaultChartStopsAt2025() {
        XYPlot p = charts.trajectory(plan, TestPlans.byCode(plan, "T01")).chart().getXYPlot();
        List<Double> projection = values(p.getDataset(), "按实际增速推算");
        assertEquals(3, projection.size(), "2023, 2024, 2025");
        // 亩均投资: 28 in 2023 has passed 27; carried to 2035 it read about 180 万元/亩 on the story's own chart
        XYPlot reached = charts.trajectory(plan, TestPlans.byCode(plan, "T02")).chart().getXYPlot();
        assertTrue(values(reached.getDataset(), "按实际增速推算").isEmpty(), "nothing left to project");
        XYPlot far = charts.vision(plan, TestPlans.byCode(plan, "T02")).chart().getXYPlot();
        assertTrue(values(far.getDataset(), "按实际增速推算").isEmpty(), "one actual is not a pace for twelve years");
        XYPlot tax = charts.vision(plan, TestPlans.byCode(plan, "T01")).chart().getXYPlot();
        assertEquals(13, values(tax.getDataset(), "按实际增速推算").size(), "three actuals: carried 2023 … 2035");
    }

    @Test
    void aCumulativeIndicatorAddsUpItNeverCompounds() {
        Indicator infra = TestPlans.byCode(plan, "G20");
        List<Double> shortRun = values(charts.trajectory(plan, infra).chart().getXYPlot().getDataset(),
                "按实际增速推算");
        List<Double> longRun = values(charts.vision(plan, infra).chart().getXYPlot().getDataset(), "按实际增速推算");
        // 10 亿元 in 2020 to 20 亿元 in 2023: 3.33 亿元 a year, added
        assertEquals(20 + 2 * 10 / 3.0, shortRun.get(shortRun.size() - 1), 1e-9);
        assertEquals(13, longRun.size(), "2023 … 2035");
        for (int i = 1; i < longRun.size(); i++) {
            assertEquals(10 / 3.0, longRun.get(i) - longRun.get(i - 1), 1e-9);
        }
        assertEquals(60, longRun.get(longRun.size() - 1), 1e-9);
    }

    // ------------------------------------------------------------------ 远景2035

    @Test
    void theVisionChartCarriesTheStoryTo2035AndSaysWhatIsExtrapolated() {
        SlideChart tax = charts.vision(plan, TestPlans.byCode(plan, "T01"));
        XYPlot p = tax.chart().getXYPlot();
        assertEquals("亩均税收（万元/亩） · 远景2035", tax.title());
        assertEquals(2035.5, p.getDomainAxis().getUpperBound());
        assertTrue(seriesNames(p.getDataset()).stream().anyMatch(k -> k.contains("外推")));

        SlideChart copper = charts.vision(plan, TestPlans.byCode(plan, "G10"));
        XYPlot cp = copper.chart().getXYPlot();
        assertTrue(seriesNames(cp.getDataset()).contains("2025年后至2035年目标"), seriesNames(cp.getDataset()).toString());
        assertEquals("2025年目标 45万吨", label(cp, "目标值", 0));
        assertEquals("2035年目标 63.6万吨", label(cp, "目标值", 1), "the year and the indicator's precision");
    }

    @Test
    void chainTargetsNameTheirYearAndPrecision() {
        SlideChart c = charts.chainTargets(plan);
        CategoryPlot p = c.chart().getCategoryPlot();
        List<String> categories = p.getDataset().getColumnKeys().stream().map(Object::toString).toList();
        assertTrue(categories.contains("高纯阴极铜年产量\n2025年目标 45万吨\n2023年 36万吨"), categories.toString());
        assertTrue(categories.contains("高纯阴极铜年产量\n2035年目标 63.6万吨\n2023年 36万吨"), categories.toString());
        assertEquals(80.0, p.getDataset().getValue(0, categories.indexOf(
                "高纯阴极铜年产量\n2025年目标 45万吨\n2023年 36万吨")).doubleValue(), 1e-9);
    }

    // ------------------------------------------------------------------ exports

    @Test
    void pngsHaveTheRequestedSize() throws Exception {
        SlideChart c = charts.trajectory(plan, plan.indicators().get(0));
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}, {3840, 2160}}) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartExport.png(c.chart(), size[0], size[1])));
            assertEquals(size[0], img.getWidth());
            assertEquals(size[1], img.getHeight());
        }
    }

    @Test
    void svgScalesWhereverItIsPlacedAndHasItsTextAsOutlines() throws Exception {
        String svg = ChartExport.svg(charts.zones(plan).chart(), 1920, 1080);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // never fetch the DTD from the network: office PCs have none
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getNodeName());
        assertEquals(List.of(0.0, 0.0, 1920.0, 1080.0), numbers(root.getAttribute("viewBox")));
        assertEquals(List.of(1920.0), numbers(root.getAttribute("width")));
        assertEquals(List.of(1080.0), numbers(root.getAttribute("height")));
        assertEquals(0, doc.getElementsByTagName("text").getLength(), "no <text>: glyphs are paths");
        assertTrue(doc.getElementsByTagName("path").getLength() > 10, "titles, labels and ticks drawn as paths");
        String small = ChartExport.svg(charts.zones(plan).chart(), 960, 540);
        Element smallRoot = f.newDocumentBuilder().parse(new ByteArrayInputStream(small.getBytes(
                StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(List.of(0.0, 0.0, 960.0, 540.0), numbers(smallRoot.getAttribute("viewBox")));
    }

    @Test
    void everyChartSaysWhereTheDataComeFromAndTheYearTheyRunTo() {
        for (SlideChart c : charts.all(plan)) {
            String stamp = subtitles(c.chart()).lines().filter(l -> l.startsWith("数据来源")).findFirst()
                    .orElse("");
            assertTrue(stamp.endsWith("数据截至2023年"), c.id() + ": " + stamp);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Indicator withActuals(Indicator ind, double... v) {
        List<YearValue> values = new ArrayList<>(ind.values());
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                values.add(TestPlans.actual(2021 + i, v[i]));
            }
        }
        return Records.with(ind, "values", values);
    }

    private static List<Double> numbers(String attribute) {
        return java.util.Arrays.stream(attribute.trim().split("[\\s,]+")).filter(x -> !x.isEmpty())
                .map(x -> Double.valueOf(x.replace("px", ""))).toList();
    }

    private static List<String> seriesNames(XYDataset d) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            out.add(d.getSeriesKey(s).toString());
        }
        return out;
    }

    private static Optional<Integer> series(XYDataset d, String name) {
        for (int s = 0; s < d.getSeriesCount(); s++) {
            if (d.getSeriesKey(s).toString().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The y values of the series called {@code name}, empty when there is none. */
    private static List<Double> values(XYDataset d, String name) {
        List<Double> out = new ArrayList<>();
        series(d, name).ifPresent(s -> {
            for (int i = 0; i < d.getItemCount(s); i++) {
                out.add(d.getYValue(s, i));
            }
        });
        return out;
    }

    /** The label drawn at item {@code item} of the series called {@code name}. */
    private static String label(XYPlot p, String name, int item) {
        int s = series(p.getDataset(), name).orElseThrow(() -> new AssertionError("no series " + name));
        return p.getRenderer().getItemLabelGenerator(s, item).generateLabel(p.getDataset(), s, item);
    }

    private static String subtitles(JFreeChart chart) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle tt) {
                b.append(tt.getText()).append('\n');
            }
        }
        return b.toString();
    }

    /** The value axis's tick labels as drawn at 1920×1080. */
    private static List<String> ticks(JFreeChart chart) {
        BufferedImage img = new BufferedImage(SlideChart.WIDTH, SlideChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            ChartRenderingInfo info = ChartExport.draw(chart, g2, SlideChart.WIDTH, SlideChart.HEIGHT);
            NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
            List<String> out = new ArrayList<>();
            for (Object t : y.refreshTicks(g2, new AxisState(), info.getPlotInfo().getDataArea(), RectangleEdge.LEFT)) {
                out.add(((Tick) t).getText());
            }
            return out;
        } finally {
            g2.dispose();
        }
    }

    private static void assertDistinct(List<String> ticks) {
        assertTrue(ticks.size() >= 3, "a few ticks: " + ticks);
        assertEquals(ticks.size(), new HashSet<>(ticks).size(), "every tick reads a different number: " + ticks);
        assertFalse(ticks.contains("-0"), ticks.toString());
    }
}
