package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** One admission rule's verdict in words, the same on the command line and in the window. */
public final class AdmissionText {
    private AdmissionText() {
    }

    /** "× 未通过 投资强度：280.00 万元/亩，要求 > 280.00 万元/亩（差额 +0.00）". */
    public static String line(I18n t, Admission.Result r) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String unit = r.threshold().unit() == null ? "" : " " + r.threshold().unit();
        return t.get(r.pass() ? "cli.admission.pass" : "cli.admission.fail", r.threshold().name(),
                f.format(r.value()) + unit, r.threshold().comparator().sign() + " " + f.format(r.threshold().value())
                        + unit, (r.margin() >= 0 ? "+" : "") + f.format(r.margin()));
    }
}
