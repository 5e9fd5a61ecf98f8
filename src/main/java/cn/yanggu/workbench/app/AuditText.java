package cn.yanggu.workbench.app;

import cn.yanggu.workbench.app.grading.EnterpriseSheet;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingMethod;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change log's words in the UI language: what was done, to what kind of record, which field, the old and new
 * values and where a change came from — so that no stored word ({@code zone}, {@code values[2023 actual final]},
 * {@code under_construction}) reaches a reader. Anything not known is shown as stored.
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

    private AuditText() {
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
        return switch (e == null ? "" : e) {
            case "zone" -> Words.entity(t, EntityKind.ZONE);
            case "enterprise" -> Words.entity(t, EntityKind.ENTERPRISE);
            case "chain" -> Words.entity(t, EntityKind.CHAIN);
            case "project" -> Words.entity(t, EntityKind.PROJECT);
            case "indicator" -> Words.entity(t, EntityKind.INDICATOR);
            case "threshold" -> Words.entity(t, EntityKind.THRESHOLD);
            case "year" -> t.get("audit.entity.year");
            case "plan" -> t.get("audit.entity.plan");
            case "narrative" -> t.get("audit.entity.narrative");
            case "enterprise-year" -> t.get("grading.audit.data");
            case "grading-method" -> t.get("grading.audit.method");
            case "admission-check" -> t.get("admission.audit.entity");
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
        if (k == null) {
            return wire;
        }
        return switch (k) {
            case BASELINE -> t.get("excel.valueKind.baseline");
            case TARGET -> t.get("excel.valueKind.target");
            case ACTUAL -> t.get("excel.valueKind.actual");
        };
    }

    /**
     * An old or new value of {@code field} in words: the stored enum words (在建, 约束性, ≥ …), lists of records
     * ({@code 专栏：7，分组：…}), a 亩产效益 method and an admission check's verdicts; anything else as stored.
     */
    public static String value(I18n t, String entity, String field, String v) {
        if (v == null || v.isEmpty() || v.equals("[]")) {
            return v == null ? null : "";      // an empty list is an empty cell, not "[]"
        }
        if ("grading-method".equals(entity)) {
            return method(t, v);
        }
        if ("admission-check".equals(entity)) {
            return VERDICT.matcher(v).replaceAll(r -> Matcher.quoteReplacement(") " + verdict(t, r.group(1))));
        }
        if (v.startsWith("[") && v.endsWith("]") && RECORD.matcher(v.substring(1, v.length() - 1)).find()) {
            List<String> items = new ArrayList<>();
            Matcher m = RECORD.matcher(v.substring(1, v.length() - 1));
            while (m.find()) {
                List<String> pairs = new ArrayList<>();
                Matcher p = PAIR.matcher(m.group(1));
                while (p.find()) {
                    pairs.add(field(t, p.group(1)) + t.get("audit.value.is") + word(t, entity, p.group(1),
                            p.group(2)));
                }
                items.add(String.join(t.get("audit.value.pairs"), pairs));
            }
            return String.join(t.get("audit.value.items"), items);
        }
        return word(t, entity, field, v);
    }

    /** One stored enum word of a field in the UI language, or the value unchanged. */
    private static String word(I18n t, String entity, String field, String v) {
        if (field == null) {
            return v;
        }
        String w = switch (field) {
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
