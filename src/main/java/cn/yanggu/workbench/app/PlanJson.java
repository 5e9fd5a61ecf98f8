package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.PlanNote;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The plan's JSON form: the curated seed file ({@code seeds/plan.json}) and the export share it, so an export
 * can be read back. Keys are readable English; names, units and the plan's own words stay Chinese; numbers are in
 * the plan's units. Reading reports the position of a bad field (e.g. {@code indicators[3].values[1].year}).
 */
public final class PlanJson {
    public static final int FORMAT_VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A field of the file that is missing or has the wrong type; {@link #position()} says where. */
    public static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String position;
        private final String problem;

        public FormatException(String position, String problem) {
            super(position + ": " + problem);
            this.position = position;
            this.problem = problem;
        }

        public String position() {
            return position;
        }

        /** What is wrong, without the position. */
        public String problem() {
            return problem;
        }
    }

    // ------------------------------------------------------------------ reading

    public Plan read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new FormatException(loc == null ? "?" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(),
                    e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new FormatException("$", "not a JSON object");
        }
        return readPlan(new Node(root, ""));
    }

    private Plan readPlan(Node root) {
        Node p = root.obj("plan");
        Node total = root.optObj("zoneTotal");
        PlanInfo info = new PlanInfo(p.str("title"), p.optStr("documentNumber"), p.optStr("issuer"),
                p.optStr("issuedOn"), p.year("baseYear"), p.year("periodStart"), p.year("periodEnd"),
                p.year("visionYear"), total == null ? null : total.optNum("areaKm2"),
                total == null ? null : total.optStr("text"), total == null ? null : total.optStr("source"),
                p.optStr("source"));
        List<Statement> statements = root.list("statements", (n, i) -> new Statement(n.str("code"), n.str("kind"),
                n.str("title"), n.str("text"), n.str("source")));
        List<Zone> zones = root.list("zones", (n, i) -> new Zone(n.str("code"), n.str("name"),
                n.enumeration("kind", Enums.ZoneKind.class), n.optNum("areaKm2"), n.optStr("east"),
                n.optStr("west"), n.optStr("south"), n.optStr("north"), n.str("source"), n.optStr("note")));
        List<Enterprise> enterprises = root.list("enterprises", (n, i) -> new Enterprise(n.str("code"),
                n.str("name"), n.strings("aliases"), n.str("source"), n.optStr("note")));
        List<Chain> chains = root.list("chains", (n, i) -> new Chain(n.str("code"), n.str("name"),
                n.strings("aliases"), n.optStr("brand"), n.optStr("brandSource"), n.optStr("positioning"),
                n.str("section"), n.optInt("column"),
                n.list("links", (l, k) -> new Chain.Link(l.optStr("group"), l.str("name"), l.optStr("detail"),
                        l.str("source"))),
                n.list("enterprises", (m, k) -> new Chain.Member(m.str("enterprise"),
                        m.enumeration("role", Enums.EnterpriseRole.class), m.str("source")))));
        List<Project> projects = root.list("projects", (n, i) -> new Project(n.str("code"), n.str("name"),
                n.optStr("chain"), n.optStr("zone"), n.optStr("enterprise"),
                n.optEnumeration("kind", Enums.ProjectKind.class, Enums.ProjectKind.PROJECT),
                n.optEnumeration("stage", Enums.ProjectStage.class, null), n.optNonNegative("investmentWan"),
                n.optYear("startYear"), n.optYear("finishYear"),
                n.list("listings", (l, k) -> new Project.Listing(l.intRange("column", 1, 9), l.optStr("group"),
                        l.intRange("number", 1, 999), l.str("nameAsListed"))),
                n.list("mentions", (m, k) -> new Project.Mention(m.str("section"), m.str("text"))),
                n.str("source"), n.optStr("note")));
        List<Indicator> indicators = root.list("indicators", (n, i) -> new Indicator(n.str("code"), n.str("name"),
                n.str("category"), n.optStr("unit"), n.enumeration("direction", Enums.Direction.class),
                attribute(n), n.optEnumeration("growthKind", Enums.GrowthKind.class, Enums.GrowthKind.NONE),
                n.optNum("statedRate"), n.optStr("table"), n.optInt("row"), n.optStr("chain"), n.str("source"),
                n.optStr("note"),
                n.list("values", (v, k) -> new YearValue(v.year("year"),
                        v.enumeration("kind", Enums.ValueKind.class), v.num("value"), comparator(v),
                        v.optEnumeration("vintage", Enums.Vintage.class, null), v.optStr("asStated"),
                        v.optStr("source"), v.optStr("date"), v.optStr("note")))));
        List<Threshold> thresholds = root.list("thresholds", (n, i) -> new Threshold(n.str("code"), n.str("name"),
                n.optStr("unit"), comparator(n), n.optStr("text"), n.str("source"), versions(n, info)));
        List<EfficiencyClass> classes = root.list("efficiencyClasses", (n, i) -> new EfficiencyClass(n.str("code"),
                n.str("name"), n.intRange("rank", 1, 99), n.optStr("text"), n.str("source")));
        List<MonitoringItem> monitoring = root.optList("monitoring", (n, i) -> new MonitoringItem(n.str("code"),
                n.str("name"), n.optStr("kind") == null ? "cycle" : n.optStr("kind"), n.optStr("text"),
                n.str("source")));
        List<PlanNote> notes = root.optList("notes", (n, i) -> new PlanNote(n.str("entity"), n.optStr("code"),
                n.optStr("field"), n.str("text"), n.optStr("source")));
        return new Plan(info, statements, zones, enterprises, chains, projects, indicators, thresholds, classes,
                monitoring, notes);
    }

    /** Written on a first version whose start year the plan does not give (an older file without versions). */
    public static final String INFERRED_FROM_YEAR = "规划未写明执行起始年份，按规划期起始年 %d 年记录（推定）。";

    /**
     * A threshold's versions; a file written before thresholds had versions has one {@code value} and an optional
     * {@code appliesFrom}: it becomes the first version, from the plan period's start when no year is given.
     */
    private static List<Threshold.Version> versions(Node n, PlanInfo info) {
        if (n.field("versions") != null || n.field("value") == null) {
            return n.list("versions", (v, k) -> new Threshold.Version(v.year("fromYear"), v.num("value"),
                    v.optStr("source"), v.optStr("note")));
        }
        Integer from = n.optYear("appliesFrom");
        return List.of(new Threshold.Version(from == null ? info.periodStart() : from, n.num("value"),
                n.optStr("source"), from == null ? String.format(INFERRED_FROM_YEAR, info.periodStart()) : null));
    }

    private static Enums.Attribute attribute(Node n) {
        String s = n.optStr("attribute");
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "预期性", "expected" -> Enums.Attribute.EXPECTED;
            case "约束性", "binding" -> Enums.Attribute.BINDING;
            default -> throw new FormatException(n.at("attribute"), "expected 预期性 or 约束性, found \"" + s + "\"");
        };
    }

    private static Enums.Comparator comparator(Node n) {
        String s = n.optStr("comparator");
        try {
            return Enums.Comparator.ofSymbol(s);
        } catch (IllegalArgumentException e) {
            throw new FormatException(n.at("comparator"), "expected one of = > >= < <=, found \"" + s + "\"");
        }
    }

    /** A JSON object together with its position in the file, for messages. */
    private record Node(JsonNode json, String path) {
        String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        JsonNode field(String name) {
            JsonNode v = json.get(name);
            return v == null || v.isNull() ? null : v;
        }

        Node obj(String name) {
            JsonNode v = field(name);
            if (v == null || !v.isObject()) {
                throw new FormatException(at(name), "missing or not an object");
            }
            return new Node(v, at(name));
        }

        Node optObj(String name) {
            JsonNode v = field(name);
            return v == null ? null : obj(name);
        }

        String str(String name) {
            String s = optStr(name);
            if (s == null || s.isBlank()) {
                throw new FormatException(at(name), "missing text");
            }
            return s;
        }

        String optStr(String name) {
            JsonNode v = field(name);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                throw new FormatException(at(name), "expected text, found " + v.getNodeType().name().toLowerCase());
            }
            return v.asText();
        }

        Double optNum(String name) {
            JsonNode v = field(name);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                throw new FormatException(at(name), "expected a number, found " + v);
            }
            double d = v.asDouble();
            if (!Double.isFinite(d)) {
                throw new FormatException(at(name), "number out of range");
            }
            return d;
        }

        double num(String name) {
            Double d = optNum(name);
            if (d == null) {
                throw new FormatException(at(name), "missing number");
            }
            return d;
        }

        Double optNonNegative(String name) {
            Double d = optNum(name);
            if (d != null && d < 0) {
                throw new FormatException(at(name), "must not be negative: " + d);
            }
            return d;
        }

        Integer optInt(String name) {
            JsonNode v = field(name);
            if (v == null) {
                return null;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new FormatException(at(name), "expected a whole number, found " + v);
            }
            return v.asInt();
        }

        int intRange(String name, int min, int max) {
            Integer i = optInt(name);
            if (i == null) {
                throw new FormatException(at(name), "missing whole number");
            }
            if (i < min || i > max) {
                throw new FormatException(at(name), "must be between " + min + " and " + max + ": " + i);
            }
            return i;
        }

        int year(String name) {
            return intRange(name, 2000, 2050);
        }

        Integer optYear(String name) {
            return field(name) == null ? null : year(name);
        }

        <E extends Enum<E>> E enumeration(String name, Class<E> type) {
            E e = optEnumeration(name, type, null);
            if (e == null) {
                throw new FormatException(at(name), "missing value");
            }
            return e;
        }

        <E extends Enum<E>> E optEnumeration(String name, Class<E> type, E fallback) {
            String s = optStr(name);
            if (s == null) {
                return fallback;
            }
            try {
                return Enums.parse(type, s);
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    allowed.add(Enums.wire(c));
                }
                throw new FormatException(at(name), "expected one of " + allowed + ", found \"" + s + "\"");
            }
        }

        List<String> strings(String name) {
            JsonNode v = field(name);
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                throw new FormatException(at(name), "expected a list");
            }
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    throw new FormatException(at(name) + "[" + i + "]", "expected text");
                }
                out.add(v.get(i).asText());
            }
            return out;
        }

        <T> List<T> list(String name, BiFunction<Node, Integer, T> item) {
            JsonNode v = field(name);
            if (v == null || !v.isArray()) {
                throw new FormatException(at(name), "missing or not a list");
            }
            return optList(name, item);
        }

        <T> List<T> optList(String name, BiFunction<Node, Integer, T> item) {
            JsonNode v = field(name);
            List<T> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!v.isArray()) {
                throw new FormatException(at(name), "expected a list");
            }
            for (int i = 0; i < v.size(); i++) {
                String p = at(name) + "[" + i + "]";
                if (!v.get(i).isObject()) {
                    throw new FormatException(p, "expected an object");
                }
                out.add(item.apply(new Node(v.get(i), p), i));
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ writing

    /** Writes the plan; {@code header} holds export metadata (application, version, time, database). */
    public byte[] write(Plan plan, ObjectNode header) throws IOException {
        return write(plan, header, List.of(), List.of());
    }

    /** Writes the plan with the database's audit log and year locks (which an import does not take over). */
    public byte[] write(Plan plan, ObjectNode header, List<AuditEntry> audit, List<YearLock> locks)
            throws IOException {
        return write(plan, header, audit, locks, List.of());
    }

    /**
     * Writes the plan with the database's own records: audit log, year locks and the admission checks saved with
     * projects (an import takes over none of them).
     */
    public byte[] write(Plan plan, ObjectNode header, List<AuditEntry> audit, List<YearLock> locks,
                        List<Admission.SavedCheck> checks) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", FORMAT_VERSION);
        if (header != null) {
            root.set("export", header);
        }
        PlanInfo i = plan.info();
        ObjectNode p = root.putObject("plan");
        p.put("title", i.title());
        p.put("documentNumber", i.documentNumber());
        p.put("issuer", i.issuer());
        p.put("issuedOn", i.issuedOn());
        p.put("baseYear", i.baseYear());
        p.put("periodStart", i.periodStart());
        p.put("periodEnd", i.periodEnd());
        p.put("visionYear", i.visionYear());
        p.put("source", i.source());
        ArrayNode statements = root.putArray("statements");
        for (Statement s : plan.statements()) {
            ObjectNode o = statements.addObject();
            o.put("code", s.code());
            o.put("kind", s.kind());
            o.put("title", s.title());
            o.put("text", s.text());
            o.put("source", s.source());
        }
        ArrayNode zones = root.putArray("zones");
        for (Zone z : plan.zones()) {
            ObjectNode o = zones.addObject();
            o.put("code", z.code());
            o.put("name", z.name());
            o.put("kind", Enums.wire(z.kind()));
            putNumber(o, "areaKm2", z.areaKm2());
            o.put("east", z.east());
            o.put("west", z.west());
            o.put("south", z.south());
            o.put("north", z.north());
            o.put("source", z.source());
            o.put("note", z.note());
        }
        ObjectNode total = root.putObject("zoneTotal");
        putNumber(total, "areaKm2", i.zoneTotalKm2());
        total.put("text", i.zoneTotalText());
        total.put("source", i.zoneTotalSource());
        ArrayNode enterprises = root.putArray("enterprises");
        for (Enterprise e : plan.enterprises()) {
            ObjectNode o = enterprises.addObject();
            o.put("code", e.code());
            o.put("name", e.name());
            strings(o.putArray("aliases"), e.aliases());
            o.put("source", e.source());
            o.put("note", e.note());
        }
        ArrayNode chains = root.putArray("chains");
        for (Chain c : plan.chains()) {
            ObjectNode o = chains.addObject();
            o.put("code", c.code());
            o.put("name", c.name());
            strings(o.putArray("aliases"), c.aliases());
            o.put("brand", c.brand());
            o.put("brandSource", c.brandSource());
            o.put("positioning", c.positioning());
            o.put("section", c.section());
            if (c.column() == null) {
                o.putNull("column");
            } else {
                o.put("column", c.column());
            }
            ArrayNode links = o.putArray("links");
            for (Chain.Link l : c.links()) {
                ObjectNode lo = links.addObject();
                lo.put("group", l.group());
                lo.put("name", l.name());
                lo.put("detail", l.detail());
                lo.put("source", l.source());
            }
            ArrayNode members = o.putArray("enterprises");
            for (Chain.Member m : c.enterprises()) {
                ObjectNode mo = members.addObject();
                mo.put("enterprise", m.enterpriseCode());
                mo.put("role", Enums.wire(m.role()));
                mo.put("source", m.source());
            }
        }
        ArrayNode projects = root.putArray("projects");
        for (Project pr : plan.projects()) {
            ObjectNode o = projects.addObject();
            o.put("code", pr.code());
            o.put("name", pr.name());
            o.put("chain", pr.chainCode());
            o.put("zone", pr.zoneCode());
            o.put("enterprise", pr.enterpriseCode());
            o.put("kind", Enums.wire(pr.kind()));
            o.put("stage", Enums.wire(pr.stage()));
            putNumber(o, "investmentWan", pr.investmentWan());
            putInt(o, "startYear", pr.startYear());
            putInt(o, "finishYear", pr.finishYear());
            ArrayNode listings = o.putArray("listings");
            for (Project.Listing l : pr.listings()) {
                ObjectNode lo = listings.addObject();
                lo.put("column", l.column());
                lo.put("group", l.group());
                lo.put("number", l.number());
                lo.put("nameAsListed", l.nameAsListed());
            }
            ArrayNode mentions = o.putArray("mentions");
            for (Project.Mention m : pr.mentions()) {
                ObjectNode mo = mentions.addObject();
                mo.put("section", m.section());
                mo.put("text", m.text());
            }
            o.put("source", pr.source());
            o.put("note", pr.note());
        }
        ArrayNode indicators = root.putArray("indicators");
        for (Indicator ind : plan.indicators()) {
            ObjectNode o = indicators.addObject();
            o.put("code", ind.code());
            o.put("name", ind.name());
            o.put("category", ind.category());
            o.put("unit", ind.unit());
            o.put("direction", Enums.wire(ind.direction()));
            o.put("attribute", ind.attribute() == null ? null
                    : ind.attribute() == Enums.Attribute.BINDING ? "约束性" : "预期性");
            o.put("growthKind", Enums.wire(ind.growthKind()));
            putNumber(o, "statedRate", ind.statedRate());
            o.put("table", ind.table());
            putInt(o, "row", ind.row());
            o.put("chain", ind.chainCode());
            o.put("source", ind.source());
            o.put("note", ind.note());
            ArrayNode values = o.putArray("values");
            for (YearValue v : ind.values()) {
                ObjectNode vo = values.addObject();
                vo.put("year", v.year());
                vo.put("kind", Enums.wire(v.kind()));
                putNumber(vo, "value", v.value());
                vo.put("comparator", v.comparator() == null ? "=" : v.comparator().symbol());
                vo.put("vintage", Enums.wire(v.vintage()));
                vo.put("asStated", v.asStated());
                vo.put("source", v.source());
                vo.put("date", v.date());
                vo.put("note", v.note());
            }
        }
        ArrayNode thresholds = root.putArray("thresholds");
        for (Threshold t : plan.thresholds()) {
            ObjectNode o = thresholds.addObject();
            o.put("code", t.code());
            o.put("name", t.name());
            o.put("unit", t.unit());
            o.put("comparator", t.comparator().symbol());
            o.put("text", t.text());
            o.put("source", t.source());
            ArrayNode versions = o.putArray("versions");
            for (Threshold.Version v : t.versions()) {
                ObjectNode vo = versions.addObject();
                vo.put("fromYear", v.fromYear());
                putNumber(vo, "value", v.value());
                vo.put("source", v.source());
                vo.put("note", v.note());
            }
        }
        ArrayNode classes = root.putArray("efficiencyClasses");
        for (EfficiencyClass e : plan.efficiencyClasses()) {
            ObjectNode o = classes.addObject();
            o.put("code", e.code());
            o.put("name", e.name());
            o.put("rank", e.rank());
            o.put("text", e.text());
            o.put("source", e.source());
        }
        ArrayNode monitoring = root.putArray("monitoring");
        for (MonitoringItem m : plan.monitoring()) {
            ObjectNode o = monitoring.addObject();
            o.put("code", m.code());
            o.put("name", m.name());
            o.put("kind", m.kind());
            o.put("text", m.text());
            o.put("source", m.source());
        }
        ArrayNode notes = root.putArray("notes");
        for (PlanNote n : plan.notes()) {
            ObjectNode o = notes.addObject();
            o.put("entity", n.entity());
            o.put("code", n.code());
            o.put("field", n.field());
            o.put("text", n.text());
            o.put("source", n.source());
        }
        ArrayNode lockArray = root.putArray("yearLocks");
        for (YearLock l : locks) {
            ObjectNode o = lockArray.addObject();
            o.put("year", l.year());
            o.put("reason", l.reason());
            o.put("lockedAt", l.lockedAt());
            o.put("lockedBy", l.lockedBy());
        }
        if (!checks.isEmpty()) {
            ArrayNode checkArray = root.putArray("admissionChecks");
            for (Admission.SavedCheck c : checks) {
                ObjectNode o = checkArray.addObject();
                o.put("project", c.projectCode());
                o.put("year", c.year());
                putNumber(o, "landMu", c.proposal().landMu());
                putNumber(o, "landEntered", c.landEntered());
                o.put("landUnit", c.landUnit());
                putNumber(o, "investmentWan", c.proposal().investmentWan());
                putNumber(o, "taxWan", c.proposal().taxWan());
                putNumber(o, "siteM2", c.proposal().siteM2());
                putNumber(o, "floorM2", c.proposal().floorM2());
                putNumber(o, "footprintM2", c.proposal().footprintM2());
                o.put("at", c.at());
                o.put("user", c.user());
                ArrayNode verdicts = o.putArray("verdicts");
                for (Admission.StoredVerdict v : c.verdicts()) {
                    ObjectNode vo = verdicts.addObject();
                    vo.put("threshold", v.thresholdCode());
                    vo.put("name", v.name());
                    vo.put("comparator", v.comparator().symbol());
                    putNumber(vo, "thresholdValue", v.thresholdValue());
                    vo.put("fromYear", v.fromYear());
                    putNumber(vo, "value", v.value());
                    vo.put("verdict", Enums.wire(v.verdict()));
                    putNumber(vo, "margin", v.margin());
                }
            }
        }
        ArrayNode auditArray = root.putArray("auditLog");
        for (AuditEntry a : audit) {
            ObjectNode o = auditArray.addObject();
            o.put("at", a.at());
            o.put("user", a.user());
            o.put("action", a.action());
            o.put("entity", a.entity());
            o.put("code", a.code());
            o.put("field", a.field());
            o.put("old", a.oldValue());
            o.put("new", a.newValue());
            o.put("origin", a.origin());
            o.put("batch", a.batch());
        }
        return mapper.writeValueAsBytes(root);
    }

    public ObjectNode newHeader() {
        return mapper.createObjectNode();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putInt(ObjectNode o, String key, Integer v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }

    /** Numbers as the plan prints them: 1397034 not 1397034.0, 17.56 not 17.560000001. */
    private static void putNumber(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
            return;
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        o.put(key, d);
    }
}
