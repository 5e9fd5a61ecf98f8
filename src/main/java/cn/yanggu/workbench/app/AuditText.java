package cn.yanggu.workbench.app;

import cn.yanggu.workbench.app.grading.EnterpriseSheet;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change log's words in the UI language: what was done, to what kind of record, which field, the old and new
 * values and where a change came from — so that no stored word ({@code zone}, {@code values[2023 actual final]},
 * {@code under_construction}) reaches a reader. Records are named as the plan names them ({@code 指标 亩均税收}, not
 * {@code ind-…}), numbers carry their units. Anything not known is shown as stored. The 变更记录 view and the xlsx
 * sheet both print {@link #line}, so they say the same thing.
 */
public final class AuditText {
    /** How times are shown: the PC's local time to the minute. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern VALUE_KEY = Pattern.compile("values\\[(\\d{4}) (\\w+)(?: (\\w+))?]");
    private static final Pattern VERSION_KEY = Pattern.compile("versions\\[(\\d{4})]");
    private static final Pattern CHECK_YEAR = Pattern.compile("year (\\d{4})");
    /** One record of a stored list, e.g. {@code Listing[column=7, group=创新项目, number=2, nameAsListed=…]}. */
    private static final Pattern RECORD = Pattern.compile("[A-Z][A-Za-z]*\\[(.*?)](?=, [A-Z][A-Za-z]*\\[|$)");
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(.*?)(?=, \\w+=|$)");
    private static final Pattern WEIGHT = Pattern.compile("(\\w+)=([\\d.]+)%");
    private static final Pattern VERDICT = Pattern.compile("\\) (pass|fail|not-in-force)(?=;|$)");
    /** A stored number, with what Diff adds after it in brackets (a value's source and date, a standard's note). */
    private static final Pattern QUANTITY = Pattern.compile("(-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?)(?: \\((.*)\\))?");

    private AuditText() {
    }

    /** One change-log entry in words, column by column: what the 变更记录 view and the xlsx sheet show. */
    public record Line(String at, String user, String action, String record, String code, String field,
                       String oldValue, String newValue, String origin) {
    }

    /**
     * What the codes of a change log stand for: the names (and units) of the records in the plan, and for records no
     * longer in it the name the log last gave them.
     */
    public static final class Names {
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();

        private Names() {
        }

        /** Names known to nothing: every record is named by its code. */
        public static Names none() {
            return new Names();
        }

        /** The names in {@code plan}, and for deleted records the last name {@code log} recorded. */
        public static Names of(Plan plan, List<AuditEntry> log) {
            Names n = new Names();
            List<AuditEntry> oldestFirst = new ArrayList<>(log);
            oldestFirst.sort(Comparator.comparingLong(AuditEntry::id));
            for (AuditEntry e : oldestFirst) {
                if (!isRecord(e.entity()) || e.code() == null) {
                    continue;
                }
                String name = e.field() == null ? (e.newValue() != null ? e.newValue() : e.oldValue())
                        : "name".equals(e.field()) ? e.newValue() : null;
                if (name != null && !name.isBlank()) {
                    n.names.put(e.entity() + ":" + e.code(), name);
                }
            }
            if (plan != null) {
                plan.zones().forEach(z -> n.put(EntityKind.ZONE, z.code(), z.name(), null));
                plan.enterprises().forEach(x -> n.put(EntityKind.ENTERPRISE, x.code(), x.name(), null));
                plan.chains().forEach(c -> n.put(EntityKind.CHAIN, c.code(), c.name(), null));
                plan.projects().forEach(p -> n.put(EntityKind.PROJECT, p.code(), p.name(), null));
                plan.indicators().forEach(i -> n.put(EntityKind.INDICATOR, i.code(), i.name(), i.unit()));
                plan.thresholds().forEach(x -> n.put(EntityKind.THRESHOLD, x.code(), x.name(), x.unit()));
            }
            return n;
        }

        private void put(EntityKind kind, String code, String name, String unit) {
            if (name != null && !name.isBlank()) {
                names.put(kind.wire() + ":" + code, name);
            }
            if (unit != null && !unit.isBlank()) {
                units.put(kind.wire() + ":" + code, unit);
            }
        }

        /** The record's name, or its code when no name is known. */
        public String name(String entity, String code) {
            return names.getOrDefault(entity + ":" + code, code);
        }

        /** The unit of an indicator's values or a threshold's standards, or null. */
        String unit(String entity, String code) {
            return units.get(entity + ":" + code);
        }
    }

    private static boolean isRecord(String entity) {
        for (EntityKind k : EntityKind.values()) {
            if (k.wire().equals(entity)) {
                return true;
            }
        }
        return false;
    }

    /** An entry in words: local time to the minute, the record by name, the field and values in the plan's words. */
    public static Line line(I18n t, AuditEntry e, Names names, ZoneId zone) {
        return line(t, e, names, zone, new java.util.HashMap<>());
    }

    /**
     * {@link #line(I18n, AuditEntry, Names, ZoneId)} for many entries: {@code shown} keeps each stored time as worded
     * (the entries of one step share theirs; parsing and formatting each again was a tenth of a large export).
     */
    public static Line line(I18n t, AuditEntry e, Names names, ZoneId zone, java.util.Map<String, String> shown) {
        String at = e.at() == null ? null : shown.computeIfAbsent(e.at(), stored -> time(stored, zone));
        return new Line(at, e.user(), action(t, e.action()), record(t, e.entity(), e.code(), names),
                e.code(), field(t, e.field()), value(t, e.entity(), e.code(), e.field(), e.oldValue(), names),
                value(t, e.entity(), e.code(), e.field(), e.newValue(), names), origin(t, e.origin(), zone));
    }

    /**
     * Which record an entry is about, by the plan's name: 指标 亩均税收, 企业年度数据 祥光铜业（2024年）, 2023年,
     * 报告文字（2025年中期评估）; the kind alone when the entry names no record.
     */
    public static String record(I18n t, String entity, String code, Names names) {
        String kind = entity(t, entity);
        if (code == null || code.isBlank()) {
            return kind;
        }
        if (isRecord(entity)) {
            return t.get("audit.record.named", kind, names.name(entity, code));
        }
        return switch (entity == null ? "" : entity) {
            case "year" -> t.get("audit.record.year", code);
            case "enterprise-year" -> {
                int at = code.lastIndexOf('@');
                yield at < 0 ? t.get("audit.record.named", kind, names.name("enterprise", code))
                        : t.get("audit.record.named", kind, t.get("audit.record.ofYear",
                        names.name("enterprise", code.substring(0, at)), code.substring(at + 1)));
            }
            case "grading-method" -> t.get("audit.record.fromYear", kind, code);
            case "admission-check" -> t.get("audit.record.named", kind, names.name("project", code));
            case "narrative" -> {
                int slash = code.indexOf('/');
                String report = slash < 0 ? null : switch (code.substring(slash + 1)) {
                    case "annual" -> t.get("report.kind.annual");
                    case "midterm" -> t.get("report.kind.midterm");
                    case "final" -> t.get("report.kind.final");
                    default -> null;
                };
                yield report == null ? t.get("audit.record.named", kind, code)
                        : t.get("audit.record.narrative", kind, code.substring(0, slash), report);
            }
            case "setting" -> kind;
            default -> t.get("audit.record.named", kind, code);
        };
    }

    /** 新增 / 修改 / 删除 / 撤销 / 重做 / 导入 / 定稿 / 解锁, or the stored word itself. */
    public static String action(I18n t, String a) {
        return switch (a == null ? "" : a) {
            case "create" -> t.get("audit.action.create");
            case "update" -> t.get("audit.action.update");
            case "delete" -> t.get("audit.action.delete");
            case "undo" -> t.get("audit.action.undo");
            case "redo" -> t.get("audit.action.redo");
            case "import" -> t.get("audit.action.import");
            case "lock" -> t.get("audit.action.lock");
            case "unlock" -> t.get("audit.action.unlock");
            default -> a;
        };
    }

    /** The kind of record an entry is about (园区, 企业 …), or the stored word itself. */
    public static String entity(I18n t, String e) {
        EntityKind kind = enumOf(EntityKind.class, e);
        if (kind != null) {
            return Words.entity(t, kind);
        }
        return switch (e == null ? "" : e) {
            case "year" -> t.get("audit.entity.year");
            case "plan" -> t.get("audit.entity.plan");
            case "narrative" -> t.get("audit.entity.narrative");
            case "enterprise-year" -> t.get("grading.audit.data");
            case "grading-method" -> t.get("grading.audit.method");
            case "admission-check" -> t.get("admission.audit.entity");
            case "setting" -> t.get("audit.entity.setting");
            case "office" -> t.get("audit.entity.office");
            case "plan-version" -> t.get("version.audit.entity");
            case "lead" -> t.get("lead.audit.entity");
            case "chain-node" -> t.get("chainmap.audit.entity");
            default -> e;
        };
    }

    /**
     * A field of a record in words (名称, 北至, 2023年实际值（年报）, 从 2026 年起执行的标准 …); the same words for the
     * change log and for the plan's notes on doubtful fields. Null stays null.
     */
    public static String field(I18n t, String f) {
        if (f == null) {
            return null;
        }
        Matcher m = VALUE_KEY.matcher(f);
        if (m.matches()) {
            String kind = valueKind(t, m.group(2));
            Enums.Vintage v = m.group(3) == null ? null : enumOf(Enums.Vintage.class, m.group(3));
            int year = Integer.parseInt(m.group(1));
            return v == null ? t.get("audit.field.yearValue", year, kind)
                    : t.get("audit.field.yearValueVintage", year, kind, Words.vintage(t, v));
        }
        m = VERSION_KEY.matcher(f);
        if (m.matches()) {
            return t.get("audit.field.version", Integer.parseInt(m.group(1)));
        }
        m = CHECK_YEAR.matcher(f);
        if (m.matches()) {
            return t.get("audit.field.checkYear", Integer.parseInt(m.group(1)));
        }
        return switch (f) {
            case "officeKey" -> t.get("audit.field.officeKey");
            case "code" -> t.get("excel.col.code");
            case "name" -> t.get("excel.col.name");
            case "kind" -> t.get("excel.col.kind");
            case "category" -> t.get("excel.col.category");
            case "areaKm2" -> t.get("excel.col.areaKm2");
            case "east" -> t.get("excel.col.east");
            case "west" -> t.get("excel.col.west");
            case "south" -> t.get("excel.col.south");
            case "north" -> t.get("excel.col.north");
            case "source" -> t.get("excel.col.source");
            case "note" -> t.get("excel.col.note");
            case "aliases" -> t.get("excel.col.aliases");
            case "brand" -> t.get("excel.col.brand");
            case "brandSource" -> t.get("excel.col.brandSource");
            case "positioning" -> t.get("excel.col.positioning");
            case "section" -> t.get("excel.col.section");
            case "column" -> t.get("excel.col.column");
            case "links" -> t.get("excel.sheet.links");
            case "enterprises" -> t.get("excel.sheet.members");
            case "chainCode" -> t.get("excel.col.chain");
            case "zoneCode" -> t.get("excel.col.zone");
            case "enterpriseCode" -> t.get("excel.col.enterprise");
            case "stage" -> t.get("excel.col.stage");
            case "investmentWan" -> t.get("excel.col.investmentWan");
            case "startYear" -> t.get("excel.col.startYear");
            case "finishYear" -> t.get("excel.col.finishYear");
            case "listings" -> t.get("excel.col.listings");
            case "mentions" -> t.get("audit.field.mentions");
            case "unit" -> t.get("excel.col.unit");
            case "direction" -> t.get("excel.col.direction");
            case "attribute" -> t.get("excel.col.attribute");
            case "growthKind" -> t.get("excel.col.growthKind");
            case "statedRate" -> t.get("excel.col.statedRate");
            case "table" -> t.get("excel.col.table");
            case "row" -> t.get("audit.field.row");
            case "values" -> t.get("audit.field.values");
            case "comparator" -> t.get("excel.col.comparator");
            case "text" -> t.get("excel.col.text");
            case "versions" -> t.get("audit.field.versions");
            case "group" -> t.get("excel.col.group");
            case "number" -> t.get("excel.col.number");
            case "nameAsListed" -> t.get("excel.col.nameAsListed");
            case "detail" -> t.get("excel.col.detail");
            case "role" -> t.get("excel.col.role");
            case "locked" -> t.get("audit.field.locked");
            case "problems" -> t.get("audit.field.problems");
            case "next_steps" -> t.get("audit.field.nextSteps");
            case "issuer" -> t.get("audit.field.issuer");
            case "status" -> t.get("versions.col.status");
            case "order" -> t.get("chainmap.audit.order");
            default -> figure(t, f);
        };
    }

    /** A 亩产效益 figure (用地面积, 税收 …) by its stored key, or the key itself. */
    private static String figure(I18n t, String key) {
        for (EnterpriseYear.Figure fig : EnterpriseYear.Figure.values()) {
            if (fig.key().equals(key)) {
                return EnterpriseSheet.figureName(t, fig);
            }
        }
        return key;
    }

    private static String valueKind(I18n t, String wire) {
        Enums.ValueKind k = enumOf(Enums.ValueKind.class, wire);
        return k == null ? wire : Words.of(t, k);
    }

    /**
     * An old or new value of {@code field} in words: the stored enum words (在建, 约束性, ≥ …), numbers with their
     * units (35,000 万元, 5.6 万元/亩), records by name (祥光铜业（龙头）), lists of records ({@code 专栏：7，分组：…}), a
     * 亩产效益 method and an admission check's verdicts; anything else as stored. {@code code} is the entry's record.
     */
    public static String value(I18n t, String entity, String code, String field, String v, Names names) {
        if (v == null || v.isEmpty() || v.equals("[]")) {
            return v == null ? null : "";      // an empty list is an empty cell, not "[]"
        }
        if ("grading-method".equals(entity)) {
            return method(t, v);
        }
        if (("lead".equals(entity) || "chain-node".equals(entity)) && v.startsWith("name=")) {
            return pairs(t, v, names);
        }
        if ("admission-check".equals(entity)) {
            return VERDICT.matcher(v).replaceAll(r -> Matcher.quoteReplacement(") " + verdict(t, r.group(1))));
        }
        String unit = unit(entity, code, field, names);
        if (unit != null) {
            String q = quantity(t, v, unit);
            if (q != null) {
                return q;
            }
        }
        if (v.startsWith("[") && v.endsWith("]") && RECORD.matcher(v.substring(1, v.length() - 1)).find()) {
            List<String> items = new ArrayList<>();
            Matcher m = RECORD.matcher(v.substring(1, v.length() - 1));
            while (m.find()) {
                Map<String, String> pairs = new java.util.LinkedHashMap<>();
                Matcher p = PAIR.matcher(m.group(1));
                while (p.find()) {
                    pairs.put(p.group(1), p.group(2));
                }
                if ("enterprises".equals(field) && pairs.containsKey("enterpriseCode")) {
                    items.add(member(t, pairs, names));
                    continue;
                }
                List<String> words = new ArrayList<>();
                pairs.forEach((k, x) -> words.add(field(t, k) + t.get("audit.value.is")
                        + word(t, entity, k, x, names)));
                items.add(String.join(t.get("audit.value.pairs"), words));
            }
            return String.join("enterprises".equals(field) ? t.get("audit.value.members") : t.get("audit.value.items"),
                    items);
        }
        return word(t, entity, field, v, names);
    }

    /** A chain's member by name with its role in short: 祥光铜业（龙头）. */
    private static String member(I18n t, Map<String, String> pairs, Names names) {
        String name = names.name("enterprise", pairs.get("enterpriseCode"));
        Enums.EnterpriseRole r = enumOf(Enums.EnterpriseRole.class, pairs.get("role"));
        if (r == null) {
            return name;
        }
        return t.get("audit.value.member", name, switch (r) {
            case LEADING -> t.get("audit.role.leading");
            case BACKBONE -> t.get("audit.role.backbone");
            case OTHER -> t.get("audit.role.other");
        });
    }

    /** The unit a numeric field's values are in, or null for a field that is not a quantity. */
    private static String unit(String entity, String code, String field, Names names) {
        if (field == null) {
            return null;
        }
        if (VALUE_KEY.matcher(field).matches()) {
            String u = names.unit(entity, code);
            return u == null ? "" : u;
        }
        if (VERSION_KEY.matcher(field).matches()) {
            String u = names.unit(entity, code);
            return u == null ? "" : u;
        }
        if ("enterprise-year".equals(entity)) {
            for (EnterpriseYear.Figure fig : EnterpriseYear.Figure.values()) {
                if (fig.key().equals(field)) {
                    return fig.unit();
                }
            }
            return null;
        }
        return switch (field) {
            case "investmentWan" -> "万元";
            case "areaKm2" -> "km²";
            case "statedRate" -> "%";
            default -> null;
        };
    }

    /** "35000" → "35,000 万元"; "5.6 (统计年报, 2024-06-01)" → "5.6 万元/亩（统计年报, 2024-06-01）"; null if no number. */
    private static String quantity(I18n t, String v, String unit) {
        Matcher m = QUANTITY.matcher(v.strip());
        if (!m.matches()) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(m.group(1)).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
        int scale = Math.max(0, d.scale());
        String number = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
        String main = unit.isEmpty() ? number : unit.equals("%") ? number + unit
                : t.get("audit.value.quantity", number, unit);
        return m.group(2) == null ? main : t.get("audit.value.withNote", main, m.group(2));
    }

    /** One stored enum word of a field in the UI language, or the value unchanged. */
    /** A lead's or a chain link's {@code key=value; …} record in words (名称：…，阶段：洽谈 …). */
    private static String pairs(I18n t, String v, Names names) {
        List<String> out = new ArrayList<>();
        for (String pair : v.split("; ")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? "" : pair.substring(0, eq);
            String x = eq < 0 ? pair : pair.substring(eq + 1);
            if (x.isEmpty() || "null".equals(x)) {
                continue;
            }
            String label = switch (k) {
                case "name" -> t.get("excel.col.name");
                case "node" -> t.get("lead.node");
                case "leadStage" -> t.get("lead.stage");
                case "date" -> t.get("lead.stageDate");
                case "project" -> t.get("excel.col.project");
                case "chainStage" -> t.get("chainmap.edit.stage");
                case "branch" -> t.get("chainmap.audit.branch");
                case "intent" -> t.get("chainmap.edit.intent");
                case "members" -> t.get("chainmap.audit.members");
                case "projects" -> t.get("chainmap.audit.projects");
                default -> k;
            };
            String word = switch (k) {
                case "leadStage" -> Words.of(t, enumOf(cn.yanggu.workbench.domain.Lead.Stage.class, x));
                case "chainStage" -> Words.of(t, enumOf(cn.yanggu.workbench.domain.ChainMap.Stage.class, x));
                case "intent" -> Words.of(t, enumOf(cn.yanggu.workbench.domain.ChainMap.Intent.class, x));
                case "members" -> String.join("、", java.util.Arrays.stream(x.split(",")).map(m -> {
                    int colon = m.lastIndexOf(':');
                    var role = enumOf(cn.yanggu.workbench.domain.ChainMap.Role.class, m.substring(colon + 1));
                    String name = names.name("enterprise", colon < 0 ? m : m.substring(0, colon));
                    return role == null ? name : name + "（" + Words.of(t, role) + "）";
                }).toList());
                case "projects" -> String.join("、", java.util.Arrays.stream(x.split(","))
                        .map(code -> names.name("project", code)).toList());
                default -> x;
            };
            out.add(label + t.get("audit.value.is") + (word == null ? x : word));
        }
        return String.join(t.get("audit.value.pairs"), out);
    }

    private static String word(I18n t, String entity, String field, String v, Names names) {
        if (field == null) {
            return v;
        }
        String w = switch (field) {
            case "chainCode" -> names.name("chain", v);
            case "zoneCode" -> names.name("zone", v);
            case "enterpriseCode" -> names.name("enterprise", v);
            case "locked" -> "locked".equals(v) ? t.get("audit.value.locked") : null;
            case "kind" -> "project".equals(entity) ? projectKind(t, enumOf(Enums.ProjectKind.class, v))
                    : zoneKind(t, enumOf(Enums.ZoneKind.class, v));
            case "stage" -> Words.stage(t, enumOf(Enums.ProjectStage.class, v));
            case "direction" -> {
                Enums.Direction d = enumOf(Enums.Direction.class, v);
                yield d == null ? null : d == Enums.Direction.LOWER ? t.get("direction.lower")
                        : t.get("direction.higher");
            }
            case "attribute" -> {
                Enums.Attribute a = enumOf(Enums.Attribute.class, v);
                yield a == null ? null : a == Enums.Attribute.BINDING ? t.get("attribute.binding")
                        : t.get("attribute.expected");
            }
            case "growthKind" -> {
                Enums.GrowthKind g = enumOf(Enums.GrowthKind.class, v);
                yield Words.growthKind(t, g);
            }
            case "comparator" -> {
                Enums.Comparator c = enumOf(Enums.Comparator.class, v);
                yield c == null ? null : c.sign();
            }
            case "role" -> {
                Enums.EnterpriseRole r = enumOf(Enums.EnterpriseRole.class, v);
                yield r == null ? null : switch (r) {
                    case LEADING -> t.get("role.leading");
                    case BACKBONE -> t.get("role.backbone");
                    case OTHER -> t.get("role.other");
                };
            }
            default -> null;
        };
        return w == null ? v : w;
    }

    private static String zoneKind(I18n t, Enums.ZoneKind k) {
        return k == null ? null : k == Enums.ZoneKind.INDUSTRIAL ? t.get("zoneKind.industrial")
                : t.get("zoneKind.reserved");
    }

    private static String projectKind(I18n t, Enums.ProjectKind k) {
        return k == null ? null : k == Enums.ProjectKind.PLATFORM ? t.get("projectKind.platform")
                : t.get("projectKind.project");
    }

    private static String verdict(I18n t, String wire) {
        return switch (wire) {
            case "pass" -> t.get("audit.verdict.pass");
            case "fail" -> t.get("audit.verdict.fail");
            default -> t.get("audit.verdict.notInForce");
        };
    }

    /** A 亩产效益 method as stored ({@code taxPerMu=40% … MIN_MAX PERCENTILE 20/60/90}) in words. */
    private static String method(I18n t, String v) {
        GradingText g = new GradingText(t);
        StringBuilder b = new StringBuilder();
        List<String> weights = new ArrayList<>();
        Matcher m = WEIGHT.matcher(v);
        int end = 0;
        while (m.find()) {
            String name;
            try {
                name = g.indicator(GradingMethod.IndicatorKind.ofKey(m.group(1)));
            } catch (IllegalArgumentException e) {
                name = m.group(1);
            }
            weights.add(name + " " + m.group(2) + "%");
            end = m.end();
        }
        b.append(String.join(t.get("grading.sep.list"), weights));
        for (String token : v.substring(end).strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            GradingMethod.Normalisation n = enumOf(GradingMethod.Normalisation.class, token);
            GradingMethod.CutoffMode c = enumOf(GradingMethod.CutoffMode.class, token);
            String w = n != null ? g.normalisation(n) : c != null ? g.cutoffMode(c) : token;
            b.append(b.length() == 0 ? "" : t.get("grading.sep.clause")).append(w);
        }
        return b.toString();
    }

    /**
     * Where a change came from in words: a filled Excel template, an exchange package (office and time), or the
     * file name of a JSON import as stored.
     */
    public static String origin(I18n t, String origin, ZoneId zone) {
        if (origin == null) {
            return null;
        }
        if (origin.startsWith("xlsx: ")) {
            return t.get("audit.origin.xlsx", origin.substring("xlsx: ".length()));
        }
        if (origin.startsWith("package: ")) {
            String rest = origin.substring("package: ".length());
            int space = rest.lastIndexOf(' ');
            String when = space < 0 ? null : time(rest.substring(space + 1), zone);
            if (when != null && !when.equals(rest.substring(space + 1))) {
                return t.get("audit.origin.package", rest.substring(0, space), when);
            }
            return t.get("audit.origin.package", rest, "").strip();
        }
        return origin;
    }

    /**
     * A stored time (ISO 8601 with {@code Z} or an offset, or a local date-time) as the PC's local time to the
     * minute, {@code 2026-11-30 15:09}; text that is not a time is returned as it is.
     */
    public static String time(String stored, ZoneId zone) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        String s = stored.strip();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(zone).format(TIME);
        } catch (DateTimeParseException e) {
            // not with an offset: try the other forms below
        }
        try {
            return Instant.parse(s).atZone(zone).format(TIME);
        } catch (DateTimeParseException e) {
            // nor an instant
        }
        try {
            return LocalDateTime.parse(s).format(TIME);
        } catch (DateTimeException e) {
            return stored;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String wire) {
        if (wire == null) {
            return null;
        }
        String name = wire.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
