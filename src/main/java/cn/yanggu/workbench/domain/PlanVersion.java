package cn.yanggu.workbench.domain;

import java.util.List;
import java.util.Optional;

/**
 * An adjustment of the plan (规划调整), made by the procedure the plan requires ("严格规划目标任务和重大事项调整程序"):
 * what it changes ({@link #targets}), why ({@link #reason}), by what document ({@link #documentNumber}, its date and
 * the approving body), and from which year it applies. Version 1 is the plan as issued (阳政办字〔2022〕7号) and is
 * not a record: it is the plan's own targets, which no adjustment changes. Until it is {@link Status#APPROVED} an
 * adjustment is a draft (草案) that changes nothing any other view shows.
 *
 * @param number   the version's number, 2 and up (1 is the plan as issued)
 * @param replaces the number of the version this one adjusts (1 for the first adjustment)
 * @param fromYear the first year the adjusted targets apply to
 */
public record PlanVersion(int number, String title, Status status, int fromYear, int replaces, String reason,
                          String documentNumber, String documentDate, String approvedBy, String note,
                          List<TargetChange> targets) {
    /** The number of the plan as issued. */
    public static final int ORIGINAL = 1;

    public PlanVersion {
        targets = List.copyOf(targets == null ? List.of() : targets);
    }

    /** 草案 (changes nothing yet) or 已批准 (in force from its year). */
    public enum Status { DRAFT, APPROVED }

    /**
     * A target the adjustment sets: indicator {@code indicator}'s target for {@code year} becomes {@code value} (in
     * the indicator's unit) with its comparator; {@code basis} is the reasoning behind the figure (e.g. the mid-term
     * report's 调整建议).
     */
    public record TargetChange(String indicator, int year, double value, Enums.Comparator comparator, String basis) {
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** The target this version sets for an indicator and year, if it changes it. */
    public Optional<TargetChange> target(String indicator, int year) {
        return targets.stream().filter(c -> c.indicator().equals(indicator) && c.year() == year).findFirst();
    }

    public PlanVersion withStatus(Status s) {
        return new PlanVersion(number, title, s, fromYear, replaces, reason, documentNumber, documentDate, approvedBy,
                note, targets);
    }

    public PlanVersion withTargets(List<TargetChange> t) {
        return new PlanVersion(number, title, status, fromYear, replaces, reason, documentNumber, documentDate,
                approvedBy, note, t);
    }

    /** This version approved by {@code documentNumber} of {@code date} from {@code body}, with its reason. */
    public PlanVersion approvedBy(String why, String docNumber, String date, String body) {
        return new PlanVersion(number, title, Status.APPROVED, fromYear, replaces, why, docNumber, date, body, note,
                targets);
    }
}
