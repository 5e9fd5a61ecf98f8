package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;

/**
 * The plan's vocabularies in the UI language, one place for views, charts, reports and spreadsheets. Each key is
 * written out so the i18n test can see it is used. A null value gives null: callers say what "not given" means.
 */
public final class Words {
    private Words() {
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
            case NO_DATA -> t.get("status.noData");
        };
    }
}
