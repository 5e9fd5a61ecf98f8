package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.ui.common.Formats;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * A threshold's versions without the window: the fields of a version (从某年起, value, source, note), and what 新增,
 * 修改 and 删除 come to — the checked edit, or the reason it is refused. The view binds its fields and sends the edit.
 */
public final class VersionsModel {
    /** What a button comes to. */
    public sealed interface Outcome permits Refused, Apply {
    }

    /** Not applied, and why. */
    public record Refused(String message) implements Outcome {
    }

    /** The edit to apply (checked against the plan). */
    public record Apply(Edit edit) implements Outcome {
    }

    private final I18n t;
    private final int thisYear;
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private Threshold threshold;

    public VersionsModel(I18n t, int thisYear) {
        this.t = t;
        this.thisYear = thisYear;
    }

    public StringProperty year() {
        return year;
    }

    public StringProperty value() {
        return value;
    }

    public StringProperty source() {
        return source;
    }

    public StringProperty note() {
        return note;
    }

    public Threshold threshold() {
        return threshold;
    }

    /**
     * Shows a threshold; another one than before proposes a new version from this year with the value now in force.
     * Returns true when the fields were reset.
     */
    public boolean show(Threshold th) {
        boolean same = threshold != null && threshold.code().equals(th.code());
        threshold = th;
        if (!same) {
            year.set(String.valueOf(thisYear));
            value.set(th.inForce(thisYear).or(th::latest).map(v -> plain(v.value())).orElse(""));
            source.set(t.get("common.userEntered"));
            note.set("");
        }
        return !same;
    }

    private static String plain(double v) {
        return Formats.number(v).replace(",", "");
    }

    /** Puts a version's figures in the fields (to correct it). */
    public void fill(Threshold.Version v) {
        year.set(String.valueOf(v.fromYear()));
        value.set(plain(v.value()));
        source.set(v.source() == null ? "" : v.source());
        note.set(v.note() == null ? "" : v.note());
    }

    /** The version typed in the fields, or the reason it cannot be read. */
    private Object typed() {
        int y;
        try {
            y = Integer.parseInt(year.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            return new Refused(t.get("admission.versions.badYear"));
        }
        Quantity.Parsed p = Quantity.parse(value.get(), threshold.unit());
        if (p.problem().isPresent() || p.value().isEmpty()) {
            return new Refused(t.get("threshold.value") + "：" + (p.problem().isPresent()
                    ? ErrorText.problem(t, new Problem("value", p.problem().get(), p.unitTyped()))
                    : t.get("problem.required")));
        }
        String s = source.get() == null || source.get().isBlank() ? null : source.get().strip();
        String n = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        return new Threshold.Version(y, p.value().get(), s, n);
    }

    /** 从 Y 年起执行新标准: a new version from the typed year (the earlier ones kept). */
    public Outcome add(Plan plan) {
        Object typed = typed();
        if (!(typed instanceof Threshold.Version v)) {
            return (Refused) typed;
        }
        if (threshold.versions().stream().anyMatch(o -> o.fromYear() == v.fromYear())) {
            return new Refused(ErrorText.problem(t, new Problem("versions", Problem.Kind.DUPLICATE_FROM_YEAR,
                    v.fromYear())));
        }
        return checked(plan, threshold.withVersion(v), t.get("admission.versions.addEdit", threshold.name(), v.fromYear()));
    }

    /** Corrects the selected version with the typed figures. */
    public Outcome edit(Plan plan, Threshold.Version selected) {
        Object typed = typed();
        if (!(typed instanceof Threshold.Version v)) {
            return (Refused) typed;
        }
        return checked(plan, threshold.replacingVersion(selected.fromYear(), v),
                t.get("admission.versions.editEdit", threshold.name(), selected.fromYear()));
    }

    /** Removes the selected version. */
    public Outcome remove(Plan plan, Threshold.Version selected) {
        return checked(plan, threshold.withoutVersion(selected.fromYear()),
                t.get("admission.versions.removeEdit", threshold.name(), selected.fromYear()));
    }

    private Outcome checked(Plan plan, Threshold after, String label) {
        List<Problem> problems = Validation.check(after, Plans.apply(plan, Change.update(threshold, after)));
        if (!problems.isEmpty()) {
            return new Refused(String.join("；", problems.stream().map(p -> ErrorText.problem(t, p)).distinct()
                    .toList()));
        }
        return new Apply(Edit.of(label, Change.update(threshold, after)));
    }

    /** Why the database refused the edit. */
    public String refused(EditRejected r) {
        return String.join("；", r.problems().stream().map(p -> ErrorText.problem(t, p.problem())).toList());
    }
}
