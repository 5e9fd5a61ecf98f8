package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Figures;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.PlanVersions;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plan version in words: its name, status, document, the targets it sets, and why a version was refused. */
public final class VersionText {
    private static final Pattern TARGET_FIELD = Pattern.compile("targets\\[(\\d+)]\\.(\\w+)");
    private static final Pattern OTHER_FIELD = Pattern.compile("(thresholds|projects|zones)\\[(\\d+)]\\.(\\w+)");

    private final I18n t;
    private final Judgements words;

    public VersionText(I18n t) {
        this.t = t;
        this.words = new Judgements(t);
    }

    /** "版本1 规划原文（阳政办字〔2022〕7号）" / "版本2 2023年中期评估调整". */
    public String name(Plan plan, int number) {
        if (number == PlanVersion.ORIGINAL) {
            return t.get("version.original", plan.info().documentNumber());
        }
        return plan.versions().stream().filter(v -> v.number() == number).findFirst().map(this::name)
                .orElse(t.get("version.name", number, ""));
    }

    /** "版本2 2023年中期评估调整". */
    public String name(PlanVersion v) {
        return t.get("version.name", v.number(), v.title() == null ? "" : v.title());
    }

    /**
     * Which version a judgement as of {@code year} is made against: "按版本2 2023年中期评估调整（阳政字〔2023〕15号，
     * 2023年起执行）评估" or "按版本1 规划原文（阳政办字〔2022〕7号）评估" — the charts' and the final report's words.
     */
    public String judgedAgainst(Plan plan, int year) {
        Optional<PlanVersion> v = cn.yanggu.workbench.domain.PlanVersions.inForce(plan.versions(), year);
        return v.map(x -> x.successor() ? t.get("version.judgedAgainstSuccessor", name(x), document(x),
                        x.targetYear(plan), x.baseYear())
                        : t.get("version.judgedAgainst", name(x), document(x), x.fromYear()))
                .orElse(t.get("version.judgedAgainstOriginal", name(plan, PlanVersion.ORIGINAL)));
    }

    /** A successor's base of an indicator: "亩均税收：2025年基期值 6万元/亩", "⚠ …：2025年无实际值，基期值须人工核定". */
    public String base(Plan plan, PlanVersion v, PlanVersion.Base b) {
        Optional<Indicator> ind = indicator(plan, b.indicator());
        String name = ind.map(Indicator::name).orElse(b.indicator());
        if (b.value() == null) {
            return t.get("successor.baseLineMissing", name, v.baseYear());
        }
        return t.get(b.byHand() ? "successor.baseLineByHand" : "successor.baseLine", name, v.baseYear(),
                ind.map(i -> words.value(i, b.value())).orElse(String.valueOf(b.value())));
    }

    /** 草案 / 已批准. */
    public String status(PlanVersion v) {
        return t.get(v.approved() ? "version.status.approved" : "version.status.draft");
    }

