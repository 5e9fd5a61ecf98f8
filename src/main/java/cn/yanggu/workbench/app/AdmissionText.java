package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Threshold;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** One admission rule's verdict in words, the same on the command line and in the window. */
public final class AdmissionText {
    private AdmissionText() {
    }

    /**
     * "× 未通过 投资强度：280.00 万元/亩，要求 > 280.00 万元/亩（差额 +0.00） · 2021 年起的标准"; a rule not yet in force in the
     * check's year says from when it applies and that it does not count.
     */
    public static String line(I18n t, Admission.Result r) {
        return line(t, r.threshold().name(), r.threshold().unit(), r.threshold().comparator(), r.version(),
                r.value(), r.verdict(), r.margin());
    }

    /** The same for a verdict stored with a saved check (the threshold as it was then). */
    public static String line(I18n t, Admission.StoredVerdict v) {
        return line(t, v.name(), v.unit(), v.comparator(),
                new Threshold.Version(v.fromYear(), v.thresholdValue(), null, null), v.value(), v.verdict(),
                v.margin());
    }

    private static String line(I18n t, String name, String unit, cn.yanggu.workbench.domain.Enums.Comparator cmp,
                               Threshold.Version version, double value, Admission.Verdict verdict, double margin) {
        String u = unit == null ? "" : " " + unit;
        String required = cmp.sign() + " " + number(version.value()) + u;
        String key = switch (verdict) {
            case PASS -> "cli.admission.pass";
            case FAIL -> "cli.admission.fail";
            case NOT_IN_FORCE -> "admission.notInForce";
        };
        if (verdict == Admission.Verdict.FAIL && number(margin).equals(number(0))) {
            // exactly at a strict threshold: "差额 +0.00" beside 未通过 reads as a contradiction
            return t.get("admission.atThreshold", name, number(value) + u,
                    comparatorWord(t, cmp) + number(version.value()) + u)
                    + t.get("admission.since", version.fromYear());
        }
        return t.get(key, name, number(value) + u, required, (margin >= 0 ? "+" : "") + number(margin))
                + t.get("admission.since", version.fromYear());
    }

    /** 高于, 不低于 … : a comparator in words, as the plan writes its thresholds. */
    private static String comparatorWord(I18n t, cn.yanggu.workbench.domain.Enums.Comparator cmp) {
        return switch (cmp) {
            case GT -> t.get("admission.cmp.gt");
            case GE -> t.get("admission.cmp.ge");
            case LT -> t.get("admission.cmp.lt");
            case LE -> t.get("admission.cmp.le");
            case EQ -> t.get("admission.cmp.eq");
        };
    }

    /** A figure with two decimals and thousands separators, as the verdict lines show it. */
    public static String number(double v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
