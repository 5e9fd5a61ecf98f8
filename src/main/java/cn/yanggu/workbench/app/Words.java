package cn.yanggu.workbench.app;

import cn.yanggu.workbench.app.exchange.Selection;
import cn.yanggu.workbench.app.exchange.ThreeWay;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Lead;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The plan's vocabularies in the UI language, one place for views, charts, reports and spreadsheets. Each key is
 * written out so the i18n test can see it is used. A null value gives null: callers say what "not given" means.
 */
public final class Words {
    private Words() {
    }

    /**
     * The vocabularies' words, one table: each constant with its message key. A constant missing here is a test
     * failure ({@code WordsTest}), as a missing switch case would be a compile error.
     */
    private static final Map<Enum<?>, String> KEYS = Map.ofEntries(
            // 园区 / 企业 / 产业链 / 项目 / 指标 / 入园门槛: the kind of a record (messages, change log, exchange)
            entry(EntityKind.ZONE, "entity.zone"),
            entry(EntityKind.ENTERPRISE, "entity.enterprise"),
            entry(EntityKind.CHAIN, "entity.chain"),
            entry(EntityKind.PROJECT, "entity.project"),
            entry(EntityKind.INDICATOR, "entity.indicator"),
            entry(EntityKind.THRESHOLD, "entity.threshold"),
            // 储备 / 开工 / 在建 / 竣工
            entry(Enums.ProjectStage.RESERVE, "stage.reserve"),
            entry(Enums.ProjectStage.STARTED, "stage.started"),
            entry(Enums.ProjectStage.UNDER_CONSTRUCTION, "stage.underConstruction"),
            entry(Enums.ProjectStage.COMPLETED, "stage.completed"),
            // 项目 / 平台
            entry(Enums.ProjectKind.PROJECT, "projectKind.project"),
            entry(Enums.ProjectKind.PLATFORM, "projectKind.platform"),
            // 产业园区 / 预留
            entry(Enums.ZoneKind.INDUSTRIAL, "zoneKind.industrial"),
            entry(Enums.ZoneKind.RESERVED, "zoneKind.reserved"),
            // 龙头 / 骨干 / 其他
            entry(Enums.EnterpriseRole.LEADING, "role.leading"),
            entry(Enums.EnterpriseRole.BACKBONE, "role.backbone"),
            entry(Enums.EnterpriseRole.OTHER, "role.other"),
            // 预期性 / 约束性
            entry(Enums.Attribute.EXPECTED, "attribute.expected"),
            entry(Enums.Attribute.BINDING, "attribute.binding"),
            // 越高越好 / 越低越好
            entry(Enums.Direction.HIGHER, "direction.higher"),
            entry(Enums.Direction.LOWER, "direction.lower"),
            // 年均 / 累计 / 未列增速 / 方向性要求
            entry(Enums.GrowthKind.ANNUAL, "growthKind.annual"),
            entry(Enums.GrowthKind.CUMULATIVE, "growthKind.cumulative"),
            entry(Enums.GrowthKind.NONE, "growthKind.none"),
            entry(Enums.GrowthKind.DIRECTION, "growthKind.direction"),
            // 上游 / 中游 / 下游, 已有 / 薄弱 / 缺失, 建链 / 延链 / 补链 / 强链, 链主 / 龙头 / 骨干 / 配套 (产业链图谱)
            entry(ChainMap.Stage.UPSTREAM, "chainmap.stage.upstream"),
            entry(ChainMap.Stage.MIDSTREAM, "chainmap.stage.midstream"),
            entry(ChainMap.Stage.DOWNSTREAM, "chainmap.stage.downstream"),
            entry(ChainMap.State.PRESENT, "chainmap.state.present"),
            entry(ChainMap.State.WEAK, "chainmap.state.weak"),
            entry(ChainMap.State.MISSING, "chainmap.state.missing"),
            entry(ChainMap.Intent.BUILD, "chainmap.intent.build"),
            entry(ChainMap.Intent.EXTEND, "chainmap.intent.extend"),
            entry(ChainMap.Intent.FILL, "chainmap.intent.fill"),
            entry(ChainMap.Intent.STRENGTHEN, "chainmap.intent.strengthen"),
            entry(ChainMap.Role.CHAIN_LEADER, "chainmap.role.chain-leader"),
            entry(ChainMap.Role.LEADING, "chainmap.role.leading"),
            entry(ChainMap.Role.BACKBONE, "chainmap.role.backbone"),
            entry(ChainMap.Role.SUPPORTING, "chainmap.role.supporting"),
            // 线索 → 洽谈 → 签约 → 落地（供地） → 开工 → 投产; the lead's class and 招商方式 (招商项目库)
            entry(Lead.Stage.CLUE, "lead.stage.clue"),
            entry(Lead.Stage.TALKS, "lead.stage.talks"),
            entry(Lead.Stage.SIGNED, "lead.stage.signed"),
            entry(Lead.Stage.LANDED, "lead.stage.landed"),
            entry(Lead.Stage.STARTED, "lead.stage.started"),
            entry(Lead.Stage.PRODUCING, "lead.stage.producing"),
            entry(Lead.LeadClass.WORLD500, "lead.class.world500"),
            entry(Lead.LeadClass.CHINA500, "lead.class.china500"),
            entry(Lead.LeadClass.SOE500, "lead.class.soe500"),
            entry(Lead.LeadClass.CHAMPION, "lead.class.champion"),
            entry(Lead.LeadClass.HIDDEN_CHAMPION, "lead.class.hiddenChampion"),
            entry(Lead.LeadClass.OTHER, "lead.class.other"),
            entry(Lead.Method.BY_BUSINESS, "lead.method.byBusiness"),
            entry(Lead.Method.THEMATIC, "lead.method.thematic"),
            entry(Lead.Method.AGENCY, "lead.method.agency"),
            entry(Lead.Method.ONLINE, "lead.method.online"),
            entry(Lead.Method.ASSOCIATION, "lead.method.association"),
            entry(Lead.Method.OTHER, "lead.method.other"),
            // 基期值 / 目标值 / 实际值
            entry(Enums.ValueKind.BASELINE, "excel.valueKind.baseline"),
            entry(Enums.ValueKind.TARGET, "excel.valueKind.target"),
            entry(Enums.ValueKind.ACTUAL, "excel.valueKind.actual"),
            // 年报 / 快报 / 预计
            entry(Enums.Vintage.FINAL, "vintage.final"),
            entry(Enums.Vintage.PRELIMINARY, "vintage.preliminary"),
            entry(Enums.Vintage.ESTIMATE, "vintage.estimate"),
            // the status word of plan evaluations (提前实现 … 尚无实际值)
            entry(Assessment.Status.ACHIEVED, "status.achieved"),
            entry(Assessment.Status.AHEAD, "status.ahead"),
            entry(Assessment.Status.ON_TRACK, "status.onTrack"),
            entry(Assessment.Status.BEHIND, "status.behind"),
            entry(Assessment.Status.FAR_BEHIND, "status.farBehind"),
            entry(Assessment.Status.DIRECTION_MET, "status.directionMet"),
            entry(Assessment.Status.DIRECTION_MISSED, "status.directionMissed"),
            entry(Assessment.Status.NOT_COMPARABLE, "status.notComparable"),
            entry(Assessment.Status.NO_DATA, "status.noData"),
            // the final evaluation's word: 已实现 / 已提前实现 / 未实现 / 暂未实现 / 尚无实际值
            entry(Assessment.Verdict.ACHIEVED, "verdict.achieved"),
            entry(Assessment.Verdict.ACHIEVED_EARLIER, "verdict.achievedEarlier"),
            entry(Assessment.Verdict.NOT_ACHIEVED, "verdict.notAchieved"),
            entry(Assessment.Verdict.NOT_YET, "verdict.notYet"),
            entry(Assessment.Verdict.NO_DATA, "status.noData"),
            // an enterprise's figures: 用地面积, 税收 …
            entry(EnterpriseYear.Figure.LAND, "grading.figure.land"),
            entry(EnterpriseYear.Figure.TAX, "grading.figure.tax"),
            entry(EnterpriseYear.Figure.REVENUE, "grading.figure.revenue"),
            entry(EnterpriseYear.Figure.ENERGY, "grading.figure.energy"),
            entry(EnterpriseYear.Figure.RD, "grading.figure.rd"),
            entry(EnterpriseYear.Figure.EMPLOYEES, "grading.figure.employees"),
            // why a backup was made: 迁移前 / 导入前 / 恢复前 / 退出时 / 手动
            entry(Backups.Reason.BEFORE_MIGRATION, "safety.reason.beforeMigration"),
            entry(Backups.Reason.BEFORE_IMPORT, "safety.reason.beforeImport"),
            entry(Backups.Reason.BEFORE_RESTORE, "safety.reason.beforeRestore"),
            entry(Backups.Reason.ON_EXIT, "safety.reason.onExit"),
            entry(Backups.Reason.MANUAL, "safety.reason.manual"),
            // what an exchange package does to a field: 新增 / 采用来件 / 冲突 / 删除 / 保留本地 / 已锁定
            entry(ThreeWay.Kind.NEW, "exchange.kind.new"),
            entry(ThreeWay.Kind.CHANGED, "exchange.kind.changed"),
            entry(ThreeWay.Kind.CONFLICT, "exchange.kind.conflict"),
            entry(ThreeWay.Kind.DELETED, "exchange.kind.deleted"),
            entry(ThreeWay.Kind.KEPT, "exchange.kind.kept"),
            entry(ThreeWay.Kind.LOCKED, "exchange.kind.locked"),
            // what a package carries: 项目 / 企业 / 指标值
            entry(Selection.Kind.PROJECTS, "exchange.selection.projects"),
            entry(Selection.Kind.ENTERPRISES, "exchange.selection.enterprises"),
            entry(Selection.Kind.VALUES, "exchange.selection.values"),
            entry(Selection.Kind.LEADS, "exchange.selection.leads"));

