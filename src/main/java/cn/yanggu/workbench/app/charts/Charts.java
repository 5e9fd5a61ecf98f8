package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the slide charts from the plan: one trajectory per indicator, the chain targets, the project pipeline by
 * stage and chain (count and investment) and the zones side by side. Colours and sizes follow the design brief.
 */
public final class Charts {
    static final Color PLAN = new Color(0x1E6FD9);
    static final Color ACTUAL = new Color(0x1F2329);
    static final Color PROJECTION = new Color(0xD98200);
    static final Color TARGET = new Color(0xC62828);
    static final Color GUIDE = new Color(0xB8BEC7);
    static final Color GRID = new Color(0xE3E6EB);
    static final Color SECONDARY = new Color(0x646A73);
    /** Bars: one colour (single series), or the project stages 储备 → 竣工 from light to dark, 未规定 grey. */
    private static final Color[] SERIES = {new Color(0x9CC2F2), new Color(0x5B9BE6), new Color(0x1E6FD9),
        new Color(0x1B4F9C), new Color(0xB8BEC7), new Color(0x646A73)};

    private final I18n t;
    private final ChartFonts fonts;
    private final LocalDate asOf;
    private final double tolerance;

    public Charts(I18n t, ChartFonts fonts, LocalDate asOf, double tolerance) {
        this.t = t;
        this.fonts = fonts;
        this.asOf = asOf;
        this.tolerance = tolerance;
    }

    /** Every chart of the plan, in the order of the deck. */
    public List<SlideChart> all(Plan plan) {
        List<SlideChart> out = new ArrayList<>();
        for (Indicator ind : chartable(plan)) {
            out.add(trajectory(plan, ind));
        }
        out.add(chainTargets(plan));
        out.add(pipeline(plan, false));
        out.add(pipeline(plan, true));
        out.add(zones(plan));
        return out;
    }

    /** Indicators that have something to draw: a target, a baseline or an actual. */
    public static List<Indicator> chartable(Plan plan) {
        return plan.indicators().stream().filter(i -> !i.values().isEmpty()).toList();
    }

    // ------------------------------------------------------------------ trajectory

    public SlideChart trajectory(Plan plan, Indicator ind) {
        int end = plan.info().periodEnd();
        int vision = plan.info().visionYear();
        Assessment a = Assessment.of(ind, end, tolerance);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        int s = 0;

        XYSeries planned = series(t.get("chart.planned"), a.plannedPath());
        data.addSeries(planned);
        r.setSeriesPaint(s, PLAN);
        r.setSeriesStroke(s, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShapesVisible(s, false);
        s++;

        Assessment.Continuation c = a.continuation(vision);
        if (!c.points().isEmpty()) {
            data.addSeries(series(c.extrapolated() ? t.get("chart.extrapolated") : t.get("chart.toVision"),
                    c.points()));
            r.setSeriesPaint(s, PLAN);
            r.setSeriesStroke(s, new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {18f, 12f}, 0f));
            r.setSeriesShapesVisible(s, false);
            s++;
        }

        List<Assessment.Point> projection = a.projection(vision);
        if (!projection.isEmpty()) {
            data.addSeries(series(t.get("chart.projection"), projection));
            r.setSeriesPaint(s, PROJECTION);
            r.setSeriesStroke(s, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {2f, 10f}, 0f));
            r.setSeriesShapesVisible(s, false);
            s++;
        }

        for (Enums.Vintage v : new Enums.Vintage[] {Enums.Vintage.FINAL, Enums.Vintage.PRELIMINARY,
            Enums.Vintage.ESTIMATE, null}) {
            List<YearValue> values = ind.values().stream()
                    .filter(x -> x.kind() == Enums.ValueKind.ACTUAL && x.vintage() == v).toList();
            if (values.isEmpty()) {
                continue;
            }
            XYSeries actual = new XYSeries(t.get("chart.actual", vintageWord(v)));
            values.forEach(x -> actual.add(x.year(), x.value()));
            data.addSeries(actual);
            r.setSeriesPaint(s, ACTUAL);
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShapesVisible(s, true);
            r.setSeriesShape(s, vintageShape(v));
            r.setSeriesShapesFilled(s, v != Enums.Vintage.ESTIMATE);
            r.setSeriesStroke(s, new BasicStroke(3f));
            s++;
        }

