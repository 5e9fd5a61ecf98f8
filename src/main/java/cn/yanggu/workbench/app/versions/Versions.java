package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.reports.ReportBuilder;
import cn.yanggu.workbench.domain.AdjustmentSuggestion;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.EntityKind;
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

    /**
     * The year a new adjustment draft starts from, as the window proposes it: the year after the last year with
     * actuals (a year already measured is judged against the targets it was planned with), and never before the
     * period's first year (2021 for 2021–2025: a plan with no actuals yet) nor after its vision year. The planner
     * changes it in the draft's form before approving.
     */
    public static int proposedFromYear(Plan plan) {
        int start = plan.info().periodStart();
        int next = cn.yanggu.workbench.domain.Assessment.dataYear(plan.indicators(), Integer.MAX_VALUE)
                .stream().map(y -> y + 1).findFirst().orElse(start);
        return Math.min(Math.max(start, next), plan.info().visionYear());
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
     * Refused ({@link NothingProposed}) when nothing is proposed with a figure: no empty draft is made.
     */
    public PlanVersion draftFromMidterm(int year, double tolerance) {
        refuseOnOffice();
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
        if (targets.isEmpty()) {
            throw new NothingProposed(year);
        }
        return createDraft(t.get("version.midtermTitle", year), year, targets, t.get("version.midtermNote", year));
    }

    /** The report of {@code year} proposes no target with a figure: no draft is made, nothing is written. */
    public static final class NothingProposed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int year;

        public NothingProposed(int year) {
            super("the " + year + " report proposes no adjustment");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /**
     * A draft of the next period (e.g. 2026–2030, as long as the last): base year = the last period's end with its
     * actuals (missing ones kept empty and flagged), targets proposed from the 2035 vision where the plan gives one
     * (worded as proposals; the others are typed), and the records of {@code carry} carried over.
     */
    public PlanVersion createSuccessor(java.util.Set<cn.yanggu.workbench.domain.EntityKind> carry) {
        return createSuccessor(cn.yanggu.workbench.domain.Successors.carried(editor.plan(), carry));
    }

    /**
     * {@link #createSuccessor(java.util.Set)} carrying over exactly the records {@code carry} names (in the plan's
     * order); refused, naming the record, when the plan holds no such record.
     */
    public PlanVersion createSuccessor(List<PlanVersion.Carried> carry) {
        refuseOnOffice();
        Plan plan = editor.plan();
        List<PlanVersion.Carried> chosen = checkedCarry(plan, carry);
        int lastEnd = cn.yanggu.workbench.domain.Successors.lastEnd(plan);
        int length = plan.info().periodEnd() - plan.info().periodStart() + 1;
        int from = lastEnd + 1;
        int end = lastEnd + length;
        Judgements words = new Judgements(t);
        List<PlanVersion.Base> bases = new ArrayList<>();
        List<PlanVersion.TargetChange> targets = new ArrayList<>();
        for (cn.yanggu.workbench.domain.Successors.Proposal p
                : cn.yanggu.workbench.domain.Successors.propose(plan, lastEnd, end)) {
            var ind = p.indicator();
            bases.add(new PlanVersion.Base(ind.code(), p.base().map(YearValue::value).orElse(null), false,
                    p.base().isEmpty() ? t.get("successor.noBase", lastEnd) : null));
            if (p.target().isPresent()) {
                double value = java.math.BigDecimal.valueOf(p.target().getAsDouble())
                        .setScale(Figures.decimals(ind), java.math.RoundingMode.HALF_UP).doubleValue();
                YearValue vision = p.vision().orElseThrow();
                String basis = p.rate().isPresent()
                        ? t.get("successor.proposal", lastEnd, words.value(ind, p.base().get().value()),
                        vision.year(), words.target(ind, vision), Judgements.percent(p.rate().getAsDouble()))
                        : t.get("successor.proposalCumulative", lastEnd, words.value(ind, p.base().get().value()),
                        vision.year(), words.target(ind, vision));
                targets.add(new PlanVersion.TargetChange(ind.code(), end, value, vision.comparator(), basis));
            }
        }
        PlanVersion draft = new PlanVersion(PlanVersions.nextNumber(plan.versions()),
                t.get("successor.title", from, end), PlanVersion.Status.DRAFT, from,
                PlanVersions.numberInForce(plan.versions(), from), null, null, null, null,
                t.get("successor.note", lastEnd), targets, PlanVersion.Kind.SUCCESSOR, end, bases, chosen);
        run("version.undo.create", null, draft);
        return draft;
    }

    /** The draft successor {@code number} carrying over exactly {@code carry} (refused naming a record not held). */
    public PlanVersion setCarried(int number, List<PlanVersion.Carried> carry) {
        PlanVersion before = draft(number);
        return updateDraft(before.withCarried(checkedCarry(editor.plan(), carry)));
    }

    private static List<PlanVersion.Carried> checkedCarry(Plan plan, List<PlanVersion.Carried> carry) {
        cn.yanggu.workbench.domain.Successors.unknown(plan, carry).ifPresent(c -> {
            throw new EditRejected(List.of(new EditRejected.Located(c.kind(), c.code(), null,
                    new Problem(null, Problem.Kind.UNKNOWN_REFERENCE, c.code()))));
        });
        return cn.yanggu.workbench.domain.Successors.ordered(plan, carry);
    }

    /** The draft successor {@code number} with the base of {@code indicator} set by hand ({@code value} null: unset). */
    public PlanVersion setBase(int number, String indicator, Double value) {
        PlanVersion before = draft(number);
        List<PlanVersion.Base> bases = new ArrayList<>();
        boolean found = false;
        for (PlanVersion.Base b : before.bases()) {
            if (b.indicator().equals(indicator)) {
                bases.add(new PlanVersion.Base(indicator, value, value != null, value == null ? b.note() : null));
                found = true;
            } else {
                bases.add(b);
            }
        }
        if (!found) {
            bases.add(new PlanVersion.Base(indicator, value, value != null, null));
        }
        return updateDraft(before.withBases(bases));
    }

    /**
     * The draft {@code number} with the admission rule {@code code}'s standard from the version's year set to
     * {@code value} (in the rule's unit, its comparator kept); {@code value} null removes the change.
     */
    public PlanVersion setThreshold(int number, String code, Double value, String basis) {
        PlanVersion before = draft(number);
        List<PlanVersion.ThresholdChange> list = new ArrayList<>(before.thresholds().stream()
                .filter(c -> !c.threshold().equals(code)).toList());
        if (value != null) {
            list.add(new PlanVersion.ThresholdChange(code, value, strip(basis)));
        }
        return updateDraft(before.withThresholds(list));
    }

    /**
     * The draft {@code number} adding the project {@code code} to the key projects or dropping it from them from the
     * version's year; {@code action} null removes the change.
     */
    public PlanVersion setProject(int number, String code, PlanVersion.ProjectAction action, String basis) {
        PlanVersion before = draft(number);
        List<PlanVersion.ProjectChange> list = new ArrayList<>(before.projects().stream()
                .filter(c -> !c.project().equals(code)).toList());
        if (action != null) {
            list.add(new PlanVersion.ProjectChange(code, action, strip(basis)));
        }
        return updateDraft(before.withProjects(list));
    }

    /**
     * The draft {@code number} changing the zone {@code code} from the version's year: a new area (km², null keeps it)
     * and/or new 四至 texts ({@code boundary}: east, west, south, north; a null or blank one keeps the zone's);
     * {@code areaKm2} and every boundary null removes the change. Refused (nothing written) naming the zone when the
     * plan holds no such zone or the area is negative.
     */
    public PlanVersion setZone(int number, String code, Double areaKm2, String[] boundary, String basis) {
        PlanVersion before = draft(number);
        List<PlanVersion.ZoneChange> list = new ArrayList<>(before.zones().stream()
                .filter(c -> !c.zone().equals(code)).toList());
        String[] b = boundary == null ? new String[4] : boundary;
        PlanVersion.ZoneChange change = new PlanVersion.ZoneChange(code, areaKm2, strip(b[0]), strip(b[1]),
                strip(b[2]), strip(b[3]), strip(basis));
        if (areaKm2 != null || change.boundary()) {
            list.add(change);
        }
        try {
            return updateDraft(before.withZones(list));
        } catch (EditRejected r) {
            // the refusal names the zone, so a caller holding only the stored draft can say which one
            throw new EditRejected(r.problems().stream().map(l -> new EditRejected.Located(EntityKind.ZONE, code,
                    l.position(), l.problem())).toList());
        }
    }

    /** The draft {@code number} with other targets (and title, start year, note). */
    public PlanVersion updateDraft(PlanVersion changed) {
        PlanVersion before = draft(changed.number());
        PlanVersion after = before.withDraftFields(changed.title(), changed.fromYear(), changed.note())
                .withTargets(changed.targets()).withBases(changed.bases()).withCarried(changed.carried())
                .withThresholds(changed.thresholds()).withProjects(changed.projects())
                .withZones(changed.zones());
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

    /**
     * The township office this database belongs to, empty on the bureau's: an office never creates, changes or
     * approves a version (they come from the bureau in its exchange packages).
     */
    public Optional<String> office() {
        return cn.yanggu.workbench.app.exchange.Exchange.officeName(editor);
    }

    /** Refuses any version step on a township office's database ({@link OfficeRefused}, naming the office). */
    public void refuseOnOffice() {
        office().ifPresent(name -> {
            throw new OfficeRefused(t.get("version.officeOnly", name));
        });
    }

    private void run(String labelKey, PlanVersion before, PlanVersion after) {
        refuseOnOffice();
        Plan plan = editor.plan();
        PlanVersion v = after == null ? before : after;
        boolean approval = before != null && after != null && before.approved() != after.approved();
        editor.run(new VersionChange(t.get(labelKey, text.name(v).strip()), before, after,
                text.summary(plan, before, approval), text.summary(plan, after, approval)));
    }

    /** A version step refused on a township office's database (the message says why, in the UI language). */
    public static final class OfficeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OfficeRefused(String message) {
            super(message);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