    /** The word for a constant of one of the plan's vocabularies; null gives null. */
    public static String of(I18n t, Enum<?> e) {
        return e == null ? null : t.get(KEYS.get(e));
    }

    /** Whether {@link #of} has a word for the constant (for the test that every vocabulary is complete). */
    static boolean has(Enum<?> e) {
        return KEYS.containsKey(e);
    }

    /** The message keys the table uses (for the test that each exists). */
    static java.util.Collection<String> keys() {
        return KEYS.values();
    }

    /** 园区 / 企业 / 产业链 / 项目 / 指标 / 入园门槛. */
    public static String entity(I18n t, EntityKind k) {
        return of(t, k);
    }

    /** 储备 / 开工 / 在建 / 竣工. */
    public static String stage(I18n t, Enums.ProjectStage s) {
        return of(t, s);
    }

    /** 年均 / 累计 / 未列增速 / 方向性要求. */
    public static String growthKind(I18n t, Enums.GrowthKind g) {
        return of(t, g);
    }

    /** 年报 / 快报 / 预计. */
    public static String vintage(I18n t, Enums.Vintage v) {
        return of(t, v);
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
        return of(t, s);
    }

    /** The final evaluation's word: 已实现 / 已提前实现 / 未实现 / 暂未实现 / 尚无实际值. */
    public static String verdict(I18n t, Assessment.Verdict v) {
        return of(t, v);
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