    /** "阳政字〔2023〕15号 · 2023-09-20 · 阳谷县人民政府", the parts given. */
    public String document(PlanVersion v) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {v.documentNumber(), v.documentDate(), v.approvedBy()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    /** A target a version sets, with its comparator and the indicator's display unit: "≥6万元/亩". */
    public String target(Plan plan, PlanVersion.TargetChange c) {
        return indicator(plan, c.indicator()).map(ind -> words.target(ind, asValue(c))).orElse(c.indicator());
    }

    /** "亩均税收 2025年目标 ≥6万元/亩（原 7.3万元/亩）; …": what a version changes, for the change log. */
    public String summary(Plan plan, PlanVersion v, boolean approval) {
        if (v == null) {
            return null;
        }
        if (approval) {
            return v.approved() ? t.get("version.audit.approved", document(v), v.reason()) : status(v);
        }
        List<String> items = new ArrayList<>();
        for (PlanVersion.TargetChange c : v.targets()) {
            String name = indicator(plan, c.indicator()).map(Indicator::name).orElse(c.indicator());
            String original = indicator(plan, c.indicator()).flatMap(i -> i.target(c.year()))
                    .map(o -> words.target(indicator(plan, c.indicator()).get(), o)).orElse("—");
            items.add(t.get("version.audit.target", name, c.year(), target(plan, c), original));
        }
        v.thresholds().forEach(c -> items.add(threshold(plan, v, c)));
        v.projects().forEach(c -> items.add(project(plan, c)));
        v.zones().forEach(c -> items.add(zone(plan, v, c)));
        String summary = t.get("version.audit.summary", name(v), status(v), v.fromYear(),
                items.isEmpty() ? t.get("version.audit.noTargets") : String.join("；", items));
        if (v.successor()) {
            long byHand = v.bases().stream().filter(PlanVersion.Base::byHand).count();
            long missing = v.bases().stream().filter(b -> b.value() == null).count();
            summary += t.get("version.audit.successor", byHand, missing, v.carried().size());
        }
        return summary;
    }

    /** "入园门槛“投资强度”自2024年起 >320 万元/亩（原 >280 万元/亩）": an admission standard a version sets. */
    public String threshold(Plan plan, PlanVersion v, PlanVersion.ThresholdChange c) {
        Optional<Threshold> th = plan.thresholds().stream().filter(x -> x.code().equals(c.threshold())).findFirst();
        String was = th.flatMap(x -> x.inForce(v.fromYear())).map(x -> standard(th.get(), x.value())).orElse("—");
        return t.get("version.audit.threshold", th.map(Threshold::name).orElse(c.threshold()), v.fromYear(),
                th.map(x -> standard(x, c.value())).orElse(String.valueOf(c.value())), was);
    }

    /**
     * "园区“化工产业园”自2024年起 面积 12.5 km²（原 10.2 km²）；四至 东至… ": a zone a version changes, with what the
     * zone had before the version's year.
     */
    public String zone(Plan plan, PlanVersion v, PlanVersion.ZoneChange c) {
        Optional<Zone> before = PlanVersions.zonesInForce(plan.zones(), plan.versions().stream()
                .filter(x -> x.number() != v.number()).toList(), v.fromYear()).stream()
                .filter(z -> z.code().equals(c.zone())).findFirst();
        List<String> parts = new ArrayList<>();
        if (c.areaKm2() != null) {
            parts.add(t.get("version.audit.zoneArea", Figures.trimmed(c.areaKm2(), 2), before.map(Zone::areaKm2)
                    .map(a -> Figures.trimmed(a, 2) + " km²").orElse("—")));
        }
        String[][] sides = {{"version.zone.east", c.east()}, {"version.zone.west", c.west()},
            {"version.zone.south", c.south()}, {"version.zone.north", c.north()}};
        for (String[] side : sides) {
            if (side[1] != null) {
                parts.add(t.get(side[0], side[1]));
            }
        }
        String text = t.get("version.audit.zone", before.map(Zone::name).orElse(c.zone()), v.fromYear(),
                String.join("，", parts));
        return c.basis() == null ? text : text + t.get("version.audit.zoneBasis", c.basis());
    }

    /** "新增重点项目“…”" / "调出重点项目“…”". */
    public String project(Plan plan, PlanVersion.ProjectChange c) {
        return t.get(c.action() == PlanVersion.ProjectAction.ADD ? "version.audit.projectAdd"
                : "version.audit.projectDrop", plan.project(c.project()).map(p -> p.name()).orElse(c.project()));
    }

    /** An admission standard with the rule's comparator and unit: "≥300 万元/亩". */
    public static String standard(Threshold th, double value) {
        return (th.comparator() == null || th.comparator() == cn.yanggu.workbench.domain.Enums.Comparator.EQ ? ""
                : th.comparator().sign()) + cn.yanggu.workbench.domain.Figures.trimmed(value, 2)
                + (th.unit() == null ? "" : " " + th.unit());
    }

    /** Why a version was refused, naming the version and the item: "版本2 … · 第1项目标（亩均税收）· 目标值：不能为负数". */
    public String refused(Plan plan, PlanVersion v, EditRejected r) {
        if (r.problems().isEmpty()) {
            return t.get("edit.rejected");
        }
        EditRejected.Located l = r.problems().get(0);
        String field = l.problem().field();
        String where = name(v).strip();
        if ("status".equals(field)) {
            return t.get("version.refused.approved", where);
        }
        if (field != null) {
            Matcher m = TARGET_FIELD.matcher(field);
            Matcher other = OTHER_FIELD.matcher(field);
            if (other.matches() && other.group(1).equals("zones")) {
                int i = Integer.parseInt(other.group(2));
                String item = i < v.zones().size() ? v.zones().get(i).zone()
                        : l.kind() == EntityKind.ZONE ? l.code() : "";
                String named = plan.zones().stream().filter(z -> z.code().equals(item)).map(Zone::name).findFirst()
                        .orElse(item);
                where += " · " + t.get("version.field.zone", i + 1, named) + " · " + field(other.group(3));
            } else if (other.matches()) {
                int i = Integer.parseInt(other.group(2));
                boolean rule = other.group(1).equals("thresholds");
                String item = rule ? (i < v.thresholds().size() ? v.thresholds().get(i).threshold() : "")
                        : (i < v.projects().size() ? v.projects().get(i).project() : "");
                String named = rule ? plan.thresholds().stream().filter(x -> x.code().equals(item))
                        .map(Threshold::name).findFirst().orElse(item)
                        : plan.project(item).map(p -> p.name()).orElse(item);
                where += " · " + t.get(rule ? "version.field.threshold" : "version.field.project", i + 1, named)
                        + " · " + field(other.group(3));
            } else if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                String ind = i < v.targets().size() ? indicator(plan, v.targets().get(i).indicator())
                        .map(Indicator::name).orElse(v.targets().get(i).indicator()) : "";
                where += " · " + t.get("version.field.target", i + 1, ind) + " · " + field(m.group(2));
            } else {
                where += " · " + field(field);
            }
        }
        return t.get("edit.problemAt", where, ErrorText.problem(t, l.problem()));
    }

