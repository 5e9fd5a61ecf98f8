package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How targets read: the plan's own figures as the plan wrote them, a worked-out one to the plan's precision. */
class FiguresTest {
    private static YearValue planned(Enums.ValueKind kind, int year, double v, String asStated) {
        return new YearValue(year, kind, v, Enums.Comparator.EQ, null, asStated, "二、（四）", null, null);
    }

    private static Indicator ind(String unit, YearValue... values) {
        return new Indicator("X", "x", "c", unit, Enums.Direction.HIGHER, null, Enums.GrowthKind.NONE, null, null,
                null, null, "s", null, List.of(values));
    }

    @Test
    void aTargetWorkedOutLaterReadsToThePlansPrecision() {
        // 高纯阴极铜: 45万吨 in the plan, 45 × √2 = 63.6396… for 2035 from a worksheet
        Indicator copper = ind("万吨", planned(Enums.ValueKind.TARGET, 2025, 45, "45万吨"),
                planned(Enums.ValueKind.TARGET, 2035, 45 * Math.sqrt(2), null));
        assertEquals(1, Figures.decimals(copper), "the plan's figures set the precision, not the worked-out one");
        assertEquals("63.6", Figures.computed(copper, 45 * Math.sqrt(2)));
        assertEquals("45", Figures.computed(copper, 45), "the plan's own figure as written");
    }

    @Test
    void targetsKeepThePlansDecimalsAndCountsAreWhole() {
        Indicator tax = ind("万元/亩", planned(Enums.ValueKind.BASELINE, 2020, 4.7, "4.7"),
                planned(Enums.ValueKind.TARGET, 2025, 7.3, "7.3"));
        assertEquals("7.3", Figures.computed(tax, 7.3));
        Indicator investment = ind("万元/亩", planned(Enums.ValueKind.BASELINE, 2020, 17.56, "17.56"),
                planned(Enums.ValueKind.TARGET, 2025, 27, "27"));
        assertEquals("27", Figures.computed(investment, 27));
        assertEquals("17.56", Figures.computed(investment, 17.56));
        Indicator firms = ind("家", planned(Enums.ValueKind.TARGET, 2025, 120, "120家"));
        assertEquals("120", Figures.computed(firms, 120));
        assertEquals("121", Figures.computed(firms, 120.6));
        Indicator trade = ind("万元", planned(Enums.ValueKind.BASELINE, 2020, 1_397_034, "1397034万元"),
                planned(Enums.ValueKind.TARGET, 2025, 1_700_000, "170亿元"));
        assertEquals("170", Figures.computed(trade, 1_700_000), "in 亿元, as the plan writes it");
        assertEquals("139.7", Figures.computed(trade, 1_397_034), "no trailing zero");
    }
}
