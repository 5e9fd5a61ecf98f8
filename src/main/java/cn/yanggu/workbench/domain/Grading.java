package cn.yanggu.workbench.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 亩产效益 grading of one year's enterprise figures by one method: each firm's indicator values, each normalised
 * score and weighted contribution, the total score, the rank and the class (1 优先发展 … 4 整治淘汰). Pure and
 * deterministic: equal totals share a rank (1, 2, 2, 4) and always the same class; rows are listed by rank, then by
 * enterprise code.
 */
public final class Grading {
    /** Class numbers, matching {@link EfficiencyClass#rank()}. */
    public static final int CLASSES = 4;

    private Grading() {
    }

    /** One indicator of one firm: its value, its 0–100 score and its weighted part of the total. */
    public record Part(double value, double score, double contribution) {
    }

    /** A graded firm. */
    public record Graded(String enterpriseCode, Map<GradingMethod.IndicatorKind, Part> parts, double total, int rank,
                         int grade) {
    }

    /** A firm with figures that could not be graded, and what it lacks. */
    public record NotGraded(String enterpriseCode, List<Reason> reasons) {
    }

    /** Why a firm is not graded: a figure is missing, or a denominator figure is zero. */
    public record Reason(EnterpriseYear.Figure figure, boolean zero) {
    }

    /** The grading of one year. */
    public record Result(int year, GradingMethod method, List<Graded> graded, List<NotGraded> notGraded) {
        public Result {
            graded = List.copyOf(graded);
            notGraded = List.copyOf(notGraded);
        }

        public Optional<Graded> of(String code) {
            return graded.stream().filter(g -> g.enterpriseCode().equals(code)).findFirst();
        }

        /** Firms per class, index 0 = class 1. */
        public int[] counts() {
            int[] c = new int[CLASSES];
            graded.forEach(g -> c[g.grade() - 1]++);
            return c;
        }
    }

    /** Grades the firms of {@code data} that have any figure; firms with no figure at all are left out. */
    public static Result grade(int year, List<EnterpriseYear> data, GradingMethod method) {
        List<GradingMethod.IndicatorKind> used = method.used();
        Map<GradingMethod.IndicatorKind, Double> weights = method.weightMap();
        List<String> codes = new ArrayList<>();
        List<Map<GradingMethod.IndicatorKind, Double>> values = new ArrayList<>();
        List<NotGraded> notGraded = new ArrayList<>();
        List<EnterpriseYear> sorted = data.stream().filter(d -> d.year() == year && !d.isEmpty())
                .sorted(Comparator.comparing(EnterpriseYear::enterpriseCode)).toList();
        for (EnterpriseYear d : sorted) {
            List<Reason> reasons = new ArrayList<>();
            Map<GradingMethod.IndicatorKind, Double> v = new EnumMap<>(GradingMethod.IndicatorKind.class);
            for (GradingMethod.IndicatorKind k : used) {
                Double num = d.get(k.numerator());
                Double den = d.get(k.denominator());
                if (num == null) {
                    addOnce(reasons, new Reason(k.numerator(), false));
                }
                if (den == null) {
                    addOnce(reasons, new Reason(k.denominator(), false));
                } else if (den == 0) {
                    addOnce(reasons, new Reason(k.denominator(), true));
                }
                if (num != null && den != null && den != 0) {
                    v.put(k, num / den * k.factor());
                }
            }
            if (reasons.isEmpty()) {
                codes.add(d.enterpriseCode());
                values.add(v);
            } else {
                reasons.sort(Comparator.comparing(Reason::figure));
                notGraded.add(new NotGraded(d.enterpriseCode(), reasons));
            }
        }
        int n = codes.size();
        List<Map<GradingMethod.IndicatorKind, Part>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new EnumMap<>(GradingMethod.IndicatorKind.class));
        }
        for (GradingMethod.IndicatorKind k : used) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (Map<GradingMethod.IndicatorKind, Double> v : values) {
                min = Math.min(min, v.get(k));
                max = Math.max(max, v.get(k));
                sum += v.get(k);
            }
            double mean = n == 0 ? 0 : sum / n;
            for (int i = 0; i < n; i++) {
                double x = values.get(i).get(k);
                double score = switch (method.normalisation()) {
                    case MIN_MAX -> max == min ? 100 : (x - min) / (max - min) * 100;
                    case SHARE_OF_BEST -> max <= 0 ? 0 : x / max * 100;
                    case RATIO_TO_AVERAGE -> mean <= 0 ? 0 : Math.min(x / mean, 2) * 50;
                };
                score = round(score);
                parts.get(i).put(k, new Part(x, score, round(score * weights.get(k) / 100)));
            }
        }
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            totals[i] = round(parts.get(i).values().stream().mapToDouble(Part::contribution).sum());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -totals[i]).thenComparing(codes::get));
        List<Graded> graded = new ArrayList<>();
        int rank = 0;
        for (int pos = 0; pos < n; pos++) {
            int i = order.get(pos);
            if (pos == 0 || totals[i] != totals[order.get(pos - 1)]) {
                rank = pos + 1;
            }
            graded.add(new Graded(codes.get(i), parts.get(i), totals[i], rank, gradeOf(method, totals[i], rank, n)));
        }
        return new Result(year, method, graded, notGraded);
    }

    /**
     * The class of a firm. By score: the first cut-off it reaches. By percentile: the class whose cumulative share
     * of the firms is not yet used up by the firms ranked strictly ahead of it — so tied firms share a class, and a
     * tie at a boundary goes to the better class.
     */
    static int gradeOf(GradingMethod m, double total, int rank, int n) {
        List<Double> c = m.cutoffs();
        if (m.cutoffMode() == GradingMethod.CutoffMode.SCORE) {
            for (int i = 0; i < 3; i++) {
                if (total >= c.get(i) - 1e-9) {
                    return i + 1;
                }
            }
            return CLASSES;
        }
        double ahead = rank - 1;
        double cumulative = 0;
        for (int i = 0; i < 3; i++) {
            cumulative += c.get(i);
            if (ahead * 100 < cumulative * n - 1e-9) {
                return i + 1;
            }
        }
        return CLASSES;
    }

    /** Rounded to 6 decimals, so that sums of shares compare as people expect (no 79.99999999). */
    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    private static void addOnce(List<Reason> reasons, Reason r) {
        if (reasons.stream().noneMatch(x -> x.figure() == r.figure())) {
            reasons.add(r);
        }
    }

    // ------------------------------------------------------------------ comparison between years

    /** How a firm's class changed between two years. */
    public enum Direction {
        UP, DOWN, SAME, NEW, GONE
    }

    /** One firm's class in two years (0 = not graded that year). */
    public record Move(String enterpriseCode, int fromGrade, int toGrade, Direction direction) {
    }

    /** Every firm graded in either year, upgrades first, then downgrades, unchanged, new, gone; then by code. */
    public static List<Move> compare(Result from, Result to) {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        from.graded().forEach(g -> codes.add(g.enterpriseCode()));
        to.graded().forEach(g -> codes.add(g.enterpriseCode()));
        List<Move> out = new ArrayList<>();
        for (String code : codes) {
            int a = from.of(code).map(Graded::grade).orElse(0);
            int b = to.of(code).map(Graded::grade).orElse(0);
            Direction d = a == 0 ? Direction.NEW : b == 0 ? Direction.GONE
                    : b < a ? Direction.UP : b > a ? Direction.DOWN : Direction.SAME;
            out.add(new Move(code, a, b, d));
        }
        out.sort(Comparator.comparing(Move::direction).thenComparing(Move::enterpriseCode));
        return out;
    }
}
