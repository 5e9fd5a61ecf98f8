package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.GradingProblem;
import cn.yanggu.workbench.domain.Plan;

import java.math.BigDecimal;
import java.util.List;

/** Words for the 亩产效益 feature: indicator and method names, grade names, and every problem with its position. */
public final class GradingText {
    private final I18n t;

    public GradingText(I18n t) {
        this.t = t;
    }

    public I18n i18n() {
        return t;
    }

    public String indicator(GradingMethod.IndicatorKind k) {
        return switch (k) {
            case TAX_PER_MU -> t.get("grading.ind.taxPerMu");
            case REVENUE_PER_MU -> t.get("grading.ind.revenuePerMu");
            case REVENUE_PER_ENERGY -> t.get("grading.ind.revenuePerEnergy");
            case TAX_PER_ENERGY -> t.get("grading.ind.taxPerEnergy");
            case RD_SHARE -> t.get("grading.ind.rdShare");
            case REVENUE_PER_EMPLOYEE -> t.get("grading.ind.revenuePerEmployee");
        };
    }

    /** How an indicator is computed, e.g. 税收 ÷ 用地面积. */
    public String formula(GradingMethod.IndicatorKind k) {
        String f = EnterpriseSheet.figureName(t, k.numerator()) + " ÷ " + EnterpriseSheet.figureName(t, k.denominator());
        return k.factor() == 100 ? f + " × 100" : f;
    }

    /** The indicator's unit in the UI language. */
    public String unit(GradingMethod.IndicatorKind k) {
        return switch (k) {
            case TAX_PER_MU, REVENUE_PER_MU -> t.get("grading.unit.wanPerMu");
            case REVENUE_PER_ENERGY, TAX_PER_ENERGY -> t.get("grading.unit.wanPerTce");
            case RD_SHARE -> "%";
            case REVENUE_PER_EMPLOYEE -> t.get("grading.unit.wanPerPerson");
        };
    }

    public String normalisation(GradingMethod.Normalisation n) {
        return switch (n) {
            case MIN_MAX -> t.get("grading.norm.minMax");
            case SHARE_OF_BEST -> t.get("grading.norm.shareOfBest");
            case RATIO_TO_AVERAGE -> t.get("grading.norm.ratioToAverage");
        };
    }

    public String cutoffMode(GradingMethod.CutoffMode m) {
        return m == GradingMethod.CutoffMode.SCORE ? t.get("grading.cutoff.score") : t.get("grading.cutoff.percentile");
    }

    /** The name of class 1–4: the plan's own word (优先发展 …); its source is on the class record. */
    public static String grade(Plan plan, int grade) {
        return plan.efficiencyClasses().stream().filter(c -> c.rank() == grade).map(EfficiencyClass::name)
                .findFirst().orElse(String.valueOf(grade));
    }

    /** The method in two lines: whose it is and the weights; then normalisation and cut-offs. */
    public String describe(GradingMethod m, Plan plan) {
        StringBuilder b = new StringBuilder();
        b.append(m.workbenchDefault() ? t.get("grading.method.defaultWhose")
                : t.get("grading.method.fromYear", m.fromYear())).append(t.get("grading.sep.colon"));
        b.append(String.join(t.get("grading.sep.list"), m.weights().stream().filter(w -> w.percent() > 0)
                .map(w -> indicator(w.indicator()) + " " + number(w.percent()) + "%").toList()));
        b.append('\n').append(normalisation(m.normalisation())).append(t.get("grading.sep.clause"));
        if (m.cutoffMode() == GradingMethod.CutoffMode.SCORE) {
            b.append(t.get("grading.method.scoreCuts", grade(plan, 1), number(m.cutoffs().get(0)), grade(plan, 2),
                    number(m.cutoffs().get(1)), grade(plan, 3), number(m.cutoffs().get(2)), grade(plan, 4)));
        } else {
            b.append(t.get("grading.method.shareCuts", grade(plan, 1), number(m.cutoffs().get(0)), grade(plan, 2),
                    number(m.cutoffs().get(1)), grade(plan, 3), number(m.cutoffs().get(2)), grade(plan, 4),
                    number(m.lastShare())));
        }
        return b.toString();
    }

