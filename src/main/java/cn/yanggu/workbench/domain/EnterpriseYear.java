package cn.yanggu.workbench.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * One enterprise's figures for one year, as the 亩产效益 evaluation needs them. Any figure may be missing (null):
 * a firm that lacks a figure an indicator needs is not graded, with the reason.
 */
public record EnterpriseYear(String enterpriseCode, int year, Double landMu, Double taxWan, Double revenueWan,
                             Double energyTce, Double rdWan, Double employees) {

    /** The figures in the order of the data grid and the xlsx template, each with its unit. */
    public enum Figure {
        LAND("亩"),
        TAX("万元"),
        REVENUE("万元"),
        ENERGY("吨标准煤"),
        RD("万元"),
        EMPLOYEES("人");

        private final String unit;

        Figure(String unit) {
            this.unit = unit;
        }

        /** A stable name for storage, the audit log and message keys: the wire name (land, tax …). */
        public String key() {
            return Enums.wire(this);
        }

        public String unit() {
            return unit;
        }
    }

    /** A year with no figures yet. */
    public static EnterpriseYear empty(String code, int year) {
        return new EnterpriseYear(code, year, null, null, null, null, null, null);
    }

    public Double get(Figure f) {
        return switch (f) {
            case LAND -> landMu;
            case TAX -> taxWan;
            case REVENUE -> revenueWan;
            case ENERGY -> energyTce;
            case RD -> rdWan;
            case EMPLOYEES -> employees;
        };
    }

    /** A copy with one figure replaced (null clears it). */
    public EnterpriseYear with(Figure f, Double v) {
        Map<Figure, Double> m = figures();
        m.put(f, v);
        return new EnterpriseYear(enterpriseCode, year, m.get(Figure.LAND), m.get(Figure.TAX),
                m.get(Figure.REVENUE), m.get(Figure.ENERGY), m.get(Figure.RD), m.get(Figure.EMPLOYEES));
    }

    /** The figures by kind (missing ones as null values). */
    public Map<Figure, Double> figures() {
        Map<Figure, Double> m = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            m.put(f, get(f));
        }
        return m;
    }

    public boolean isEmpty() {
        return figures().values().stream().allMatch(java.util.Objects::isNull);
    }

    /** Problems of one figure: not a finite number, negative, or a fractional head count. */
    public static java.util.Optional<GradingProblem> check(Figure f, Double v) {
        if (v == null) {
            return java.util.Optional.empty();
        }
        if (!Double.isFinite(v)) {
            return java.util.Optional.of(new GradingProblem(GradingProblem.Kind.NOT_A_NUMBER, f.key()));
        }
        if (v < 0) {
            return java.util.Optional.of(new GradingProblem(GradingProblem.Kind.NEGATIVE, f.key(), v));
        }
        if (f == Figure.EMPLOYEES && v != Math.rint(v)) {
            return java.util.Optional.of(new GradingProblem(GradingProblem.Kind.NOT_WHOLE, f.key(), v));
        }
        return java.util.Optional.empty();
    }
}
