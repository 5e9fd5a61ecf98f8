package cn.yanggu.workbench.ui.grading;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.GradingProblem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Quantity;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grading method of a year without the window: the weights (percent), the normalisation, the cut-off mode and
 * its three values and a note as typed; what they come to ({@link #read}); and the words around them (whose method
 * it is, the cut-offs' labels, what the plan says). The method editor binds its fields and shows the reading.
 */
public final class MethodModel {
    /** What the fields come to: the method (when usable), the problems, the weights' sum and the last class's share. */
    public record Reading(Optional<GradingMethod> method, List<String> problems, double weightSum, boolean sumIs100,
                          String lastShare, List<StringProperty> invalid) {
    }

    private final I18n t;
    private final GradingText words;
    private final Map<GradingMethod.IndicatorKind, StringProperty> weights =
            new EnumMap<>(GradingMethod.IndicatorKind.class);
    private final ObjectProperty<GradingMethod.Normalisation> normalisation = new SimpleObjectProperty<>();
    private final ObjectProperty<GradingMethod.CutoffMode> mode = new SimpleObjectProperty<>();
    private final List<StringProperty> cutoffs = new ArrayList<>();
    private final StringProperty note = new SimpleStringProperty("");
    private int year;
    private Plan plan;
    private GradingMethod shown;

    public MethodModel(I18n t) {
        this.t = t;
        this.words = new GradingText(t);
        for (GradingMethod.IndicatorKind k : GradingMethod.IndicatorKind.values()) {
            weights.put(k, new SimpleStringProperty(""));
        }
        for (int i = 0; i < 3; i++) {
            cutoffs.add(new SimpleStringProperty(""));
        }
    }

    public StringProperty weight(GradingMethod.IndicatorKind k) {
        return weights.get(k);
    }

    public ObjectProperty<GradingMethod.Normalisation> normalisation() {
        return normalisation;
    }

    public ObjectProperty<GradingMethod.CutoffMode> mode() {
        return mode;
    }

    /** The i-th cut-off (0–2) as typed. */
    public StringProperty cutoff(int i) {
        return cutoffs.get(i);
    }

    public StringProperty note() {
        return note;
    }

    public int year() {
        return year;
    }

    public boolean hasPlan() {
        return plan != null;
    }

    /** Puts the method that applies to {@code selectedYear} in the fields. */
    public void show(Plan p, int selectedYear, GradingMethod m) {
        this.plan = p;
        this.year = selectedYear;
        this.shown = m;
        Map<GradingMethod.IndicatorKind, Double> w = m.weightMap();
        weights.forEach((k, f) -> f.set(GradingText.number(w.getOrDefault(k, 0.0))));
        normalisation.set(m.normalisation());
        mode.set(m.cutoffMode());
        for (int i = 0; i < 3; i++) {
            cutoffs.get(i).set(GradingText.number(m.cutoffs().get(i)));
        }
        note.set(m.note() == null ? "" : m.note());
    }

    /** Whose method the year has: the workbench's default, its own, or one inherited from an earlier year. */
    public String whose() {
        return shown.workbenchDefault() ? t.get("grading.method.isDefault", year)
                : shown.fromYear() == year ? t.get("grading.method.isOwn", year)
                : t.get("grading.method.isInherited", year, shown.fromYear());
    }

    /** Only a year's own method can be removed. */
    public boolean removable() {
        return !shown.workbenchDefault() && shown.fromYear() == year;
    }

    /** What the plan's text says about the classes, or "". */
    public String planSays() {
        EfficiencyClass first = plan.efficiencyClasses().isEmpty() ? null : plan.efficiencyClasses().get(0);
        return first == null ? "" : t.get("grading.method.planSays", first.source(), first.text());
    }

    /** The label of cut-off {@code i} (0–2), or of the last class (3), for the mode chosen. */
    public String cutoffLabel(int i) {
        if (plan == null) {
            return "";
        }
        boolean score = mode.get() == GradingMethod.CutoffMode.SCORE;
        String grade = GradingText.grade(plan, i + 1);
        return i == 3 ? (score ? t.get("grading.method.lastScore", grade) : t.get("grading.method.lastShare", grade))
                : score ? t.get("grading.method.scoreFrom", grade) : t.get("grading.method.shareOf", grade);
    }

    /** Reads the fields: the method applying from the shown year, or the problems, each naming the field. */
    public Reading read() {
        List<String> errors = new ArrayList<>();
        List<StringProperty> invalid = new ArrayList<>();
        List<GradingMethod.Weight> w = new ArrayList<>();
        for (GradingMethod.IndicatorKind k : GradingMethod.IndicatorKind.values()) {
            Optional<Double> v = number(weights.get(k), words.indicator(k), errors, invalid);
            w.add(new GradingMethod.Weight(k, v.orElse(0.0)));
        }
        List<Double> c = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            c.add(number(cutoffs.get(i), cutoffLabel(i), errors, invalid).orElse(null));
        }
        GradingMethod m = new GradingMethod(year, w, normalisation.get(), mode.get(), c,
                note.get() == null || note.get().isBlank() ? null : note.get().strip(), false);
        if (errors.isEmpty()) {
            for (GradingProblem p : m.problems()) {
                errors.add(words.problem(p));
            }
        }
        double total = w.stream().mapToDouble(GradingMethod.Weight::percent).sum();
        String last = mode.get() == GradingMethod.CutoffMode.PERCENTILE && c.stream().allMatch(x -> x != null)
                ? GradingText.number(m.lastShare()) + " %" : "";
        return new Reading(errors.isEmpty() ? Optional.of(m) : Optional.empty(), errors, total,
                Math.abs(total - 100) <= 1e-6, last, invalid);
    }

    private Optional<Double> number(StringProperty f, String what, List<String> errors, List<StringProperty> invalid) {
        Quantity.Parsed p = Quantity.parse(f.get(), "%");
        if (p.problem().isPresent() || p.value().isEmpty()) {
            invalid.add(f);
            errors.add(t.get("grading.method.notANumber", what, f.get() == null ? "" : f.get()));
            return Optional.empty();
        }
        return p.value();
    }

    /** The sum line under the weights. */
    public String sumText(Reading r) {
        return t.get("grading.method.sum", GradingText.number(r.weightSum()));
    }
}