    /** Every issue of a refusal, one line each, with its position first. */
    public List<String> lines(GradingRejected r) {
        return r.issues().stream().map(this::issue).toList();
    }

    public String issue(GradingRejected.Issue i) {
        String where = where(i.where());
        return where.isEmpty() ? problem(i.problem()) : where + "：" + problem(i.problem());
    }

    public String where(GradingRejected.Where w) {
        if (w == null) {
            return "";
        }
        if (w.sheet() != null && w.cell() != null) {
            return w.sheet() + "!" + w.cell();
        }
        if (w.sheet() != null) {
            return t.get("grading.at.row", w.sheet(), w.row());
        }
        if (w.row() > 0) {
            return w.enterprise() == null ? t.get("grading.at.pasted", w.row(), w.column())
                    : t.get("grading.at.pastedOn", w.row(), w.column(), w.enterprise(), figure(w.figure()));
        }
        if (w.enterprise() != null) {
            return w.enterprise() + " · " + figure(w.figure());
        }
        return "";
    }

    private String figure(String key) {
        for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
            if (f.key().equals(key)) {
                return EnterpriseSheet.figureName(t, f);
            }
        }
        return key == null ? "" : key;
    }

    public String problem(GradingProblem p) {
        List<Object> a = p.args();
        return switch (p.kind()) {
            case NOT_A_NUMBER -> t.get("grading.problem.notANumber");
            case NEGATIVE -> t.get("grading.problem.negative", number(a.get(0)));
            case NOT_WHOLE -> t.get("grading.problem.notWhole", number(a.get(0)));
            case WEIGHTS_NOT_100 -> t.get("grading.problem.weightsNot100", number(a.get(0)));
            case WEIGHT_NEGATIVE -> t.get("grading.problem.weightNegative",
                    indicator(GradingMethod.IndicatorKind.ofKey((String) a.get(0))), number(a.get(1)));
            case NO_INDICATOR -> t.get("grading.problem.noIndicator");
            case DUPLICATE_INDICATOR -> t.get("grading.problem.duplicateIndicator",
                    indicator(GradingMethod.IndicatorKind.ofKey((String) a.get(0))));
            case CUTOFF_MISSING -> t.get("grading.problem.cutoffMissing");
            case CUTOFF_RANGE -> t.get("grading.problem.cutoffRange", a.get(0), number(a.get(1)));
            case CUTOFFS_NOT_DESCENDING -> t.get("grading.problem.notDescending", number(a.get(0)),
                    number(a.get(1)));
            case SHARES_OVER_100 -> t.get("grading.problem.sharesOver100", number(a.get(0)));
            case YEAR_OUT_OF_RANGE -> t.get("grading.problem.yearRange", a.get(0), a.get(1), a.get(2));
            case TEXT_NOT_NUMBER -> t.get("grading.problem.textNotNumber", a.get(0));
            case WRONG_UNIT -> t.get("grading.problem.wrongUnit", a.get(0), a.get(1));
            case LOCKED_YEAR -> t.get("grading.problem.locked", a.get(0));
            case NOT_XLSX -> t.get("grading.problem.notXlsx", a.get(0));
            case MISSING_SHEET -> t.get("grading.problem.missingSheet", a.get(0), a.get(1));
            case BAD_YEAR -> t.get("grading.problem.badYear", a.get(0), a.get(1), a.get(2));
            case MISSING_COLUMN -> t.get("grading.problem.missingColumn", a.get(0));
            case UNKNOWN_COLUMN -> t.get("grading.problem.unknownColumn", a.get(0));
            case UNKNOWN_ENTERPRISE -> t.get("grading.problem.unknownEnterprise", a.get(0));
            case NAME_MISMATCH -> t.get("grading.problem.nameMismatch", a.get(0), a.get(1));
            case DUPLICATE_ROW -> t.get("grading.problem.duplicate", a.get(0), a.get(1));
            case EXTRA_ROW -> t.get("grading.problem.extraRow");
            case OUTSIDE_GRID -> t.get("grading.problem.outside");
            case NO_ROWS -> t.get("grading.problem.noRows");
        };
    }

    /** A number as people write it: 12.5, 100, 0.333333. */
    public static String number(Object v) {
        if (v instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).setScale(6, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        return String.valueOf(v);
    }
}
