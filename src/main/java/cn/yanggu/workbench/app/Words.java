package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;

/**
 * The plan's vocabularies in the UI language, one place for views, charts, reports and spreadsheets. Each key is
 * written out so the i18n test can see it is used. A null value gives null: callers say what "not given" means.
 */
public final class Words {
    private Words() {
    }

    /** 园区 / 企业 / 产业链 / 项目 / 指标 / 入园门槛: the kind of a record, in messages, the change log and the exchange. */
    public static String entity(I18n t, EntityKind k) {
        return switch (k) {
            case ZONE -> t.get("entity.zone");
            case ENTERPRISE -> t.get("entity.enterprise");
            case CHAIN -> t.get("entity.chain");
            case PROJECT -> t.get("entity.project");
            case INDICATOR -> t.get("entity.indicator");
            case THRESHOLD -> t.get("entity.threshold");
        };
    }

    /** 储备 / 开工 / 在建 / 竣工. */
    public static String stage(I18n t, Enums.ProjectStage s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case RESERVE -> t.get("stage.reserve");
            case STARTED -> t.get("stage.started");
            case UNDER_CONSTRUCTION -> t.get("stage.underConstruction");
            case COMPLETED -> t.get("stage.completed");
        };
    }

    /** 年均 / 累计 / 未列增速 / 方向性要求. */
    public static String growthKind(I18n t, Enums.GrowthKind g) {
        if (g == null) {
            return null;
        }
        return switch (g) {
            case ANNUAL -> t.get("growthKind.annual");
            case CUMULATIVE -> t.get("growthKind.cumulative");
            case NONE -> t.get("growthKind.none");
            case DIRECTION -> t.get("growthKind.direction");
        };
    }

    /** 年报 / 快报 / 预计. */
    public static String vintage(I18n t, Enums.Vintage v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case FINAL -> t.get("vintage.final");
            case PRELIMINARY -> t.get("vintage.preliminary");
            case ESTIMATE -> t.get("vintage.estimate");
        };
    }

    /**
     * The kind of a monitoring arrangement: 监测评估 (年度监测分析, 中期评估, 总结评估) or 统计监测 (the statistics the
     * plan wants tracked); an unknown stored word is returned as it is.
     */
    public static String monitoringKind(I18n t, String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "evaluation" -> t.get("monitoring.kind.evaluation");
            case "statistic" -> t.get("monitoring.kind.statistic");
            default -> kind;
        };
    }

    /** The status word of plan evaluations (提前实现 … 尚无实际值). */
    public static String status(I18n t, Assessment.Status s) {
        return switch (s) {
            case ACHIEVED -> t.get("status.achieved");
            case AHEAD -> t.get("status.ahead");
            case ON_TRACK -> t.get("status.onTrack");
            case BEHIND -> t.get("status.behind");
            case FAR_BEHIND -> t.get("status.farBehind");
            case DIRECTION_MET -> t.get("status.directionMet");
            case DIRECTION_MISSED -> t.get("status.directionMissed");
            case NOT_COMPARABLE -> t.get("status.notComparable");
            case NO_DATA -> t.get("status.noData");
        };
    }

    /** The final evaluation's word: 已实现 / 已提前实现 / 未实现 / 暂未实现 / 尚无实际值. */
    public static String verdict(I18n t, Assessment.Verdict v) {
        return switch (v) {
            case ACHIEVED -> t.get("verdict.achieved");
            case ACHIEVED_EARLIER -> t.get("verdict.achievedEarlier");
            case NOT_ACHIEVED -> t.get("verdict.notAchieved");
            case NOT_YET -> t.get("verdict.notYet");
            case NO_DATA -> t.get("status.noData");
        };
    }

    /** The shape symbol that goes with a status word (never colour alone): ★ ▲ ● ▼ ◆ ✓ ! ○. */
    public static String symbol(Assessment.Status s) {
        return switch (s) {
            case ACHIEVED -> "★";
            case AHEAD -> "▲";
            case ON_TRACK -> "●";
            case BEHIND -> "▼";
            case FAR_BEHIND -> "◆";
            case DIRECTION_MET -> "✓";
            case DIRECTION_MISSED -> "▼";
            case NOT_COMPARABLE, NO_DATA -> "○";
        };
    }

    /**
     * What the judgement rests on, for the hover text and notes: 无基期值 (path from the first actual), 方向性要求, 累计;
     * empty for an ordinary base-to-target path.
     */
    public static String basis(I18n t, Assessment a) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        switch (a.basis()) {
            case NO_BASE -> parts.add(a.start().map(s -> t.get("judgement.noBase", s.year()))
                    .orElse(t.get("judgement.noBaseNoActual")));
            case DIRECTION -> parts.add(t.get(a.indicator().direction() == Enums.Direction.LOWER
                    ? "judgement.direction" : "judgement.directionHigher"));
            default -> {
            }
        }
        if (a.additive()) {
            parts.add(t.get("judgement.cumulative"));
        }
        if (a.stale()) {
            parts.add(t.get("judgement.dataUpTo", a.latest().orElseThrow().year()));
        }
        return String.join("；", parts);
    }
}