        Optional<YearValue> baseValue = ind.baseline();
        if (baseValue.isPresent()) {
            XYSeries base = new XYSeries(t.get("chart.base"));
            base.add(baseValue.get().year(), baseValue.get().value());
            data.addSeries(base);
            r.setSeriesPaint(s, PLAN);
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShape(s, new java.awt.geom.Rectangle2D.Double(-8, -8, 16, 16));
            r.setSeriesShapesFilled(s, true);
            labelled(r, s, PLAN);
            s++;
        }

        XYSeries targets = new XYSeries(t.get("chart.target"));
        ind.values().stream().filter(x -> x.kind() == Enums.ValueKind.TARGET).forEach(x -> targets.add(x.year(),
                x.value()));
        if (targets.getItemCount() > 0) {
            data.addSeries(targets);
            r.setSeriesPaint(s, TARGET);
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShape(s, diamond(13));
            r.setSeriesShapesFilled(s, true);
            labelled(r, s, TARGET);
            s++;
        }
        String unit = ind.unit() == null ? "" : ind.unit();
        r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}，{1}年：{2} " + unit,
                new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)), numberFormat()));

        NumberAxis x = new NumberAxis();
        x.setRange(plan.info().baseYear() - 0.5, vision + 0.5);
        x.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(numberFormat());
        XYPlot plot = new XYPlot(data, x, y, r);
        style(plot);
        plot.addDomainMarker(guide(end, t.get("chart.guide", end)));
        plot.addDomainMarker(guide(vision, t.get("chart.guide", vision)));
        if (a.latest().isEmpty()) {
            y.setAutoRangeMinimumSize(1e-9);
        }

        String title = ind.name() + (unit.isEmpty() ? "" : "（" + unit + "）");
        JFreeChart chart = chart(title, plot, subtitle(ind, a, unit));
        return new SlideChart("indicator-" + ind.code(), title, chart, statusLine(ind, a, unit));
    }

    /** Shows each point's value above it (targets, the base value). */
    private void labelled(XYLineAndShapeRenderer r, int series, Color color) {
        r.setSeriesItemLabelsVisible(series, true);
        r.setSeriesItemLabelFont(series, fonts.bold(22));
        r.setSeriesItemLabelPaint(series, color);
        r.setSeriesItemLabelGenerator(series, (dataset, sr, item) -> sr == series
                ? number(dataset.getYValue(sr, item)) : null);
        r.setSeriesPositiveItemLabelPosition(series, new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setItemLabelAnchorOffset(14);
    }

    private String subtitle(Indicator ind, Assessment a, String unit) {
        if (a.latest().isEmpty()) {
            return t.get("chart.noActuals") + (c(ind.table()) ? " · " + ind.table() : "");
        }
        return statusLine(ind, a, unit);
    }

    private static boolean c(String s) {
        return s != null && !s.isBlank();
    }

    /** "状态：滞后 · 2023年 5.3（年报）· 2025年目标 7.3 · 尚需年均增长 11.3%" */
    public String statusLine(Indicator ind, Assessment a, String unit) {
        StringBuilder b = new StringBuilder(t.get("chart.status", statusWord(a.status())));
        a.latest().ifPresent(l -> b.append(" · ").append(t.get("chart.latest", l.year(), number(l.value()) + " "
                + unit, vintageWord(l.vintage()))));
        a.target().ifPresent(tg -> b.append(" · ").append(t.get("chart.targetValue", tg.year(),
                number(tg.value()) + " " + unit)));
        if (a.latest().isPresent() && a.requiredRate().isPresent() && a.status() != Assessment.Status.ACHIEVED) {
            b.append(" · ").append(t.get("chart.required", percent(a.requiredRate().getAsDouble())));
        }
        if (a.bindingWarning()) {
            b.append(" · ").append(t.get("chart.bindingWarning"));
        }
        return b.toString();
    }

    public String statusWord(Assessment.Status s) {
        return statusWord(t, s);
    }

    /** The status word of plan evaluations in the UI language. */
    public static String statusWord(I18n t, Assessment.Status s) {
        return cn.yanggu.workbench.app.Words.status(t, s);
    }

    private String vintageWord(Enums.Vintage v) {
        return v == null ? t.get("chart.vintageUnknown") : cn.yanggu.workbench.app.Words.vintage(t, v);
    }

    private static Shape vintageShape(Enums.Vintage v) {
        double d = 20;
        Ellipse2D outer = new Ellipse2D.Double(-d / 2, -d / 2, d, d);
        if (v == Enums.Vintage.PRELIMINARY) {
            Area ring = new Area(outer);
            ring.subtract(new Area(new Ellipse2D.Double(-d / 2 + 3, -d / 2 + 3, d - 6, d - 6)));
            ring.add(new Area(new Ellipse2D.Double(-3.5, -3.5, 7, 7)));
            return ring;
        }
        return outer;
    }

    private static Shape diamond(double r) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private ValueMarker guide(int year, String label) {
        ValueMarker m = new ValueMarker(year, GUIDE, new BasicStroke(2f));
        m.setLabel(label);
        m.setLabelFont(fonts.regular(18));
        m.setLabelPaint(SECONDARY);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }

    private static XYSeries series(String name, List<Assessment.Point> points) {
        XYSeries s = new XYSeries(name, false, true);
        points.forEach(p -> s.add(p.year(), p.value()));
        return s;
    }

    // ------------------------------------------------------------------ category charts

    /** Progress of each chain's quantitative targets: the latest actual as a share of the 2025 target. */
    public SlideChart chainTargets(Plan plan) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int end = plan.info().periodEnd();
        boolean anyActual = false;
        for (Chain c : plan.chains()) {
            for (Indicator ind : plan.indicatorsOfChain(c.code())) {
                Optional<YearValue> target = ind.target(end);
                if (target.isEmpty() || target.get().value() == 0) {
                    continue;
                }
                Optional<YearValue> latest = Assessment.latestActual(ind);
                anyActual |= latest.isPresent();
                double share = latest.map(l -> 100.0 * l.value() / target.get().value()).orElse(0.0);
                data.addValue(share, t.get("chart.shareOfTarget"), ind.name() + "\n" + t.get("chart.targetShort",
                        number(target.get().value()) + (ind.unit() == null ? "" : ind.unit())));
            }
        }
        JFreeChart chart = bars(t.get("chart.chainTargetsTitle"), data, t.get("chart.percentOfTarget"), false,
                PlotOrientation.HORIZONTAL);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 110);
        plot.addRangeMarker(new ValueMarker(100, TARGET, new BasicStroke(2f)));
        String status = anyActual ? "" : t.get("chart.noActuals");
        if (!status.isEmpty()) {
            chart.addSubtitle(1, subtitleText(status));
        }
        return new SlideChart("chain-targets", t.get("chart.chainTargetsTitle"), chart, status);
    }

    /** The project pipeline: projects (or investment) by chain, stacked by stage. */
    public SlideChart pipeline(Plan plan, boolean investment) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> stages = new ArrayList<>();
        for (Enums.ProjectStage st : Enums.ProjectStage.values()) {
            stages.add(stageWord(st));
        }
        stages.add(t.get("common.unset"));
        List<String> chains = new ArrayList<>(plan.chains().stream().map(Chain::name).toList());
        chains.add(t.get("project.crossCutting"));
        for (String stage : stages) {
            for (String chain : chains) {
                data.addValue(0, stage, chain);
            }
        }
        double known = 0;
        for (Project p : plan.projects()) {
            String chain = p.chainCode() == null ? t.get("project.crossCutting")
                    : plan.chain(p.chainCode()).map(Chain::name).orElse(t.get("project.crossCutting"));
            String stage = p.stage() == null ? t.get("common.unset") : stageWord(p.stage());
            double v = investment ? (p.investmentWan() == null ? 0 : p.investmentWan() / 10000.0) : 1;
            known += investment && p.investmentWan() != null ? 1 : 0;
            data.incrementValue(v, stage, chain);
        }
        String title = investment ? t.get("chart.pipelineInvestmentTitle") : t.get("chart.pipelineCountTitle");
        JFreeChart chart = bars(title, data, investment ? t.get("chart.yiAxis") : t.get("chart.projectsAxis"), true,
                PlotOrientation.VERTICAL);
        String status = investment && known == 0 ? t.get("chart.noInvestment") : "";
        if (!status.isEmpty()) {
            chart.addSubtitle(1, subtitleText(status));
        }
        return new SlideChart(investment ? "pipeline-investment" : "pipeline-count", title, chart, status);
    }

    private String stageWord(Enums.ProjectStage s) {
        return cn.yanggu.workbench.app.Words.stage(t, s);
    }

    /** The three industrial zones side by side (area), with the stated total. */
    public SlideChart zones(Plan plan) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Zone z : plan.zones()) {
            if (z.areaKm2() != null) {
                data.addValue(z.areaKm2(), t.get("chart.area"), z.name());
            }
        }
        JFreeChart chart = bars(t.get("chart.zonesTitle"), data, t.get("chart.areaAxis"), false,
                PlotOrientation.VERTICAL);
        String line = t.get("chart.zonesTotal", number(plan.info().zoneTotalKm2() == null ? plan.industrialAreaKm2()
                : plan.info().zoneTotalKm2()));
        chart.addSubtitle(1, subtitleText(line));
        return new SlideChart("zones", t.get("chart.zonesTitle"), chart, line);
    }

    private JFreeChart bars(String title, DefaultCategoryDataset data, String unit, boolean stacked,
                            PlotOrientation orientation) {
        BarRenderer r = stacked ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        r.setItemMargin(0.05);
        for (int i = 0; i < SERIES.length; i++) {
            r.setSeriesPaint(i, SERIES[i]);
        }
        r.setDefaultItemLabelsVisible(!stacked);
        r.setDefaultItemLabelFont(fonts.bold(20));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numberFormat()) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v == null || v.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}，{1}：{2} " + unit, numberFormat()));
        CategoryAxis x = new CategoryAxis();
        x.setMaximumCategoryLabelLines(3);
        NumberAxis y = new NumberAxis(unit);
        y.setNumberFormatOverride(numberFormat());
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(orientation);
        style(plot);
        JFreeChart chart = chart(title, plot, null);
        if (!stacked) {
            chart.removeLegend();
        }
        return chart;
    }

    // ------------------------------------------------------------------ style

    JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, String subtitle) {
        JFreeChart chart = new JFreeChart(title, fonts.bold(40), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(64, 64, 40, 64));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setPaint(ACTUAL);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, 0, 16, 0);
        if (subtitle != null) {
            chart.addSubtitle(subtitleText(subtitle));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(fonts.regular(22));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setMargin(0, 0, 12, 0);
            legend.setBackgroundPaint(Color.WHITE);
        }
        TextTitle stamp = new TextTitle(t.get("chart.stamp", asOf.toString()), fonts.regular(18));
        stamp.setPaint(SECONDARY);
        stamp.setPosition(RectangleEdge.BOTTOM);
        stamp.setHorizontalAlignment(HorizontalAlignment.LEFT);
        stamp.setMargin(20, 0, 0, 0);
        chart.addSubtitle(stamp);
        return chart;
    }

    TextTitle subtitleText(String text) {
        TextTitle sub = new TextTitle(text, fonts.regular(24));
        sub.setPaint(SECONDARY);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setMargin(0, 0, 10, 0);
        return sub;
    }

    private void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        styleAxis(plot.getDomainAxis());
        styleAxis(plot.getRangeAxis());
    }

    void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        styleAxis(plot.getDomainAxis());
        styleAxis(plot.getRangeAxis());
    }

    private void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(fonts.regular(24));
        axis.setLabelPaint(SECONDARY);
        axis.setTickLabelFont(fonts.regular(20));
        axis.setTickLabelPaint(ACTUAL);
        axis.setAxisLinePaint(GUIDE);
        axis.setTickMarkPaint(GUIDE);
    }

    static DecimalFormat numberFormat() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    static String number(double v) {
        return numberFormat().format(v);
    }

    static String percent(double fraction) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(fraction * 100) + "%";
    }
}
