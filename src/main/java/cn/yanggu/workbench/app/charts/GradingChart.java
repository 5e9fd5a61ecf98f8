package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Grading;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Paint;
import java.time.LocalDate;
import java.util.List;

/**
 * The 亩产效益 distribution for a slide: one bar per class (优先发展 … 整治淘汰) with its count and share, coloured by
 * class, the method in the subtitle and the firms that could not be graded named by count.
 */
public record GradingChart(I18n t, ChartFonts fonts) {
    /** Class colours, best to worst (the status tokens: green, blue, amber, red). */
    public static final Color[] GRADE_COLOURS = {new Color(0x1B7F3B), new Color(0x1E6FD9), new Color(0xD98200),
        new Color(0xC62828)};

    /** {@code asOf} is no longer printed: the stamp says 数据截至 the grading's year. */
    public GradingChart(I18n t, ChartFonts fonts, LocalDate asOf) {
        this(t, fonts);
    }

    /** The slide frame (title, stamp, fonts) shared with the other charts(). */
    private Charts charts() {
        return new Charts(t, fonts, Assessment.DEFAULT_TOLERANCE);
    }

    public SlideChart distribution(Plan plan, Grading.Result result) {
        GradingText words = new GradingText(t);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int[] counts = result.counts();
        int n = result.graded().size();
        GradingMethod m = result.method();
        for (int g = 1; g <= Grading.CLASSES; g++) {
            data.addValue(counts[g - 1], t.get("grading.chart.series"), category(plan, m, g));
        }
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return GRADE_COLOURS[column % GRADE_COLOURS.length];
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.16);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(fonts.bold(24));
        r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                int v = dataset.getValue(row, column).intValue();
                return n == 0 ? null : t.get("grading.chart.barLabel", v, cn.yanggu.workbench.app.Judgements.percent((double) v / n));
            }
        });
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}：{2}", Charts.numberFormat()));
        CategoryAxis x = new CategoryAxis();
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis(t.get("grading.chart.axis"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        charts().style(plot);
        String title = t.get("grading.chart.title", result.year());
        JFreeChart chart = charts().chart(title, plot, null, result.year());
        chart.removeLegend();
        String line = t.get("grading.chart.counts", n, result.notGraded().size());
        chart.addSubtitle(1, left(words.describe(m, plan)));
        chart.addSubtitle(2, left(line));
        if (n == 0) {
            chart.addSubtitle(3, left(t.get("grading.chart.empty")));
        }
        return new SlideChart("grading-" + result.year(), title, chart, line);
    }

    private org.jfree.chart.title.TextTitle left(String text) {
        org.jfree.chart.title.TextTitle title = charts().subtitleText(text);
        title.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        return title;
    }

    private String category(Plan plan, GradingMethod m, int g) {
        String name = GradingText.grade(plan, g);
        List<Double> c = m.cutoffs();
        String rule;
        if (m.cutoffMode() == GradingMethod.CutoffMode.SCORE) {
            rule = g == 1 ? "≥ " + GradingText.number(c.get(0))
                    : g == Grading.CLASSES ? "< " + GradingText.number(c.get(2))
                    : GradingText.number(c.get(g - 1)) + "–" + GradingText.number(c.get(g - 2));
            rule = t.get("grading.chart.scoreRule", rule);
        } else {
            rule = g == 1 ? t.get("grading.chart.shareTop", GradingText.number(c.get(0)))
                    : g == Grading.CLASSES ? t.get("grading.chart.shareLast", GradingText.number(m.lastShare()))
                    : t.get("grading.chart.shareNext", GradingText.number(c.get(g - 1)));
        }
        return name + "\n" + rule;
    }
}
