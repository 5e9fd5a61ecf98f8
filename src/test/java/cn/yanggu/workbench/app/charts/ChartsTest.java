package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {
    private static Plan plan;
    private static Charts charts;
    private static final I18n T = I18n.forLanguage("zh");

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        try (var in = Files.newInputStream(Path.of("seeds/plan.json"))) {
            plan = new PlanJson().read(in);
        }
        charts = new Charts(T, ChartFonts.load(), LocalDate.of(2024, 6, 1), Assessment.DEFAULT_TOLERANCE);
    }

    @Test
    void everyTable21IndicatorHasItsTrajectoryAndTheOtherChartsAreThere() {
        List<String> ids = charts.all(plan).stream().map(SlideChart::id).toList();
        for (int i = 1; i <= 9; i++) {
            assertTrue(ids.contains("indicator-T0" + i), ids.toString());
        }
        assertTrue(ids.containsAll(List.of("chain-targets", "pipeline-count", "pipeline-investment", "zones")));
    }

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
    void svgIsWellFormedAndHasItsTextAsOutlines() throws Exception {
        String svg = ChartExport.svg(charts.zones(plan).chart(), 1920, 1080);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // never fetch the DTD from the network: office PCs have none
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals(0, doc.getElementsByTagName("text").getLength(), "no <text>: glyphs are paths");
        assertTrue(doc.getElementsByTagName("path").getLength() > 10, "titles, labels and ticks drawn as paths");
    }

    @Test
    void theContinuationIsLabelledAnExtrapolationUnlessA2035TargetExists() {
        Indicator tax = plan.indicators().get(0);
        XYPlot plot = charts.trajectory(plan, tax).chart().getXYPlot();
        assertTrue(plot.getDataset().getSeriesKey(1).toString().contains("外推"));
        List<YearValue> values = new ArrayList<>(tax.values());
        values.add(new YearValue(2035, Enums.ValueKind.TARGET, 12, Enums.Comparator.EQ, null, null, "用户", null,
                null));
        Indicator withVision = new Indicator(tax.code(), tax.name(), tax.category(), tax.unit(), tax.direction(),
                tax.attribute(), tax.growthKind(), tax.statedRate(), tax.table(), tax.row(), tax.chainCode(),
                tax.source(), tax.note(), values);
        String key = charts.trajectory(plan, withVision).chart().getXYPlot().getDataset().getSeriesKey(1).toString();
        assertFalse(key.contains("外推"), key);
        assertTrue(key.contains("2035"), key);
    }

    @Test
    void everyChartCarriesItsSourceLineAndAsOfDate() {
        for (SlideChart c : charts.all(plan)) {
            boolean stamped = false;
            for (int i = 0; i < c.chart().getSubtitleCount(); i++) {
                if (c.chart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle tt
                        && tt.getText().startsWith("数据来源") && tt.getText().contains("2024-06-01")) {
                    stamped = true;
                }
            }
            assertTrue(stamped, c.id());
        }
    }

    @Test
    void theDeckReadsBackWithATitleSlideOneSlidePerChartAndTheStatusTable() throws Exception {
        List<SlideChart> all = charts.all(plan);
        List<String> titles = all.stream().map(SlideChart::title).toList();
        AtomicInteger progress = new AtomicInteger();
        byte[] pptx = new Deck(T, charts, LocalDate.of(2024, 6, 1), Assessment.DEFAULT_TOLERANCE)
                .pptx(plan, all, progress::set);
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<XSLFSlide> slides = ppt.getSlides();
            int tablePages = (int) Math.ceil(plan.indicators().stream().filter(i -> i.target(2025).isPresent())
                    .count() / 12.0);
            assertEquals(1 + all.size() + tablePages, slides.size());
            assertTrue(text(slides.get(0)).contains("山东阳谷经济开发区产业发展规划"));
            for (int i = 0; i < all.size(); i++) {
                XSLFSlide s = slides.get(i + 1);
                assertTrue(text(s).startsWith(titles.get(i)), text(s));
                assertEquals(1, s.getShapes().stream().filter(x -> x instanceof XSLFPictureShape).count());
            }
            XSLFSlide summary = slides.get(1 + all.size());
            XSLFTable table = (XSLFTable) summary.getShapes().stream().filter(x -> x instanceof XSLFTable)
                    .findFirst().orElseThrow();
            assertEquals("状态", table.getCell(0, 5).getText());
            assertEquals("亩均税收（万元/亩）", table.getCell(1, 1).getText());
            assertEquals("尚无实际值", table.getCell(1, 5).getText());
        }
        assertEquals(1 + all.size(), progress.get());
    }

    private static String text(XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape ts) {
                b.append(ts.getText()).append('\n');
            }
        }
        return b.toString();
    }
}
