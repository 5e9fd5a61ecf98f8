package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.domain.Figures;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Axis numbers written the way {@link Figures} writes every figure (thousands separators, never "-0"), with as many
 * decimals as the tick step needs — so two ticks never read the same (a constant series of 100 gets 90, 95, 100 …,
 * not 100, 100, 100).
 */
final class FigureFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final int decimals;

    FigureFormat(int decimals) {
        this.decimals = decimals;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(Figures.format(number, decimals));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(Figures.format(number, decimals));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("axis labels are only written");
    }

    /**
     * The 1, 2 or 5 × 10ⁿ step that puts five to eight ticks on an axis spanning {@code span}, written with the
     * decimals it needs; whole steps only for counts (家, 人, 个 …), so an axis of enterprises never reads 107.5.
     */
    static NumberTickUnit step(double span, boolean whole) {
        double raw = span / 6;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double size = power;
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                size = m * power;
                break;
            }
        }
        if (whole) {
            size = Math.max(1, Math.round(size));
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(size) + 1e-9));
        return new NumberTickUnit(size, new FigureFormat(decimals));
    }

    static TickUnitSource ticks(boolean whole) {
        TickUnits units = new TickUnits();
        for (int power = whole ? 0 : -4; power <= 9; power++) {
            for (int m : new int[] {1, 2, 5}) {
                double size = m * Math.pow(10, power);
                units.add(new NumberTickUnit(size, new FigureFormat(Math.max(0, -power))));
            }
        }
        return units;
    }
}
