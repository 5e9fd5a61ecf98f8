package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.reports.ReportBuilder;
import cn.yanggu.workbench.domain.AdjustmentSuggestion;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Figures;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.PlanVersions;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.YearValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan's versions as the 版本 view and the command line change them, each step one {@link VersionChange} on the
 * editor's one write path: a draft is made (by hand or from the mid-term report's 调整建议), its targets set, and it
 * is approved with its reason and document (one audit entry) — or a draft is deleted. An approved version is the
 * procedure's record and is not edited (撤销 undoes its approval like any step).
 */
public final class Versions {
    private final Editor editor;
    private final I18n t;
    private final VersionText text;

    public Versions(Editor editor, I18n t) {
        this.editor = editor;
        this.t = t;
        this.text = new VersionText(t);
    }

    public VersionText text() {
        return text;
    }

    /** The plan as the editor holds it now. */
    public Plan plan() {
        return editor.plan();
    }

    /** The mid-term evaluation's year in the plan period (2023 for 2021–2025). */
    public int midtermYear() {
        Plan plan = editor.plan();
        return cn.yanggu.workbench.domain.ReportKind.MIDTERM.intendedYear(plan.info().periodStart(),
                plan.info().periodEnd()).orElseThrow();
    }

    /** A new draft adjusting the version in force for {@code fromYear}, with {@code targets}. */
    public PlanVersion createDraft(String title, int fromYear, List<PlanVersion.TargetChange> targets, String note) {
        Plan plan = editor.plan();
        PlanVersion draft = new PlanVersion(PlanVersions.nextNumber(plan.versions()), title == null ? null
                : title.strip(), PlanVersion.Status.DRAFT, fromYear, PlanVersions.numberInForce(plan.versions(),
                fromYear), null, null, null, null, note, targets);
        run("version.undo.create", null, draft);
        return draft;
    }

    /**
     * A draft made in one step from the mid-term report of {@code year}'s 调整建议: each target it proposes to raise or
     * lower with the figure it proposes (to the indicator's precision, the target's comparator kept) and the
     * report's sentence as its basis; a suggestion without a figure is left out (the report names it for study).
     */
    public PlanVersion draftFromMidterm(int year, double tolerance) {
        Plan plan = editor.plan();
        List<PlanVersion.TargetChange> targets = new ArrayList<>();
        Judgements words = new Judgements(t);
        int end = plan.info().periodEnd();
        List<Assessment> all = Judgements.assess(plan, year, tolerance);
        for (AdjustmentSuggestion s : AdjustmentSuggestion.of(all, end)) {
            if (s.proposed().isEmpty()) {
                continue;
            }
            YearValue tg = s.assessment().target().orElseThrow();
            double value = java.math.BigDecimal.valueOf(s.proposed().getAsDouble())
                    .setScale(Figures.decimals(s.assessment().indicator()), java.math.RoundingMode.HALF_UP).doubleValue();
            targets.add(new PlanVersion.TargetChange(s.assessment().indicator().code(), tg.year(), value,
                    tg.comparator(), ReportBuilder.proposal(t, words, s)));
        }
        return createDraft(t.get("version.midtermTitle", year), year, targets, t.get("version.midtermNote", year));
    }

    /** The draft {@code number} with other targets (and title, start year, note). */
    public PlanVersion updateDraft(PlanVersion changed) {
        PlanVersion before = draft(changed.number());
        PlanVersion after = new PlanVersion(before.number(), changed.title(), PlanVersion.Status.DRAFT,
                changed.fromYear(), before.replaces(), changed.reason(), changed.documentNumber(),
                changed.documentDate(), changed.approvedBy(), changed.note(), changed.targets());
        run("version.undo.update", before, after);
        return after;
    }

    /** Approves the draft {@code number}: one step, one audit entry; refused without a reason or 文号. */
    public PlanVersion approve(int number, String reason, String documentNumber, String date, String body) {
        PlanVersion before = draft(number);
        PlanVersion after = before.approvedBy(strip(reason), strip(documentNumber), strip(date), strip(body));
        run("version.undo.approve", before, after);
        return after;
    }

    /** Deletes the draft {@code number}. */
    public void deleteDraft(int number) {
        run("version.undo.delete", draft(number), null);
    }

    private PlanVersion draft(int number) {
        PlanVersion v = find(number).orElseThrow(() -> new EditRejected(List.of(new EditRejected.Located(null,
                String.valueOf(number), null, new Problem("number", Problem.Kind.UNKNOWN_REFERENCE,
                "版本" + number)))));
        if (v.approved()) {
            throw new EditRejected(List.of(new EditRejected.Located(null, String.valueOf(number), null,
                    new Problem("status", Problem.Kind.LOCKED_YEAR, v.fromYear()))));
        }
        return v;
    }

    public Optional<PlanVersion> find(int number) {
        return editor.plan().versions().stream().filter(v -> v.number() == number).findFirst();
    }

    private void run(String labelKey, PlanVersion before, PlanVersion after) {
        Plan plan = editor.plan();
        PlanVersion v = after == null ? before : after;
        boolean approval = before != null && after != null && before.approved() != after.approved();
        editor.run(new VersionChange(t.get(labelKey, text.name(v).strip()), before, after,
                text.summary(plan, before, approval), text.summary(plan, after, approval)));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
