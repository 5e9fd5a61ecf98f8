package cn.yanggu.workbench.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an indicator's numbers are printed, one rule for every view and output: the display unit (a value stored in
 * 万元 reads in 亿元 once it is that large, as the plan writes 170亿元 for 1,700,000 万元 — the stored unit never
 * changes) and the precision (persons, enterprises, patents are whole numbers; other values keep the plan's own
 * decimals, at least one and at most two).
 */
public final class Figures {
    private Figures() {
    }

    /** Units that count things: printed as whole numbers. */
    private static final Set<String> COUNTS = Set.of("人", "名", "家", "个", "件", "座", "处", "项", "户", "所");

    /** 万元 values at or above this read in 亿元 (and 万美元 in 亿美元). */
    private static final double LARGE = 100_000;

    /** The unit an indicator is shown in, with the factor that turns a stored value into it. */
    public record DisplayUnit(String unit, double divisor) {
        public double apply(double stored) {
            return stored / divisor;
        }
    }

    /** Whether the unit counts things (whole numbers only). */
    public static boolean countUnit(String unit) {
        return unit != null && COUNTS.contains(unit.strip());
    }

    /** The unit an indicator is shown in: its own, or 亿元 / 亿美元 for large 万元 / 万美元 values. */
    public static DisplayUnit displayUnit(Indicator ind) {
        String unit = ind.unit() == null ? "" : ind.unit();
        double reference = ind.values().stream().filter(v -> v.kind() != Enums.ValueKind.ACTUAL)
                .mapToDouble(v -> Math.abs(v.value())).max()
                .orElse(ind.values().stream().mapToDouble(v -> Math.abs(v.value())).max().orElse(0));
        if (reference >= LARGE && unit.equals("万元")) {
            return new DisplayUnit("亿元", 10_000);
        }
        if (reference >= LARGE && unit.equals("万美元")) {
            return new DisplayUnit("亿美元", 10_000);
        }
        return new DisplayUnit(unit, 1);
    }

    /**
     * Decimals for figures the workbench computes (paths, gaps, projections) in the display unit: 0 for counts, else
     * the most decimals of the plan's own base and target values in the display unit, at least 1 and at most 2.
     */
    public static int decimals(Indicator ind) {
        if (countUnit(ind.unit())) {
            return 0;
        }
        DisplayUnit d = displayUnit(ind);
        // the plan's own figures carry its wording ("7.3万元/亩"); a target added later (a 2035 value worked out
        // as 63.6396…) does not set the precision
        List<YearValue> planned = ind.values().stream().filter(v -> v.kind() != Enums.ValueKind.ACTUAL).toList();
        List<YearValue> stated = planned.stream().filter(v -> v.asStated() != null && !v.asStated().isBlank())
                .toList();
        int most = (stated.isEmpty() ? planned : stated).stream().mapToInt(v -> scale(d.apply(v.value()))).max()
                .orElse(1);
        return Math.max(1, Math.min(2, most));
    }

    /**
     * A figure the workbench works out or shows at the plan's precision (path value, gap, projection, a target or
     * base on a chart) in the display unit, with thousands separators and without trailing zeros: 3.2 万元/亩,
     * 1,900 万美元, 3,869.7 万美元, the plan's 7.3 and 45 as written, a 2035 target stored as 63.6396… as 63.6,
     * 1,397,034 万元 as 139.7 亿元.
     */
    public static String computed(Indicator ind, double stored) {
        return trimmed(displayUnit(ind).apply(stored), decimals(ind));
    }

    /** A recorded value (base, target, actual) in the display unit, at most two decimals (139.7 亿元, 17.56). */
    public static String recorded(Indicator ind, double stored) {
        double shown = displayUnit(ind).apply(stored);
        return trimmed(shown, countUnit(ind.unit()) ? 0 : 2);
    }

    /** {@code value} with thousands separators and at most {@code decimals} decimals, trailing zeros dropped. */
    public static String trimmed(double value, int decimals) {
        return write(value, decimals, '#');
    }

    /** {@code value} with thousands separators and exactly {@code decimals} decimals (no "-0"). */
    public static String format(double value, int decimals) {
        return write(value, decimals, '0');
    }

    private static String write(double value, int decimals, char digit) {
        String pattern = "#,##0" + (decimals > 0 ? "." + String.valueOf(digit).repeat(decimals) : "");
        String s = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** Decimals needed to write {@code v} exactly (after rounding away binary noise), at most 4. */
    static int scale(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        BigDecimal b = new BigDecimal(Double.toString(v)).setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Math.max(0, b.scale());
    }
}
