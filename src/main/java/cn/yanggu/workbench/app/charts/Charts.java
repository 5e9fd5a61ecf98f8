package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Figures;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
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
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the slide charts from the plan: per indicator the 2020–2025 story (planned path, actuals with their values,
 * the target) and, where there is one, its 远景2035 chart (the continuation and the 2035 target); the chain targets,
 * the project pipeline by stage and chain (count and investment) and the zones side by side. Indicators are judged as
 * of the data year ({@link Judgements#dataYear}), numbers read in the display unit and precision of
 * {@link Figures}, words come from {@link Judgements}. Colours and sizes follow the design brief.
 */
public record Charts(I18n t, ChartFonts fonts, double tolerance) {
    static final Color PLAN = new Color(0x1E6FD9);
    static final Color ACTUAL = new Color(0x1F2329);
    static final Color PROJECTION = new Color(0xD98200);
    static final Color TARGET = new Color(0xC62828);
    /** The plan as issued (version 1), drawn as the baseline beside an adjusted path. */
    static final Color ORIGINAL = new Color(0x8A8F98);
    /** The next period's path and target (下一期规划). */
    static final Color SUCCESSOR = new Color(0x2E7D32);
    static final Color GUIDE = new Color(0xB8BEC7);
    static final Color GRID = new Color(0xE3E6EB);
    static final Color SECONDARY = new Color(0x646A73);
    /** Bars: one colour (single series), or the project stages 储备 → 竣工 from light to dark, 未规定 grey. */
    private static final Color[] SERIES = {new Color(0x9CC2F2), new Color(0x5B9BE6), new Color(0x1E6FD9),
        new Color(0x1B4F9C), new Color(0xB8BEC7), new Color(0x646A73)};

    /** Text sizes at 1920×1080: readable from the back of a meeting room. */
    static final float TITLE = 40;
    static final float TEXT = 24;
    static final float STAMP = 20;

    /** The id prefixes: the 2020–2025 chart of an indicator, and its 远景2035 chart. */
    public static final String INDICATOR = "indicator-";
    public static final String VISION = "vision-";

    /** The words for statuses, targets and values, in the charts' language. */
    private Judgements words() {
        return new Judgements(t);
    }

    // ------------------------------------------------------------------ the chart set

    /** A chart that can be built for the plan: its id, its title and the text a filter matches. */
    public record Entry(String id, String title, String searchable) {
    }

    /** A chart left out because it has nothing to show, and why (one line in the deck's summary). */
    public record LeftOut(String title, String reason) {
    }

    /**
     * Every chart the plan has something for, in the plan's order: each indicator's 2020–2025 chart followed by its
     * 远景2035 chart where it has one, then the chain targets, the pipeline and the zones. Cheap: nothing is drawn.
     */
    public List<Entry> catalogue(Plan plan) {
        List<Entry> out = new ArrayList<>();
        for (Indicator ind : chartable(plan)) {
            String title = title(ind);
            out.add(new Entry(INDICATOR + ind.code(), title, title + " " + nz(ind.category())));
            if (hasVision(plan, ind)) {
                String v = visionTitle(ind);
                out.add(new Entry(VISION + ind.code(), v, v + " " + nz(ind.category())));
            }
        }
        if (hasChainData(plan)) {
            out.add(new Entry("chain-targets", t.get("chart.chainTargetsTitle"), t.get("chart.chainTargetsTitle")));
        }
        if (!plan.projects().isEmpty()) {
            out.add(new Entry("pipeline-count", t.get("chart.pipelineCountTitle"), t.get("chart.pipelineCountTitle")));
        }
        if (hasInvestment(plan)) {
            out.add(new Entry("pipeline-investment", t.get("chart.pipelineInvestmentTitle"),
                    t.get("chart.pipelineInvestmentTitle")));
        }
        if (plan.zones().stream().anyMatch(z -> z.areaKm2() != null)) {
            out.add(new Entry("zones", t.get("chart.zonesTitle"), t.get("chart.zonesTitle")));
        }
        return out;
    }

    /** The plan-wide charts that have nothing to show, and why (the indicators' own are the deck's to say). */
    public List<LeftOut> leftOut(Plan plan) {
        List<LeftOut> out = new ArrayList<>();
        if (!hasChainData(plan)) {
            out.add(new LeftOut(t.get("chart.chainTargetsTitle"), t.get("status.noData")));
        }
        if (!hasInvestment(plan)) {
            out.add(new LeftOut(t.get("chart.pipelineInvestmentTitle"), t.get("chart.noInvestment")));
        }
        return out;
    }

    /** Builds the chart {@code id} names (an id of {@link #catalogue}), or empty when the plan has no such chart. */
    public Optional<SlideChart> build(Plan plan, String id) {
        for (String prefix : new String[] {INDICATOR, VISION}) {
            if (id.startsWith(prefix)) {
                String code = id.substring(prefix.length());
                return plan.indicator(code)
                        .map(i -> prefix.equals(INDICATOR) ? trajectory(plan, i) : vision(plan, i));
            }
        }
        return switch (id) {
            case "chain-targets" -> Optional.of(chainTargets(plan));
            case "pipeline-count" -> Optional.of(pipeline(plan, false));
            case "pipeline-investment" -> Optional.of(pipeline(plan, true));
            case "zones" -> Optional.of(zones(plan));
            default -> Optional.empty();
        };
    }

    /** Every chart of {@link #catalogue}, built. */
    public List<SlideChart> all(Plan plan) {
        return catalogue(plan).stream().map(e -> build(plan, e.id()).orElseThrow()).toList();
    }

    /** Indicators that have something to draw: a target, a baseline or an actual. */
    public static List<Indicator> chartable(Plan plan) {
        return plan.indicators().stream().filter(i -> !i.values().isEmpty()).toList();
    }

    /**
     * Whether the indicator has a 远景2035 chart: a 2035 target, a target of the next period (an approved successor),
     * or a plan rate to continue the path at.
     */
    public boolean hasVision(Plan plan, Indicator ind) {
        int vision = plan.info().visionYear();
        return ind.target(vision).isPresent()
                || cn.yanggu.workbench.domain.Successors.approved(plan.versions())
                        .flatMap(n -> n.target(ind.code(), n.periodEnd())).isPresent()
                || !assess(plan, ind).continuation(vision).points().isEmpty();
    }

    private boolean hasChainData(Plan plan) {
        int year = Judgements.dataYear(plan);
        return plan.chains().stream().flatMap(c -> plan.indicatorsOfChain(c.code()).stream())
                .anyMatch(i -> Assessment.latestActual(i, year).isPresent() && !chainTargetsOf(plan, i).isEmpty());
    }

    private static boolean hasInvestment(Plan plan) {
        return plan.projects().stream().anyMatch(p -> p.investmentWan() != null && p.investmentWan() > 0);
    }

    private Assessment assess(Plan plan, Indicator ind) {
        return Judgements.assess(plan, ind, Judgements.dataYear(plan), tolerance);
    }

    /** "亩均税收（万元/亩）": the name with the display unit (进出口总额（亿元）). */
    public String title(Indicator ind) {
        String unit = Judgements.unit(ind);
        return ind.name() + (unit.isEmpty() ? "" : "（" + unit + "）");
    }

    public String visionTitle(Indicator ind) {
        return t.get("chart.visionTitle", title(ind));
    }

    // ------------------------------------------------------------------ indicator charts

    /** The 2020–2025 story of an indicator, judged as of the data year. */
    public SlideChart trajectory(Plan plan, Indicator ind) {
        return trajectory(plan, ind, Judgements.dataYear(plan));
    }

    /** The 2020–2025 story of an indicator as of {@code year}: later actuals are left out. */
    public SlideChart trajectory(Plan plan, Indicator ind, int year) {
        return indicatorChart(plan, ind, year, false, false);
    }

    /**
     * The chart of a final evaluation for {@code year}: its status line gives the verdict (已实现 / 未实现 only on the
     * year's data, 暂未实现 when the data end earlier), as the report's text and table do.
     */
    public SlideChart finalEvaluation(Plan plan, Indicator ind, int year) {
        return indicatorChart(plan, ind, year, false, true);
    }

    /** The 远景2035 chart: the same story carried on to 2035 — the continuation, the projection, a 2035 target. */
    public SlideChart vision(Plan plan, Indicator ind) {
        return indicatorChart(plan, ind, Judgements.dataYear(plan), true, false);
    }

    private SlideChart indicatorChart(Plan plan, Indicator asIssued, int year, boolean toVision, boolean verdict) {
        // the targets of the version in force for the year judged; the plan as issued stays drawn as the baseline
        Indicator ind = Judgements.inForce(plan, asIssued, year);
        int version = Judgements.versionInForce(plan, year);
        // a year in an approved successor's period (2026–2030) is judged there, from its 2025 base; the first period
        // stays drawn as judged at its end, so the chart reads 2020 → 2025 → 2030
        cn.yanggu.workbench.domain.Successors.Period period = Judgements.period(plan, year);
        boolean second = period.successor().isPresent();
        boolean adjusted = !second && !ind.equals(asIssued);
        int base = plan.info().baseYear();
        int end = period.end();
        int visionYear = plan.info().visionYear();
        Assessment a = Judgements.assess(plan, ind, year, tolerance);
        Figures.DisplayUnit du = Figures.displayUnit(ind);
        List<YearValue> actuals = Assessment.actuals(ind, year);
        int lastActual = actuals.isEmpty() ? end : actuals.get(actuals.size() - 1).year();
        int from = Math.min(base, actuals.isEmpty() ? base : actuals.get(0).year());
        int to = toVision ? Math.max(visionYear, lastActual) : Math.max(end, lastActual);

        XYSeriesCollection data = new XYSeriesCollection();
        LabelledRenderer r = new LabelledRenderer();
        r.setLegendLine(new java.awt.geom.Line2D.Double(-20, 0, 20, 0));
        List<Double> ys = new ArrayList<>();

        List<Assessment.Point> path = a.plannedPath();
        List<YearValue> baseValues = new ArrayList<>();
        if (second) {
            Assessment before = Judgements.assess(plan, asIssued, period.baseYear(), tolerance);
            int was = Judgements.versionInForce(plan, period.baseYear());
            Assessment.Frame f = Judgements.frame(plan, period.baseYear(), tolerance);
            if (!before.plannedPath().isEmpty()) {
                int s = add(data, series(was == cn.yanggu.workbench.domain.PlanVersion.ORIGINAL
                        ? t.get("chart.plannedPeriod", f.baseYear() + 1, f.endYear())
                        : t.get("chart.plannedPeriodVersion", f.baseYear() + 1, f.endYear(), was),
                        before.plannedPath(), du), ys);
                r.setSeriesPaint(s, ORIGINAL);
                r.setSeriesStroke(s, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                r.setSeriesShapesVisible(s, false);
            }
            before.base().ifPresent(baseValues::add);
        }
        if (adjusted) {
            Assessment original = Judgements.assessAgainst(plan, asIssued, null, year, tolerance);
            if (!original.plannedPath().isEmpty()) {
                int s = add(data, series(t.get("chart.plannedOriginal"), original.plannedPath(), du), ys);
                r.setSeriesPaint(s, ORIGINAL);
                r.setSeriesStroke(s, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {12f, 8f}, 0f));
                r.setSeriesShapesVisible(s, false);
            }
            List<YearValue> originalTargets = asIssued.values().stream().filter(x -> x.kind() == Enums.ValueKind.TARGET
                    && x.year() <= (toVision ? visionYear : end) && ind.target(x.year()).filter(x::equals).isEmpty())
                    .toList();
            if (!originalTargets.isEmpty()) {
                XYSeries os = new XYSeries(t.get("chart.targetOriginal"));
                originalTargets.forEach(x -> os.add(x.year(), du.apply(x.value())));
                int s = add(data, os, ys);
                r.setSeriesPaint(s, ORIGINAL);
                r.setSeriesLinesVisible(s, false);
                r.setSeriesShape(s, diamond(13));
                r.setSeriesShapesFilled(s, false);
                r.setSeriesStroke(s, new BasicStroke(2.5f));
                r.label(s, originalTargets.stream().map(x -> t.get("chart.targetValueOriginal", x.year(),
                        words().target(asIssued, x))).toList(), ORIGINAL, fonts.bold(TEXT));
                for (int i = 0; i < originalTargets.size(); i++) {
                    YearValue x = originalTargets.get(i);
                    if (ind.target(x.year()).map(n -> n.value() > x.value()).orElse(false)) {
                        r.below(s, i);
                    }
                }
            }
        }
        if (!path.isEmpty()) {
            String name = second ? t.get("chart.plannedPeriodVersion", period.start(), period.end(), version)
                    : adjusted ? t.get("chart.plannedVersion", version) : t.get("chart.planned");
            int s = add(data, series(name, path, du), ys);
            r.setSeriesPaint(s, PLAN);
            r.setSeriesStroke(s, new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShapesVisible(s, false);
        }
        if (toVision) {
            // on to 2035 from the last target on the way: an approved next period's (2030) when it sets one for
            // this indicator, else this period's
            Assessment last = second ? a : cn.yanggu.workbench.domain.Successors.approved(plan.versions())
                    .filter(next -> next.target(asIssued.code(), next.periodEnd()).isPresent())
                    .map(next -> Judgements.assess(plan, asIssued, next.fromYear(), tolerance)).orElse(a);
            Assessment.Continuation c = last.continuation(visionYear);
            if (!c.points().isEmpty()) {
                int after = c.points().get(0).year();
                int s = add(data, series(c.extrapolated() ? t.get("chart.extrapolated", after)
                        : t.get("chart.toVision", after, visionYear), c.points(), du), ys);
                r.setSeriesPaint(s, PLAN);
                r.setSeriesStroke(s, new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {18f, 12f}, 0f));
                r.setSeriesShapesVisible(s, false);
            }
        }
        // the next period (an approved successor, e.g. 2026–2030): from its base-year value to its target, so the
        // 远景2035 chart reads 2020 → 2025 (as judged) → 2030 (the second period's target) → 2035
        if (toVision && !second) {
            cn.yanggu.workbench.domain.Successors.approved(plan.versions()).ifPresent(next -> next
                    .target(asIssued.code(), next.periodEnd()).ifPresent(goal -> {
                        XYSeries ns = new XYSeries(t.get("chart.successor", next.number(), next.fromYear(),
                                next.periodEnd()));
                        next.base(asIssued.code()).map(cn.yanggu.workbench.domain.PlanVersion.Base::value)
                                .ifPresent(b -> ns.add(next.baseYear(), du.apply(b)));
                        ns.add(goal.year(), du.apply(goal.value()));
                        int s = add(data, ns, ys);
                        r.setSeriesPaint(s, SUCCESSOR);
                        r.setSeriesStroke(s, new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        r.setSeriesShapesVisible(s, true);
                        r.setSeriesShape(s, diamond(15));
                        r.setSeriesShapesFilled(s, true);
                        List<String> labels = new ArrayList<>();
                        if (ns.getItemCount() == 2) {
                            labels.add("");
                        }
                        labels.add(t.get("chart.targetValue", goal.year(), words().target(asIssued,
                                cn.yanggu.workbench.app.versions.VersionText.asValue(goal))));
                        r.label(s, labels, SUCCESSOR, fonts.bold(TEXT));
                    }));
        }
        // the pace observed so far, carried to the chart's end: never from one point (Assessment leaves it empty
        // then); on the 2020–2025 chart only while the target is still to reach; carried twelve years to 2035 only
        // on a pace seen over two actual years at least (base and one actual put 亩均投资 at ~180 万元/亩)
        List<Assessment.Point> projection = toVision ? (actuals.size() >= 2 ? a.projection(visionYear) : List.of())
                : !a.status().met() ? a.projection(end) : List.of();
        if (projection.size() > 1) {
            int s = add(data, series(t.get("chart.projection"), projection, du), ys);
            r.setSeriesPaint(s, PROJECTION);
            r.setSeriesStroke(s, new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {2f, 12f}, 0f));
            r.setSeriesShapesVisible(s, false);
        }

        Optional<YearValue> baseValue = ind.baseline().filter(b -> b.year() <= to);
        baseValue.ifPresent(baseValues::add);
        for (YearValue b : baseValues) {
            XYSeries s0 = new XYSeries(t.get("chart.base", b.year()));
            s0.add(b.year(), du.apply(b.value()));
            int s = add(data, s0, ys);
            r.setSeriesPaint(s, b == baseValue.orElse(null) ? PLAN : ORIGINAL);
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShape(s, new Rectangle2D.Double(-9, -9, 18, 18));
            r.setSeriesShapesFilled(s, true);
            r.label(s, List.of(Judgements.sign(b) + Figures.computed(ind, b.value())),
                    b == baseValue.orElse(null) ? PLAN : ORIGINAL, fonts.bold(TEXT));
        }

        for (Enums.Vintage v : new Enums.Vintage[] {Enums.Vintage.FINAL, Enums.Vintage.PRELIMINARY,
            Enums.Vintage.ESTIMATE, null}) {
            List<YearValue> values = actuals.stream().filter(x -> x.vintage() == v).toList();
            if (values.isEmpty()) {
                continue;
            }
            XYSeries actual = new XYSeries(t.get("chart.actual", vintageWord(v)));
            values.forEach(x -> actual.add(x.year(), du.apply(x.value())));
            int s = add(data, actual, ys);
            r.setSeriesPaint(s, ACTUAL);
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShapesVisible(s, true);
            r.setSeriesShape(s, vintageShape(v));
            r.setSeriesShapesFilled(s, v != Enums.Vintage.ESTIMATE);
            r.setSeriesStroke(s, new BasicStroke(3f));
            // as recorded (and as the status line and the reports print it): 5, 5.2, 158
            List<String> labels = values.stream().map(x -> Figures.recorded(ind, x.value())).toList();
            r.label(s, labels, ACTUAL, fonts.bold(TEXT));
            // a value under the planned path is labelled below its marker, so the label never sits on the line
            for (int i = 0; i < values.size(); i++) {
                YearValue x = values.get(i);
                boolean under = path.stream().filter(p -> p.year() == x.year()).findFirst()
                        .map(p -> x.value() < p.value()).orElse(false);
                if (under) {
                    r.below(s, i);
                }
            }
        }

        List<YearValue> targets = ind.values().stream().filter(x -> x.kind() == Enums.ValueKind.TARGET
                && x.year() <= to && (toVision || x.year() <= end || x.year() <= lastActual))
                .sorted(java.util.Comparator.comparingInt(YearValue::year)).toList();
        if (!targets.isEmpty()) {
            XYSeries ts = new XYSeries(adjusted ? t.get("chart.targetVersion", version) : t.get("chart.target"));
            targets.forEach(x -> ts.add(x.year(), du.apply(x.value())));
            int s = add(data, ts, ys);
            r.setSeriesPaint(s, TARGET);
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShape(s, diamond(15));
            r.setSeriesShapesFilled(s, true);
            r.label(s, targets.stream().map(x -> t.get("chart.targetValue", x.year(), words().target(ind, x)))
                    .toList(), TARGET, fonts.bold(TEXT));
            // a target just under the year's actual is labelled below it, so the two labels do not overlap
            for (int i = 0; i < targets.size(); i++) {
                YearValue x = targets.get(i);
                if (actuals.stream().anyMatch(v -> v.year() == x.year() && v.value() >= x.value())) {
                    r.below(s, i);
                }
            }
        }
        String unit = du.unit();
        r.setDefaultToolTipGenerator((dataset, sr, item) -> dataset.getSeriesKey(sr) + "，"
                + (int) dataset.getXValue(sr, item) + "年：" + Figures.format(dataset.getYValue(sr, item),
                Figures.decimals(ind)) + " " + unit);

        NumberAxis x = new NumberAxis();
        x.setRange(from - 0.5, to + 0.5);
        x.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        double[] range = range(ys, ind);
        // a percentage that cannot pass 100 gets no tick above it, though the axis leaves room for the labels
        boolean capped = "%".equals(unit) && ys.stream().allMatch(v -> v <= 100) && range[1] > 100;
        NumberAxis y = new CappedAxis(unit, capped ? 100 : Double.MAX_VALUE);
        y.setRange(range[0], range[1]);
        y.setTickUnit(FigureFormat.step(range[1] - range[0], Figures.countUnit(ind.unit())));
        XYPlot plot = new XYPlot(data, x, y, r);
        style(plot);
        r.edges(from, to);
        if (second) {
            plot.addDomainMarker(guide(period.baseYear(), t.get("chart.guide", period.baseYear())));
        }
        plot.addDomainMarker(guide(end, t.get("chart.guide", end)));
        if (toVision) {
            plot.addDomainMarker(guide(visionYear, t.get("chart.guide", visionYear)));
        }
        // the period's target as a line across the chart: the thing the story is measured against
        ind.target(end).filter(tg -> !toVision).ifPresent(tg -> {
            ValueMarker m = new ValueMarker(du.apply(tg.value()), new Color(0xC6, 0x28, 0x28, 0x80),
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 8f},
                            0f));
            plot.addRangeMarker(m, Layer.BACKGROUND);
        });

        String title = toVision ? visionTitle(ind) : title(ind);
        String status = a.latest().isPresent() ? (verdict ? words().verdictLine(a) : words().statusLine(a))
                : !path.isEmpty() || !targets.isEmpty() ? t.get("chart.noActuals")
                : t.get("chart.noActualsBase", baseValue.map(YearValue::year).orElse(base));
        JFreeChart chart = chart(title, plot, status, year);
        String basis = words().basis(a);
        if (adjusted || second) {
            String against = new cn.yanggu.workbench.app.versions.VersionText(t).judgedAgainst(plan, year);
            basis = basis.isEmpty() ? against : basis + " · " + against;
        }
        if (!basis.isEmpty()) {
            chart.addSubtitle(2, subtitleText(basis));
        }
        return new SlideChart((toVision ? VISION : INDICATOR) + ind.code(), title, chart, status);
    }

    /**
     * The value axis for what is drawn: the data with room for the labels, never below zero for values that are
     * not, and for a degenerate series (constant, all zero, a single value) a span of a few steps of the
     * indicator's precision around it, so the ticks read different numbers.
     */
    static double[] range(List<Double> values, Indicator ind) {
        if (values.isEmpty()) {
            return new double[] {0, 1};
        }
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double step = Math.pow(10, -Figures.decimals(ind));
        double span = hi - lo;
        double below;
        double above;
        if (span < Math.max(Math.abs(hi), 1) * 1e-6) {
            double pad = hi == 0 ? Math.max(1, 5 * step) : Math.max(Math.abs(hi) * 0.1, 5 * step);
            below = pad;
            above = pad / 2;
        } else {
            below = span * 0.15;
            above = span * 0.22;
        }
        double min = lo - below;
        if (lo >= 0 && min < 0) {
            min = 0;
        }
        return new double[] {min, hi + above};
    }

    private static int add(XYSeriesCollection data, XYSeries s, List<Double> ys) {
        data.addSeries(s);
        for (int i = 0; i < s.getItemCount(); i++) {
            ys.add(s.getY(i).doubleValue());
        }
        return data.getSeriesCount() - 1;
    }

    /**
     * Draws each point's own label (a value, a target with its year) above its marker, or below it where asked.
     */
    private static final class LabelledRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final Map<Integer, List<String>> labels = new HashMap<>();
        private final java.util.Set<Long> below = new java.util.HashSet<>();
        private double first = Double.NEGATIVE_INFINITY;
        private double last = Double.POSITIVE_INFINITY;

        /** The first and last year on the axis: labels there run inward, so none is cut at the plot's edge. */
        void edges(double from, double to) {
            first = from;
            last = to;
        }

        void label(int series, List<String> texts, Color color, java.awt.Font font) {
            labels.put(series, List.copyOf(texts));
            setSeriesItemLabelsVisible(series, true);
            setSeriesItemLabelFont(series, font);
            setSeriesItemLabelPaint(series, color);
            setSeriesItemLabelGenerator(series, (dataset, sr, item) -> {
                List<String> l = labels.get(sr);
                return l == null || item >= l.size() ? null : l.get(item);
            });
            setItemLabelAnchorOffset(16);
        }

        void below(int series, int item) {
            below.add(((long) series << 32) | item);
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
            double year = getPlot() == null ? 0 : getPlot().getDataset().getXValue(series, item);
            boolean under = below.contains(((long) series << 32) | item);
            TextAnchor anchor;
            if (year >= last) {
                anchor = under ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT;
            } else if (year <= first) {
                anchor = under ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT;
            } else {
                anchor = under ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
            }
            return new ItemLabelPosition(under ? ItemLabelAnchor.OUTSIDE6 : ItemLabelAnchor.OUTSIDE12, anchor);
        }

        @Override
        public ItemLabelPosition getNegativeItemLabelPosition(int series, int item) {
            return getPositiveItemLabelPosition(series, item);
        }
    }

    /** A value axis that draws no tick above {@code cap} (a percentage that cannot pass 100). */
    private static final class CappedAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double cap;

        CappedAxis(String label, double cap) {
            super(label);
            this.cap = cap;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                 Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = super.refreshTicks(g2, state, dataArea, edge);
            ticks.removeIf(tk -> ((org.jfree.chart.axis.ValueTick) tk).getValue() > cap + 1e-9);
            return ticks;
        }
    }

    private String vintageWord(Enums.Vintage v) {
        return v == null ? t.get("chart.vintageUnknown") : Words.vintage(t, v);
    }

    private static Shape vintageShape(Enums.Vintage v) {
        double d = 22;
        Ellipse2D outer = new Ellipse2D.Double(-d / 2, -d / 2, d, d);
        if (v == Enums.Vintage.PRELIMINARY) {
            Area ring = new Area(outer);
            ring.subtract(new Area(new Ellipse2D.Double(-d / 2 + 3.5, -d / 2 + 3.5, d - 7, d - 7)));
            ring.add(new Area(new Ellipse2D.Double(-4, -4, 8, 8)));
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
        m.setLabelFont(fonts.regular(STAMP));
        m.setLabelPaint(SECONDARY);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }

    private static XYSeries series(String name, List<Assessment.Point> points, Figures.DisplayUnit du) {
        XYSeries s = new XYSeries(name, false, true);
        points.forEach(p -> s.add(p.year(), du.apply(p.value())));
        return s;
    }

    /** The status colours of the design brief (3 greens and blues for on or ahead, amber and red for lagging). */
    public static Color statusColour(Assessment.Status s) {
        return switch (s) {
            case ACHIEVED, DIRECTION_MET -> new Color(0x1B7F3B);
            case AHEAD -> new Color(0x3E9C4B);
            case ON_TRACK -> new Color(0x1E6FD9);
            case BEHIND, DIRECTION_MISSED -> new Color(0xD98200);
            case FAR_BEHIND -> new Color(0xC62828);
            case NOT_COMPARABLE, NO_DATA -> SECONDARY;
        };
    }

    // ------------------------------------------------------------------ category charts

    /** The targets a chain indicator is measured against on the chain chart: the period's and the 2035 one. */
    private static List<YearValue> chainTargetsOf(Plan plan, Indicator ind) {
        List<YearValue> out = new ArrayList<>();
        ind.target(plan.info().periodEnd()).filter(v -> v.value() != 0).ifPresent(out::add);
        ind.target(plan.info().visionYear()).filter(v -> v.value() != 0).ifPresent(out::add);
        return out;
    }

    /**
     * Progress of each chain's quantitative targets as of the data year, one bar per target (2025, and 2035 where
     * one is set), each named with its year, its comparator and the latest value.
     */
    public SlideChart chainTargets(Plan plan) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int year = Judgements.dataYear(plan);
        Map<String, String> barLabels = new HashMap<>();
        Map<String, Assessment.Status> statuses = new HashMap<>();
        double most = 100;
        for (Chain c : plan.chains()) {
            for (Indicator ofChain : plan.indicatorsOfChain(c.code())) {
                Indicator ind = Judgements.inForce(plan, ofChain, year);
                for (YearValue target : chainTargetsOf(plan, ind)) {
                    Assessment a = Assessment.of(ind, new Assessment.Frame(plan.info().baseYear(), target.year(), year,
                            tolerance));
                    if (a.latest().isEmpty() || a.valueProgress().isEmpty()) {
                        continue;
                    }
                    String category = ind.name() + "\n" + t.get("chart.targetValue", target.year(),
                            words().target(ind, target)) + "\n" + t.get("chart.latestShort", a.latest().get().year(),
                            words().value(ind, a.latest().get().value()));
                    double share = 100 * a.valueProgress().getAsDouble();
                    most = Math.max(most, share);
                    data.addValue(share, t.get("chart.shareOfTarget"), category);
                    // the colour never alone: the share, then the status's symbol and word
                    barLabels.put(category, words().progress(a) + "  " + Words.symbol(a.status()) + " "
                            + words().status(a));
                    statuses.put(category, a.status());
                }
            }
        }
        String title = t.get("chart.chainTargetsTitle");
        if (data.getColumnCount() == 0) {
            return empty("chain-targets", title, t.get("status.noData"), year);
        }
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return statusColour(statuses.get((String) data.getColumnKey(column)));
            }
        };
        JFreeChart chart = bars(title, data, r, t.get("chart.percentOfTarget"), PlotOrientation.HORIZONTAL, year,
                (d, row, col) -> barLabels.get((String) d.getColumnKey(col)));
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        // room on the right for the longest label ("83.3%  ● 基本符合预期"), also in a report's narrower figure
        axis.setRange(0, Math.ceil((most * 1.6) / 10) * 10);
        axis.setTickUnit(FigureFormat.step(axis.getUpperBound(), true));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.42f);
        plot.addRangeMarker(new ValueMarker(100, TARGET, new BasicStroke(2f)));
        String line = t.get("chart.chainTargetsNote", year);
        chart.addSubtitle(1, subtitleText(line));
        return new SlideChart("chain-targets", title, chart, line);
    }

    /** The project pipeline: projects (or investment) by chain, stacked by stage, the total above each bar. */
    public SlideChart pipeline(Plan full, boolean investment) {
        int year = Judgements.dataYear(full);
        // the key projects in force for the data year (approved versions add and drop projects)
        Plan plan = full.withProjectsInForce(year);
        String title = investment ? t.get("chart.pipelineInvestmentTitle") : t.get("chart.pipelineCountTitle");
        String id = investment ? "pipeline-investment" : "pipeline-count";
        if (investment && !hasInvestment(plan)) {
            return empty(id, title, t.get("chart.noInvestment"), year);
        }
        List<String> stages = new ArrayList<>();
        for (Enums.ProjectStage st : Enums.ProjectStage.values()) {
            stages.add(Words.stage(t, st));
        }
        stages.add(t.get("common.unset"));
        List<String> chains = new ArrayList<>(plan.chains().stream().map(Chain::name).toList());
        chains.add(t.get("project.crossCutting"));
        Map<String, Double> totals = new HashMap<>();
        Map<String, Double> byStage = new HashMap<>();
        for (Project p : plan.projects()) {
            String chain = p.chainCode() == null ? t.get("project.crossCutting")
                    : plan.chain(p.chainCode()).map(Chain::name).orElse(t.get("project.crossCutting"));
            String stage = p.stage() == null ? t.get("common.unset") : Words.stage(t, p.stage());
            double v = investment ? (p.investmentWan() == null ? 0 : p.investmentWan() / 10000.0) : 1;
            totals.merge(chain, v, Double::sum);
            byStage.merge(stage + "\u0000" + chain, v, Double::sum);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> usedStages = stages.stream().filter(st -> chains.stream()
                .anyMatch(c -> byStage.getOrDefault(st + "\u0000" + c, 0.0) > 0)).toList();
        List<String> usedChains = chains.stream().filter(c -> totals.getOrDefault(c, 0.0) > 0).toList();
        for (String stage : usedStages) {
            for (String chain : usedChains) {
                data.addValue(byStage.getOrDefault(stage + "\u0000" + chain, 0.0), stage, chain);
            }
        }
        StackedBarRenderer r = new StackedBarRenderer();
        for (int i = 0; i < usedStages.size(); i++) {
            r.setSeriesPaint(i, SERIES[stages.indexOf(usedStages.get(i))]);
        }
        JFreeChart chart = bars(title, data, r, investment ? t.get("chart.yiAxis") : t.get("chart.projectsAxis"),
                PlotOrientation.VERTICAL, year, null);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        double top = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        y.setRange(0, top * 1.15);
        y.setTickUnit(FigureFormat.step(top * 1.15, !investment));
        for (String chain : usedChains) {
            double total = totals.get(chain);
            CategoryTextAnnotation a = new CategoryTextAnnotation(investment ? Figures.format(total, 1)
                    : Figures.format(total, 0), chain, total + top * 0.02);
            a.setFont(fonts.bold(TEXT));
            a.setPaint(ACTUAL);
            a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(a);
        }
        String line = investment ? t.get("chart.pipelineInvestmentNote", plan.projects().stream()
                .filter(p -> p.investmentWan() != null && p.investmentWan() > 0).count(), plan.projects().size())
                : t.get("chart.pipelineCountNote", plan.projects().size());
        chart.addSubtitle(1, subtitleText(line));
        return new SlideChart(id, title, chart, line);
    }

    /**
     * 招商漏斗: how many leads of the 招商项目库 have reached each stage (线索 … 投产; a lead counts for every stage up to
     * its own), with their intended investment — the slide that goes with the chain maps.
     */
    public SlideChart leadFunnel(Plan plan, List<Lead> leads) {
        int year = Judgements.dataYear(plan);
        String title = t.get("chart.funnelTitle");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        for (Lead.Stage st : Lead.Stage.values()) {
            List<Lead> reached = leads.stream().filter(l -> l.stage().compareTo(st) >= 0).toList();
            double yi = reached.stream().filter(l -> l.investmentWan() != null)
                    .mapToDouble(Lead::investmentWan).sum() / 10000.0;
            String stage = Words.of(t, st);
            data.addValue(reached.size(), t.get("chart.funnelSeries"), stage);
            labels.put(stage, t.get("chart.funnelBar", reached.size(), Figures.trimmed(yi, 2)));
        }
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, SERIES[2]);
        JFreeChart chart = bars(title, data, r, t.get("chart.funnelAxis"), PlotOrientation.HORIZONTAL, year,
                (d, row, col) -> labels.get((String) d.getColumnKey(col)));
        chart.removeLegend();
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        double most = Math.max(1, leads.size());
        axis.setRange(0, Math.ceil(most * 1.6));
        axis.setTickUnit(FigureFormat.step(Math.ceil(most * 1.6), true));
        String line = t.get("chart.funnelNote", leads.size());
        chart.addSubtitle(1, subtitleText(line));
        return new SlideChart("lead-funnel", title, chart, line);
    }

    /** The three industrial zones side by side (area), with the stated total, as in force in the data year. */
    public SlideChart zones(Plan plan) {
        return zones(plan, Judgements.dataYear(plan));
    }

    /**
     * The three industrial zones side by side (area) as in force in {@code year} (an approved version may have
     * changed one), with the total: the stated one, changed by what the versions changed.
     */
    public SlideChart zones(Plan plan, int year) {
        List<Zone> zones = plan.zonesInForce(year);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Zone z : zones) {
            if (z.areaKm2() != null) {
                data.addValue(z.areaKm2(), t.get("chart.area"), z.name());
            }
        }
        String title = t.get("chart.zonesTitle");
        Double total = plan.zoneTotalInForce(year);
        boolean adjusted = !zones.equals(plan.zones());
        String line = adjusted ? t.get("chart.zonesTotalInForce", Figures.format(total == null
                ? zones.stream().filter(z -> z.kind() == cn.yanggu.workbench.domain.Enums.ZoneKind.INDUSTRIAL
                && z.areaKm2() != null).mapToDouble(Zone::areaKm2).sum() : total, 2), year)
                : t.get("chart.zonesTotal", Figures.format(total == null ? plan.industrialAreaKm2() : total, 2));
        if (data.getColumnCount() == 0) {
            return empty("zones", title, line, year);
        }
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, PLAN);
        JFreeChart chart = bars(title, data, r, t.get("chart.areaAxis"), PlotOrientation.VERTICAL, year,
                (d, row, col) -> Figures.format(d.getValue(row, col).doubleValue(), 2));
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        double top = zones.stream().filter(z -> z.areaKm2() != null).mapToDouble(Zone::areaKm2).max()
                .orElse(1);
        y.setRange(0, top * 1.15);
        y.setTickUnit(FigureFormat.step(top * 1.15, false));
        chart.addSubtitle(1, subtitleText(line));
        return new SlideChart("zones", title, chart, line);
    }

    /** A chart with nothing to show: the title and why, and no axis at all (never an axis of zeros). */
    private SlideChart empty(String id, String title, String why, int year) {
        CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), new CategoryAxis(), new NumberAxis(),
                new BarRenderer());
        style(plot);
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(why);
        plot.setNoDataMessageFont(fonts.regular(32));
        plot.setNoDataMessagePaint(SECONDARY);
        JFreeChart chart = chart(title, plot, null, year);
        chart.removeLegend();
        return new SlideChart(id, title, chart, why);
    }

    /** Labels of bars: the text for a bar, or null for none. */
    @FunctionalInterface
    interface BarLabel {
        String label(CategoryDataset data, int row, int column);
    }

    private JFreeChart bars(String title, DefaultCategoryDataset data, BarRenderer r, String unit,
                            PlotOrientation orientation, int year, BarLabel labels) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDefaultLegendShape(new Rectangle2D.Double(-9, -9, 18, 18));
        r.setMaximumBarWidth(orientation == PlotOrientation.HORIZONTAL ? 0.6 : 0.12);
        r.setItemMargin(0.05);
        r.setDrawBarOutline(false);
        if (labels != null) {
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(fonts.bold(TEXT));
            r.setDefaultItemLabelPaint(ACTUAL);
            r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
                private static final long serialVersionUID = 1L;

                @Override
                public String generateLabel(CategoryDataset dataset, int row, int column) {
                    return labels.label(dataset, row, column);
                }
            });
            r.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            r.setItemLabelAnchorOffset(10);
        }
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}，{1}：{2} " + unit,
                new FigureFormat(2)));
        CategoryAxis x = new CategoryAxis();
        x.setMaximumCategoryLabelLines(3);
        NumberAxis y = new NumberAxis(unit);
        y.setStandardTickUnits(FigureFormat.ticks(false));
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(orientation);
        style(plot);
        return chart(title, plot, null, year);
    }

    // ------------------------------------------------------------------ style

    /**
     * A chart with the slide layout: the title, an optional subtitle (the status line), the legend at the top and
     * the stamp line at the bottom — the source and 数据截至 {@code dataYear}, never the day the file was made.
     */
    JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, String subtitle, int dataYear) {
        JFreeChart chart = new JFreeChart(title, fonts.bold(TITLE), plot, true);
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
            legend.setItemFont(fonts.regular(TEXT));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setMargin(0, 0, 12, 0);
            legend.setBackgroundPaint(Color.WHITE);
        }
        TextTitle stamp = new TextTitle(t.get("chart.stamp", dataYear), fonts.regular(STAMP));
        stamp.setPaint(SECONDARY);
        stamp.setPosition(RectangleEdge.BOTTOM);
        stamp.setHorizontalAlignment(HorizontalAlignment.LEFT);
        stamp.setMargin(20, 0, 0, 0);
        chart.addSubtitle(stamp);
        return chart;
    }

    TextTitle subtitleText(String text) {
        TextTitle sub = new TextTitle(text, fonts.regular(TEXT));
        sub.setPaint(SECONDARY);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setTextAlignment(HorizontalAlignment.LEFT);
        sub.setMargin(0, 0, 8, 0);
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
        axis.setLabelFont(fonts.regular(TEXT));
        axis.setLabelPaint(SECONDARY);
        axis.setTickLabelFont(fonts.regular(TEXT));
        axis.setTickLabelPaint(ACTUAL);
        axis.setAxisLinePaint(GUIDE);
        axis.setTickMarkPaint(GUIDE);
    }

    /** Numbers on the grading chart's tooltips (whole numbers and up to two decimals). */
    static java.text.NumberFormat numberFormat() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
