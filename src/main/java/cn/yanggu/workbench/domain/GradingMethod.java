package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How enterprises are graded by 亩产效益 from {@code fromYear} on (until a newer method): which indicators with
 * which weights (percent, summing to 100), how each indicator is normalised to a 0–100 score, and how the total
 * score is cut into the four classes.
 * <p>
 * Cut-offs: with {@link CutoffMode#SCORE} three scores, descending (≥ c1 优先发展, ≥ c2 鼓励提升, ≥ c3 帮扶转型, below
 * 整治淘汰); with {@link CutoffMode#PERCENTILE} the shares (percent) of the first three classes, in rank order
 * (e.g. 20 / 40 / 30: top 20 %, next 40 %, next 30 %; the remaining 10 % are the fourth class).
 * <p>
 * {@code workbenchDefault} marks the method the workbench ships: the plan names the four classes but gives no
 * weights or cut-offs.
 */
public record GradingMethod(int fromYear, List<Weight> weights, Normalisation normalisation, CutoffMode cutoffMode,
                            List<Double> cutoffs, String note, boolean workbenchDefault) {

    /** The indicators a method can weigh; all of them are "higher is better". */
    public enum IndicatorKind {
        /** 亩均税收 = tax / land, 万元/亩. */
        TAX_PER_MU("taxPerMu", "万元/亩", EnterpriseYear.Figure.TAX, EnterpriseYear.Figure.LAND, 1),
        /** 亩均营业收入 = revenue / land, 万元/亩. */
        REVENUE_PER_MU("revenuePerMu", "万元/亩", EnterpriseYear.Figure.REVENUE, EnterpriseYear.Figure.LAND, 1),
        /** 单位能耗营业收入 = revenue / energy use, 万元/吨标准煤. */
        REVENUE_PER_ENERGY("revenuePerEnergy", "万元/吨标准煤", EnterpriseYear.Figure.REVENUE,
                EnterpriseYear.Figure.ENERGY, 1),
        /** 单位能耗税收 = tax / energy use, 万元/吨标准煤. */
        TAX_PER_ENERGY("taxPerEnergy", "万元/吨标准煤", EnterpriseYear.Figure.TAX, EnterpriseYear.Figure.ENERGY, 1),
        /** R&D 经费占比 = R&D / revenue × 100, %. */
        RD_SHARE("rdShare", "%", EnterpriseYear.Figure.RD, EnterpriseYear.Figure.REVENUE, 100),
        /** 全员劳动生产率 = revenue / employees, 万元/人. */
        REVENUE_PER_EMPLOYEE("revenuePerEmployee", "万元/人", EnterpriseYear.Figure.REVENUE,
                EnterpriseYear.Figure.EMPLOYEES, 1);

        private final String key;
        private final String unit;
        private final EnterpriseYear.Figure numerator;
        private final EnterpriseYear.Figure denominator;
        private final double factor;

        IndicatorKind(String key, String unit, EnterpriseYear.Figure numerator, EnterpriseYear.Figure denominator,
                      double factor) {
            this.key = key;
            this.unit = unit;
            this.numerator = numerator;
            this.denominator = denominator;
            this.factor = factor;
        }

        public String key() {
            return key;
        }

        public String unit() {
            return unit;
        }

        public EnterpriseYear.Figure numerator() {
            return numerator;
        }

        public EnterpriseYear.Figure denominator() {
            return denominator;
        }

        /** numerator / denominator × factor. */
        public double factor() {
            return factor;
        }

        public static IndicatorKind ofKey(String key) {
            for (IndicatorKind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown grading indicator: " + key);
        }
    }

    /** How an indicator's values become scores of 0–100 across the graded firms. */
    public enum Normalisation {
        /** (v − min) / (max − min) × 100: the zone's weakest firm 0, its best 100 (all equal: 100). */
        MIN_MAX,
        /** v / max × 100: the best firm 100 (all zero: 0). */
        SHARE_OF_BEST,
        /** min(v / average, 2) × 50: an average firm 50, twice the average or more 100 (average zero: 0). */
        RATIO_TO_AVERAGE
    }

    public enum CutoffMode {
        SCORE, PERCENTILE
    }

    /** One indicator and its weight in percent. */
    public record Weight(IndicatorKind indicator, double percent) {
    }

    public GradingMethod {
        weights = List.copyOf(weights);
        cutoffs = java.util.Collections.unmodifiableList(new ArrayList<>(cutoffs));
    }

    /**
     * The workbench's default (not the plan's: the plan gives no weights). 亩均税收 weighs most because it is the
     * plan's own efficiency indicator (表2-1) and admission rule; the others follow the indicators the plan asks to
     * track (产出率, 能源利用效率, 技术创新能力, 带动就业). Min–max within the zone, and classes by rank: top 20 %,
     * next 40 %, next 30 %, last 10 %.
     */
    public static GradingMethod defaultMethod() {
        return new GradingMethod(Validation.MIN_YEAR, List.of(
                new Weight(IndicatorKind.TAX_PER_MU, 40),
                new Weight(IndicatorKind.REVENUE_PER_MU, 20),
                new Weight(IndicatorKind.REVENUE_PER_ENERGY, 15),
                new Weight(IndicatorKind.RD_SHARE, 10),
                new Weight(IndicatorKind.REVENUE_PER_EMPLOYEE, 15)),
                Normalisation.MIN_MAX, CutoffMode.PERCENTILE, List.of(20.0, 40.0, 30.0), null, true);
    }

    /** The method that applies to {@code year}: the newest with fromYear ≤ year, else the workbench default. */
    public static GradingMethod applicable(List<GradingMethod> stored, int year) {
        return stored.stream().filter(m -> m.fromYear() <= year)
                .max(java.util.Comparator.comparingInt(GradingMethod::fromYear))
                .orElse(defaultMethod());
    }

    /** The same method applying from another year (a user's own copy, no longer the default). */
    public GradingMethod from(int year) {
        return new GradingMethod(year, weights, normalisation, cutoffMode, cutoffs, note, false);
    }

    /** Weights by indicator, in the method's order. */
    public Map<IndicatorKind, Double> weightMap() {
        Map<IndicatorKind, Double> m = new LinkedHashMap<>();
        weights.forEach(w -> m.merge(w.indicator(), w.percent(), Double::sum));
        return m;
    }

    /** The indicators that count (weight above zero). */
    public List<IndicatorKind> used() {
        return weights.stream().filter(w -> w.percent() > 0).map(Weight::indicator).distinct().toList();
    }

    /** Share (percent) of the fourth class under percentile cut-offs. */
    public double lastShare() {
        return 100 - cutoffs.stream().mapToDouble(d -> d == null ? 0 : d).sum();
    }

    private static final double EPS = 1e-9;

    /** Everything wrong with this method, in words the application gives them; empty when it can be used. */
    public List<GradingProblem> problems() {
        List<GradingProblem> p = new ArrayList<>();
        if (fromYear < Validation.MIN_YEAR || fromYear > Validation.MAX_YEAR) {
            p.add(new GradingProblem(GradingProblem.Kind.YEAR_OUT_OF_RANGE, "fromYear", fromYear,
                    Validation.MIN_YEAR, Validation.MAX_YEAR));
        }
        java.util.Set<IndicatorKind> seen = java.util.EnumSet.noneOf(IndicatorKind.class);
        double sum = 0;
        for (Weight w : weights) {
            if (!seen.add(w.indicator())) {
                p.add(new GradingProblem(GradingProblem.Kind.DUPLICATE_INDICATOR, "weights", w.indicator().key()));
            }
            if (!Double.isFinite(w.percent())) {
                p.add(new GradingProblem(GradingProblem.Kind.NOT_A_NUMBER, "weights." + w.indicator().key()));
                continue;
            }
            if (w.percent() < 0) {
                p.add(new GradingProblem(GradingProblem.Kind.WEIGHT_NEGATIVE, "weights." + w.indicator().key(),
                        w.indicator().key(), w.percent()));
            }
            sum += w.percent();
        }
        if (used().isEmpty()) {
            p.add(new GradingProblem(GradingProblem.Kind.NO_INDICATOR, "weights"));
        } else if (Math.abs(sum - 100) > 1e-6) {
            p.add(new GradingProblem(GradingProblem.Kind.WEIGHTS_NOT_100, "weights", sum));
        }
        if (cutoffs.size() != 3 || cutoffs.stream().anyMatch(c -> c == null || !Double.isFinite(c))) {
            p.add(new GradingProblem(GradingProblem.Kind.CUTOFF_MISSING, "cutoffs"));
            return p;
        }
        for (int i = 0; i < 3; i++) {
            double c = cutoffs.get(i);
            if (c < 0 || c > 100) {
                p.add(new GradingProblem(GradingProblem.Kind.CUTOFF_RANGE, "cutoffs." + i, i + 1, c));
            }
        }
        if (cutoffMode == CutoffMode.SCORE) {
            for (int i = 1; i < 3; i++) {
                if (cutoffs.get(i) >= cutoffs.get(i - 1) - EPS) {
                    p.add(new GradingProblem(GradingProblem.Kind.CUTOFFS_NOT_DESCENDING, "cutoffs." + i,
                            cutoffs.get(i - 1), cutoffs.get(i)));
                }
            }
        } else if (lastShare() < -1e-6) {
            p.add(new GradingProblem(GradingProblem.Kind.SHARES_OVER_100, "cutoffs", 100 - lastShare()));
        }
        return p;
    }
}
