package cn.yanggu.workbench.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A 招商 lead in the 招商项目库: a target enterprise, the chain node it would fill, what it means to invest and the
 * land it needs, how it was found, who follows it, and the stage it has reached (线索 → 洽谈 → 签约 → 落地（供地）→
 * 开工 → 投产) with the date of each. Before 签约 it carries an 入园评审 result; signing one that failed needs a
 * written reason. A signed lead becomes a key project ({@code projectCode}).
 */
public record Lead(String code, String name, String origin, LeadClass leadClass, String nodeCode,
                   Double investmentWan, Double landMu, Method method, String person, Stage stage,
                   Map<Stage, LocalDate> stageDates, Admission admission, String signReason, String nextStep,
                   LocalDate nextStepDate, String projectCode, String note) {
    public Lead {
        EnumMap<Stage, LocalDate> dates = new EnumMap<>(Stage.class);
        dates.putAll(stageDates);
        stageDates = java.util.Collections.unmodifiableMap(dates);
    }

    /** The plan's targets: 世界500强 / 中国500强 / 国企500强 / 单项冠军 / 隐形冠军, or another enterprise. */
    public enum LeadClass { WORLD500, CHINA500, SOE500, CHAMPION, HIDDEN_CHAMPION, OTHER }

    /** The plan's five ways (以商招商、专题招商、中介招商、网络招商、商协会招商), or another. */
    public enum Method { BY_BUSINESS, THEMATIC, AGENCY, ONLINE, ASSOCIATION, OTHER }

    /** 线索 → 洽谈 → 签约 → 落地（供地）→ 开工 → 投产. */
    public enum Stage { CLUE, TALKS, SIGNED, LANDED, STARTED, PRODUCING }

    /** The lead's 入园评审: passed or failed (null: not checked yet). */
    public enum Admission { PASSED, FAILED }

    /** Whether the lead is signed or further (it then fills its node in the 2025 map). */
    public boolean signed() {
        return stage.compareTo(Stage.SIGNED) >= 0;
    }

    /** This lead moved to {@code next} on {@code date}. */
    public Lead at(Stage next, LocalDate date) {
        Map<Stage, LocalDate> d = new EnumMap<>(Stage.class);
        d.putAll(stageDates);
        d.put(next, date);
        return new Lead(code, name, origin, leadClass, nodeCode, investmentWan, landMu, method, person, next, d,
                admission, signReason, nextStep, nextStepDate, projectCode, note);
    }

    public Lead withAdmission(Admission a, String reason) {
        return new Lead(code, name, origin, leadClass, nodeCode, investmentWan, landMu, method, person, stage,
                stageDates, a, reason, nextStep, nextStepDate, projectCode, note);
    }

    public Lead withProject(String project) {
        return new Lead(code, name, origin, leadClass, nodeCode, investmentWan, landMu, method, person, stage,
                stageDates, admission, signReason, nextStep, nextStepDate, project, note);
    }

    /** The admission rules a lead's own figures can measure: 投资强度 (intended investment over land). */
    public static final java.util.Set<String> MEASURED = java.util.Set.of(cn.yanggu.workbench.domain.Admission.INVESTMENT_INTENSITY);

    /**
     * The 入园评审 on the lead's own figures — the same judgement as 入园门槛 › 评审 ({@link cn.yanggu.workbench.domain.Admission#check}), with
     * the standards in force in {@link #checkYear()}: the rules its figures measure (投资强度 from intended investment
     * and land); empty when it lacks investment or land.
     */
    public List<cn.yanggu.workbench.domain.Admission.Result> admissionResults(List<Threshold> thresholds) {
        if (investmentWan == null || landMu == null || landMu <= 0) {
            return List.of();
        }
        return cn.yanggu.workbench.domain.Admission.check(new cn.yanggu.workbench.domain.Admission.Proposal(landMu, investmentWan, 0, 0, 0, 0),
                thresholds.stream().filter(t -> MEASURED.contains(t.code())).toList(), checkYear());
    }

    /** The year whose standards a lead is checked by: the year it was signed, or of the stage it has reached. */
    public int checkYear() {
        LocalDate d = stageDates.getOrDefault(Stage.SIGNED, stageDates.get(stage));
        return d == null ? LocalDate.now().getYear() : d.getYear();
    }

    /**
     * This lead with its 入园评审 result from {@link #admissionResults}: passed when every rule in force is met,
     * failed when one is missed, none when its figures measure nothing (it cannot be signed then).
     */
    public Lead assessed(List<Threshold> thresholds) {
        List<cn.yanggu.workbench.domain.Admission.Result> results = admissionResults(thresholds);
        Admission a = results.isEmpty() ? null : cn.yanggu.workbench.domain.Admission.allPass(results)
                ? Admission.PASSED : Admission.FAILED;
        return withAdmission(a, signReason);
    }

    /** Whether the next step's date is past on {@code today} (the list highlights it). */
    public boolean overdue(LocalDate today) {
        return nextStepDate != null && nextStepDate.isBefore(today) && stage != Stage.PRODUCING;
    }

    /**
     * What is wrong with the lead: a name and a known node (in {@code map}), no negative money or land, a date for
     * every stage reached and each not before the one before it, and at 签约 or later an 入园评审 — a failed one with
     * a written reason.
     */
    public List<Problem> check(ChainMap map) {
        List<Problem> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new Problem("name", Problem.Kind.REQUIRED));
        }
        if (nodeCode == null || nodeCode.isBlank()) {
            out.add(new Problem("nodeCode", Problem.Kind.REQUIRED));
        } else if (map.node(nodeCode).isEmpty()) {
            out.add(new Problem("nodeCode", Problem.Kind.UNKNOWN_REFERENCE, nodeCode));
        }
        if (investmentWan != null && investmentWan < 0) {
            out.add(new Problem("investmentWan", Problem.Kind.NEGATIVE));
        }
        if (landMu != null && landMu < 0) {
            out.add(new Problem("landMu", Problem.Kind.NEGATIVE));
        }
        LocalDate previous = null;
        Stage previousStage = null;
        for (Stage s : Stage.values()) {
            LocalDate d = stageDates.get(s);
            if (s.compareTo(stage) <= 0 && d == null) {
                out.add(new Problem("stageDates." + s.name().toLowerCase(java.util.Locale.ROOT),
                        Problem.Kind.REQUIRED));
            }
            if (d != null && s.compareTo(stage) > 0) {
                continue;
            }
            if (d != null && previous != null && d.isBefore(previous)) {
                out.add(new Problem("stageDates." + s.name().toLowerCase(java.util.Locale.ROOT),
                        Problem.Kind.DATE_ORDER, previousStage, previous));
            }
            if (d != null) {
                previous = d;
                previousStage = s;
            }
        }
        if (signed()) {
            if (admission == null) {
                out.add(new Problem("admission", Problem.Kind.REQUIRED));
            } else if (admission == Admission.FAILED && (signReason == null || signReason.isBlank())) {
                out.add(new Problem("signReason", Problem.Kind.REQUIRED));
            }
        }
        return out;
    }
}
