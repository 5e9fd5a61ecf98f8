package cn.yanggu.workbench.bench;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.charts.ChartExport;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.app.charts.Deck;
import cn.yanggu.workbench.app.charts.SlideChart;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Plan;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chart export speed, as numbers and as ratios to plain JFreeChart rendering of the same chart in the same run
 * (not a test: timings vary by machine). Run: {@code mvn -q -B -Pbench test-compile exec:java}.
 * Goals (issue 4): PNG 1920×1080 ≤ 100 ms warm; the deck of all charts ≤ 3 s.
 */
public final class ChartBenchmark {
    private static final int RUNS = 15;

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Plan plan;
        try (var in = Files.newInputStream(Path.of("seeds/plan.json"))) {
            plan = new PlanJson().read(in);
        }
        I18n t = I18n.forLanguage("zh");
        long f0 = System.nanoTime();
        ChartFonts fonts = ChartFonts.load();
        Charts charts = new Charts(t, fonts, Assessment.DEFAULT_TOLERANCE);
        SlideChart first = charts.trajectory(plan, plan.indicators().get(0));
        double firstPng = ms(() -> ChartExport.png(first.chart(), 1920, 1080));
        double fontsAndFirst = (System.nanoTime() - f0) / 1e6;
        double firstSvg = ms(() -> ChartExport.svg(first.chart(), 1920, 1080));

        JFreeChart chart = first.chart();
        double png = median(() -> ChartExport.png(chart, 1920, 1080));
        double basePng = median(() -> plainPng(chart, 1920, 1080));
        double png720 = median(() -> ChartExport.png(chart, 1280, 720));
        double png2x = median(() -> ChartExport.png(chart, 3840, 2160));
        double svg = median(() -> ChartExport.svg(chart, 1920, 1080));
        double baseSvg = median(() -> plainSvg(chart, 1920, 1080));

        List<SlideChart> all = charts.all(plan);
        Deck deck = new Deck(t, charts, "阳谷经济开发区管理委员会", Assessment.DEFAULT_TOLERANCE);
        double deckMs = median(() -> deck.pptx(plan, (n, total) -> { }), 3);
        double baseAll = median(() -> {
            for (SlideChart s : all) {
                plainPng(s.chart(), 1920, 1080);
            }
            return null;
        }, 3);

        System.out.printf("chart export benchmark (%d charts, median of %d runs, JDK %s)%n", all.size(), RUNS,
                System.getProperty("java.version"));
        System.out.printf("  fonts + first PNG 1920x1080: %8.1f ms (first PNG alone %.1f ms), first SVG %.1f ms%n",
                fontsAndFirst, firstPng, firstSvg);
        row("PNG 1920x1080 (warm)", png, basePng, "goal <= 100 ms");
        row("PNG 1280x720 (warm)", png720, basePng, "");
        row("PNG 3840x2160 2x (warm)", png2x, basePng, "");
        row("SVG outlines 1920x1080", svg, baseSvg, "vs plain SVG with <text>");
        row("PPTX deck, all charts", deckMs, baseAll, "goal <= 3000 ms; baseline = plain PNGs of all charts");
    }

    private static void row(String name, double ms, double baseline, String note) {
        System.out.printf("  %-26s %8.1f ms   ratio to plain JFreeChart %5.2fx   %s%n", name, ms, ms / baseline,
                note);
    }

    private static byte[] plainPng(JFreeChart chart, int w, int h) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, w, h);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plainSvg(JFreeChart chart, int w, int h) {
        SVGGraphics2D g2 = new SVGGraphics2D(w, h);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        return g2.getSVGDocument();
    }

    private static double ms(Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(Supplier<?> work) {
        return median(work, RUNS);
    }

    private static double median(Supplier<?> work, int runs) {
        work.get();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = ms(work);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