    /** A version's field (or a target's) in words: 调整理由, 批准文号, 目标值 …; the name itself when unknown. */
    public String field(String name) {
        String key = switch (name) {
            case "number" -> "version.field.number";
            case "title" -> "version.field.title";
            case "fromYear" -> "version.field.fromYear";
            case "replaces" -> "version.field.replaces";
            case "reason" -> "version.field.reason";
            case "documentNumber" -> "version.field.documentNumber";
            case "documentDate" -> "version.field.documentDate";
            case "approvedBy" -> "version.field.approvedBy";
            case "note" -> "version.field.note";
            case "indicator" -> "version.field.target.indicator";
            case "year" -> "version.field.target.year";
            case "value" -> "version.field.target.value";
            case "comparator" -> "version.field.target.comparator";
            case "basis" -> "version.field.target.basis";
            case "threshold" -> "version.field.rule";
            case "project" -> "version.field.projectName";
            case "zone" -> "version.field.zoneName";
            case "areaKm2" -> "version.field.zoneArea";
            default -> null;
        };
        return key == null ? name : t.get(key);
    }

    private static Optional<Indicator> indicator(Plan plan, String code) {
        return plan.indicator(code);
    }

    /** A version's target as a year value (for wording with {@link Judgements}). */
    public static YearValue asValue(PlanVersion.TargetChange c) {
        return new YearValue(c.year(), cn.yanggu.workbench.domain.Enums.ValueKind.TARGET, c.value(), c.comparator(),
                null, null, null, null, null);
    }
}
