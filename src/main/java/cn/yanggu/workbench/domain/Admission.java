package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The admission check for a proposed project (入园评审): 投资强度 = investment / land, 亩均税收 = annual tax / land,
 * 容积率 = floor area / site area, 建筑系数 = building footprint / site area, each against the plan's threshold
 * ("higher than 280" is not met by exactly 280; "not lower than 1.0" is met by exactly 1.0).
 */
public final class Admission {
    /** Square metres in one 亩. */
    public static final double M2_PER_MU = 666.67;

    public static final String INVESTMENT_INTENSITY = "investment-intensity";
    public static final String TAX_PER_MU = "tax-per-mu";
    public static final String PLOT_RATIO = "plot-ratio";
    public static final String BUILDING_COVERAGE = "building-coverage";

    private Admission() {
    }

    /** A proposed project: land in 亩, money in 万元, areas in m². */
    public record Proposal(double landMu, double investmentWan, double taxWan, double siteM2, double floorM2,
                           double footprintM2) {
    }

    /** One rule's verdict: the project's value, the threshold, whether it passes, and by how much. */
    public record Result(Threshold threshold, double value, boolean pass, double margin) {
    }

    public static double muFromSquareMetres(double m2) {
        return m2 / M2_PER_MU;
    }

    /** The value a rule measures, in the threshold's unit (建筑系数 in %). */
    public static Optional<Double> value(String code, Proposal p) {
        return switch (code) {
            case INVESTMENT_INTENSITY -> p.landMu() > 0 ? Optional.of(p.investmentWan() / p.landMu())
                    : Optional.empty();
            case TAX_PER_MU -> p.landMu() > 0 ? Optional.of(p.taxWan() / p.landMu()) : Optional.empty();
            case PLOT_RATIO -> p.siteM2() > 0 ? Optional.of(p.floorM2() / p.siteM2()) : Optional.empty();
            case BUILDING_COVERAGE -> p.siteM2() > 0 ? Optional.of(100.0 * p.footprintM2() / p.siteM2())
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Checks the proposal against every threshold the workbench knows how to measure. */
    public static List<Result> check(Proposal p, List<Threshold> thresholds) {
        List<Result> out = new ArrayList<>();
        for (Threshold t : thresholds) {
            value(t.code(), p).ifPresent(v -> {
                boolean lowerBound = t.comparator() == Enums.Comparator.GT || t.comparator() == Enums.Comparator.GE
                        || t.comparator() == Enums.Comparator.EQ;
                out.add(new Result(t, v, t.comparator().test(v, t.value()),
                        lowerBound ? v - t.value() : t.value() - v));
            });
        }
        return out;
    }
}
