package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Plan;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meeting deck re-read with POI, on three years of actuals (2021–2023). */
class DeckTest {
    private static final I18n T = I18n.forLanguage("zh");
    private static final String ISSUER = "阳谷经济开发区管理委员会办公室";
    private static Plan seed;
    private static Plan plan;
    private static Charts charts;
    private static XMLSlideShow deck;
    private static int progressDone;
    private static int progressTotal;

    @BeforeAll
    static void build() throws Exception {
        System.setProperty("java.awt.headless", "true");
        try (var in = Files.newInputStream(Path.of("seeds/plan.json"))) {
            seed = new PlanJson().read(in);
        }
        plan = TestPlans.withActuals(seed);
        charts = new Charts(T, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        byte[] pptx = new Deck(T, charts, ISSUER, Assessment.DEFAULT_TOLERANCE).pptx(plan, (n, of) -> {
            done.set(n);
            total.set(of);
        });
        deck = new XMLSlideShow(new ByteArrayInputStream(pptx));
        progressDone = done.get();
        progressTotal = total.get();
    }

    @Test
    void theTitleSlideNamesThePlanTheIssuerAndTheYearTheDataRunTo() {
        String title = text(deck.getSlides().get(0));
        assertTrue(title.contains("《山东阳谷经济开发区产业发展规划》"), title);
        assertTrue(title.contains("阳政办字〔2022〕7号"), title);
        assertTrue(title.contains("数据截至2023年"), title);
        assertTrue(title.contains(ISSUER), title);
        assertFalse(title.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no day the file was made: " + title);
    }

    @Test
    void slideTwoIsTheStatusTableLaggingFirstTenRowsAtMost() {
        XSLFTable first = table(deck.getSlides().get(1)).orElseThrow(() -> new AssertionError("slide 2: no table"));
        assertEquals(List.of("指标", "2025年目标", "最新值", "进度", "状态"), row(first, 0));
        assertEquals(List.of("十强产业投资占比", "80%", "60%（2023年，快报）", "-17.6%", "◆ 严重滞后"), row(first, 1));

        List<List<String>> rows = new ArrayList<>();
        List<XSLFTable> tables = new ArrayList<>();
        for (XSLFSlide s : summarySlides()) {
            XSLFTable t = table(s).orElseThrow();
            tables.add(t);
            assertTrue(t.getNumberOfRows() - 1 <= 10, "at most ten rows a slide: " + (t.getNumberOfRows() - 1));
            for (int r = 1; r < t.getNumberOfRows(); r++) {
                rows.add(row(t, r));
            }
        }
        assertTrue(tables.size() >= 2);
        // every lagging status before the first that is not
        List<String> statuses = rows.stream().map(r -> r.get(4)).toList();
        int lastLagging = -1;
        int firstOther = statuses.size();
        for (int i = 0; i < statuses.size(); i++) {
            boolean lagging = statuses.get(i).contains("滞后") || statuses.get(i).contains("未达要求");
            if (lagging) {
                lastLagging = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertTrue(lastLagging >= 1 && lastLagging < firstOther, statuses.toString());
        // targets with their comparators, the latest with its year and 口径, in the display unit
        assertTrue(rows.contains(List.of("工业粉尘排放达标率", ">85%", "85%（2023年，快报）", "100.0%", "● 基本符合预期")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("规上工业企业") && r.get(1).equals("≥120家")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("进出口总额") && r.get(1).equals("170亿元")
                && r.get(2).equals("158亿元（2023年，快报）")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("单位增加值能耗") && r.get(4).equals("✓ 符合要求")));
        assertFalse(rows.stream().anyMatch(r -> r.get(2).contains("尚无实际值")), "no row without data");
    }

    @Test
    void theSummaryIsLargeAndTheStatusIsInItsColourWithItsWordAndSymbol() {
        for (XSLFSlide s : summarySlides()) {
            for (XSLFShape shape : s.getShapes()) {
                for (XSLFTextParagraph p : paragraphs(shape)) {
                    for (XSLFTextRun r : p.getTextRuns()) {
                        if (!r.getRawText().isBlank()) {
                            assertTrue(r.getFontSize() >= 18, r.getRawText() + " at " + r.getFontSize() + " pt");
                        }
                    }
                }
            }
            XSLFTable t = table(s).orElseThrow();
            for (int r = 1; r < t.getNumberOfRows(); r++) {
                XSLFTableCell status = t.getCell(r, 4);
                XSLFTextRun run = status.getTextParagraphs().get(0).getTextRuns().get(0);
                java.awt.Color colour = colourOf(run);
                String word = status.getText();
                if (word.contains("严重滞后")) {
                    assertEquals(new java.awt.Color(0xC62828), colour);
                } else if (word.contains("滞后")) {
                    assertEquals(new java.awt.Color(0xD98200), colour);
                } else if (word.contains("基本符合预期")) {
                    assertEquals(new java.awt.Color(0x1E6FD9), colour);
                } else if (word.contains("提前实现")) {
                    assertEquals(new java.awt.Color(0x1B7F3B), colour);
                }
                assertTrue(word.matches("[★▲●▼◆✓○] .+"), "a symbol and the word: " + word);
            }
        }
    }

    @Test
    void thenTheChartsLaggingFirstEachWithDataAndNothingSaidTwice() {
        List<XSLFSlide> chartSlides = deck.getSlides().stream().filter(s -> s.getShapes().stream()
                .anyMatch(x -> x instanceof XSLFPictureShape)).toList();
        assertEquals("十强产业投资占比（%）", text(chartSlides.get(0)).strip(), "the one far behind comes first");
        assertEquals("亩均税收（万元/亩）", text(chartSlides.get(1)).strip());
        List<String> titles = chartSlides.stream().map(s -> text(s).strip()).toList();
        assertFalse(titles.contains("研究生学历以上人才数（人）"), "no actuals: no chart slide");
        assertFalse(titles.contains("重点项目：各产业链投资额（按阶段）"), "no investments: no axis of zeros");
        assertTrue(titles.contains("高纯阴极铜年产量（万吨） · 远景2035"), "a 2035 target was set: its chart goes in");
        assertFalse(titles.contains("亩均税收（万元/亩） · 远景2035"), "an extrapolation stays out of the deck");
        assertTrue(titles.containsAll(List.of("产业链量化目标完成度", "重点项目：各产业链项目数（按阶段）", "三个工业集中区面积")));
        for (XSLFSlide s : chartSlides) {
            // the slide's title is its one line of text; the status line is in the picture, not again beside it
            assertEquals(1, s.getShapes().stream().filter(x -> x instanceof XSLFTextShape).count(), text(s));
            assertEquals(1, s.getShapes().stream().filter(x -> x instanceof XSLFPictureShape).count());
        }
        String last = text(summarySlides().get(summarySlides().size() - 1));
        assertTrue(last.contains("尚无实际值，未列入表格和图表：") && last.contains("研究生学历以上人才数"), last);
        assertTrue(last.contains("未列“重点项目：各产业链投资额（按阶段）”图：规划未列各项目投资额"), last);
        assertEquals(deck.getSlides().size(), progressDone);
        assertEquals(deck.getSlides().size(), progressTotal);
    }

    @Test
    void aPlanWithNoActualsYetGivesNoChartOfAnIndicatorAndSaysWhy() throws Exception {
        byte[] pptx = new Deck(T, charts, ISSUER, Assessment.DEFAULT_TOLERANCE).pptx(seed, (n, of) -> { });
        try (XMLSlideShow empty = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            String title = text(empty.getSlides().get(0));
            assertTrue(title.contains("数据截至2020年"), title);
            String summary = text(empty.getSlides().get(1));
            assertTrue(summary.contains("尚无实际值，未列入表格和图表：亩均税收"), summary);
            assertFalse(table(empty.getSlides().get(1)).isPresent(), "no table of empty rows");
            for (XSLFSlide s : empty.getSlides()) {
                if (s.getShapes().stream().anyMatch(x -> x instanceof XSLFPictureShape)) {
                    assertFalse(text(s).contains("（万元/亩）"), "no indicator chart: " + text(s));
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<XSLFSlide> summarySlides() {
        return deck.getSlides().stream().filter(s -> text(s).startsWith("主要指标完成情况")).toList();
    }

    private static java.util.Optional<XSLFTable> table(XSLFSlide s) {
        return s.getShapes().stream().filter(x -> x instanceof XSLFTable).map(x -> (XSLFTable) x).findFirst();
    }

    private static List<String> row(XSLFTable t, int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < t.getNumberOfColumns(); c++) {
            out.add(t.getCell(r, c).getText());
        }
        return out;
    }

    private static List<XSLFTextParagraph> paragraphs(XSLFShape shape) {
        List<XSLFTextParagraph> out = new ArrayList<>();
        if (shape instanceof XSLFTextShape ts) {
            out.addAll(ts.getTextParagraphs());
        } else if (shape instanceof XSLFTable t) {
            for (int r = 0; r < t.getNumberOfRows(); r++) {
                for (int c = 0; c < t.getNumberOfColumns(); c++) {
                    out.addAll(t.getCell(r, c).getTextParagraphs());
                }
            }
        }
        return out;
    }

    private static java.awt.Color colourOf(XSLFTextRun run) {
        var paint = run.getFontColor();
        return paint instanceof org.apache.poi.sl.usermodel.PaintStyle.SolidPaint sp
                ? sp.getSolidColor().getColor() : null;
    }

    private static String text(XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape ts && !(s instanceof XSLFTableCell)) {
                b.append(ts.getText()).append('\n');
            }
        }
        return b.toString();
    }
}
