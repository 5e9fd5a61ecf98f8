package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the plan prints them, with thousands separators; empty stays visibly "not set in the plan". */
public final class Formats {
    private Formats() {
    }

    /** 1397034 → "1,397,034"; 17.56 → "17.56"; keeps every significant decimal, adds none. */
    public static String number(Double v) {
        if (v == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        int scale = Math.max(0, d.scale());
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }

    /** A number with a fixed count of decimals, e.g. a rate "9.2". */
    public static String fixed(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** A large 万元 value also in 亿元, for the hover text: 1397034 → "139.70 亿元". */
    public static String wanToYi(double wan, I18n t) {
        return t.get("unit.yi", new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(wan / 10000.0));
    }

    /** Text, or the "not set in the plan" marker when empty. */
    public static String orUnset(String s, I18n t) {
        return s == null || s.isBlank() ? t.get("common.unset") : s;
    }
}
