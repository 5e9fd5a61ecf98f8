package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.FileNames;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Charts as files, the one way the window (图表, 亩产效益) and the command line ({@code charts}, {@code deck}) write
 * them: one chart as PNG or SVG at a size, every chart (全部导出) into a folder, one file each named by the chart's
 * title ({@link #fileName}), and the PPTX meeting deck made of them. Drawn with Java2D (no JavaFX), each file written atomically. Blocks:
 * call it off the JavaFX thread.
 */
public final class ChartService {
    /** Size limits of an exported chart (pixels). */
    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 180;
    public static final int MAX_WIDTH = 7680;
    public static final int MAX_HEIGHT = 4320;

    /** A chart's file format. */
    public enum Format {
        PNG, SVG;

        /** The file name extension, without the dot. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code png} or {@code svg} in any case. */
        public static Optional<Format> parse(String s) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final I18n t;
    private final double tolerance;
    private final Charts charts;

    /** @param tolerance the status tolerance (relative, 0.05 = ±5 % of the planned path) */
    public ChartService(I18n t, ChartFonts fonts, double tolerance) {
        this(t, new Charts(t, fonts, tolerance), tolerance);
    }

    private ChartService(I18n t, Charts charts, double tolerance) {
        this.t = t;
        this.tolerance = tolerance;
        this.charts = charts;
    }

    /** Whether {@code width}×{@code height} is a size charts are exported at. */
    public static boolean sizeAllowed(int width, int height) {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT && width <= MAX_WIDTH && height <= MAX_HEIGHT;
    }

    /** The chart's file content in {@code format}. */
    public static byte[] render(SlideChart chart, Format format, int width, int height) {
        return format == Format.PNG ? ChartExport.png(chart.chart(), width, height)
                : ChartExport.svg(chart.chart(), width, height).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one chart to {@code file}; the file appears complete or not at all. */
    public static void write(SlideChart chart, Format format, int width, int height, Path file) throws IOException {
        AtomicFile.write(file, render(chart, format, width, height));
    }

    /**
     * The chart's title as a file name a user recognises on any system: the unit in brackets left out
     * ("亩均税收（万元/亩）" → "亩均税收", "亩均税收（万元/亩） · 远景2035" → "亩均税收 · 远景2035") and every character
     * Windows refuses made a "-" ({@link FileNames#safe}). Without extension.
     */
    public static String fileName(SlideChart chart) {
        String bare = chart.title().replaceAll("（[^（）]*）", "").strip();
        return FileNames.safe(bare.isEmpty() ? chart.title() : bare, chart.id());
    }

    /** The name proposed for one chart exported at a size: "亩均税收-1920×1080.png". */
    public static String fileName(SlideChart chart, Format format, int width, int height) {
        return fileName(chart) + (format == Format.PNG ? "-" + width + "×" + height : "") + "." + format.extension();
    }

    /**
     * 全部导出: writes every chart of {@code plan} into {@code folder} (created if missing) as
     * {@code "01 亩均税收.<format>"} — numbered in the list's order, so the names are unique and sort as shown —
     * telling {@code progress} after each; returns how many were written.
     */
    public int writeAll(Plan plan, Path folder, Format format, int width, int height, Deck.Progress progress)
            throws IOException {
        Files.createDirectories(folder);
        List<SlideChart> all = charts.all(plan);
        int n = 0;
        for (SlideChart c : all) {
            n++;
            String name = String.format(Locale.ROOT, "%0" + digits(all.size()) + "d %s.%s", n, fileName(c),
                    format.extension());
            write(c, format, width, height, folder.resolve(name));
            progress.at(n, all.size());
        }
        return n;
    }

    private static int digits(int count) {
        return Math.max(2, String.valueOf(count).length());
    }

    /** Writes the meeting deck of {@code plan}, signed by {@code issuer}, to {@code target}; {@code progress} a slide. */
    public void writeDeck(Plan plan, String issuer, Path target, Deck.Progress progress) throws IOException {
        AtomicFile.write(target, new Deck(t, charts, issuer, tolerance).pptx(plan, progress));
    }

    /**
     * {@link #writeDeck(Plan, String, Path, Deck.Progress)} with, at the end, the 招商漏斗 (when there are leads) and one
     * slide per chain's map (现状).
     */
    public void writeDeck(Plan plan, cn.yanggu.workbench.domain.ChainMap map,
                          List<cn.yanggu.workbench.domain.Lead> leads, String issuer, Path target,
                          Deck.Progress progress) throws IOException {
        ChainMapChart maps = new ChainMapChart(t, charts.fonts());
        List<SlideChart> slides = new java.util.ArrayList<>();
        if (!leads.isEmpty()) {
            slides.add(charts.leadFunnel(plan, leads));
        }
        plan.chains().forEach(c -> slides.add(maps.chart(plan, map, leads, c, ChainMapChart.View.CURRENT)));
        AtomicFile.write(target, new Deck(t, charts, issuer, tolerance).pptx(plan, slides, progress));
    }
}
