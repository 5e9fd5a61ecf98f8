package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.PlanNote;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.domain.YearValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the whole plan. Writing a plan is one transaction. */
public final class PlanRepository {
    private final Database db;

    public PlanRepository(Database db) {
        this.db = db;
    }

    /** True when the database holds no plan yet (a new file). */
    public boolean isEmpty() {
        return db.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM plan_info")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
    }

    /** Writes a whole plan into an empty database, in one transaction. */
    public void insert(Plan plan) {
        db.inTransaction(c -> {
            insertAll(c, plan);
            return null;
        });
    }

    /** Loads the whole plan. */
    public Plan load() {
        return db.read(PlanRepository::loadAll);
    }

    /** Replaces every plan table's content with {@code plan}, inside the caller's transaction. */
    public static void replaceAll(Connection c, Plan plan) throws SQLException {
        for (String table : List.of("project", "indicator", "threshold", "chain", "enterprise", "zone", "statement",
                "efficiency_class", "monitoring_item", "plan_note", "plan_info")) {
            exec(c, "DELETE FROM " + table);
        }
        insertAll(c, plan);
    }

    // ---------------------------------------------------------------- writing

    private static void insertAll(Connection c, Plan plan) throws SQLException {
        PlanInfo i = plan.info();
        exec(c, "INSERT INTO plan_info (id, title, document_number, issuer, issued_on, base_year, period_start,"
                        + " period_end, vision_year, zone_total_km2, zone_total_text, zone_total_source, source)"
                        + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.title(), i.documentNumber(), i.issuer(), i.issuedOn(), i.baseYear(), i.periodStart(),
                i.periodEnd(), i.visionYear(), i.zoneTotalKm2(), i.zoneTotalText(), i.zoneTotalSource(), i.source());
        int spos = 0;
        for (Statement s : plan.statements()) {
            exec(c, "INSERT INTO statement (code, position, kind, title, text, source) VALUES (?, ?, ?, ?, ?, ?)",
                    s.code(), spos++, s.kind(), s.title(), s.text(), s.source());
        }
        // the tables are empty: each record's place is its index among its kind (asking the table for the next
        // free place scans it, 10,000 times for 10,000 projects)
        Map<EntityKind, Integer> places = new EnumMap<>(EntityKind.class);
        for (PlanRecord record : plan.records()) {
            RecordStore.put(c, record, places.merge(record.entityKind(), 1, Integer::sum) - 1);
        }
        int pos;
        for (EfficiencyClass e : plan.efficiencyClasses()) {
            exec(c, "INSERT INTO efficiency_class (code, name, rank, text, source) VALUES (?, ?, ?, ?, ?)",
                    e.code(), e.name(), e.rank(), e.text(), e.source());
        }
        pos = 0;
        for (MonitoringItem m : plan.monitoring()) {
            exec(c, "INSERT INTO monitoring_item (code, position, name, kind, text, source) VALUES (?, ?, ?, ?, ?, ?)",
                    m.code(), pos++, m.name(), m.kind(), m.text(), m.source());
        }
        for (PlanNote n : plan.notes()) {
            exec(c, "INSERT INTO plan_note (entity, code, field, text, source) VALUES (?, ?, ?, ?, ?)",
                    n.entity(), n.code(), n.field(), n.text(), n.source());
        }
        VersionRepository.replaceAll(c, plan.versions());
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        RecordStore.exec(c, sql, args);
    }

    // ---------------------------------------------------------------- reading

    /** Loads the whole plan with the caller's connection (e.g. inside a transaction). */
    public static Plan loadAll(Connection c) throws SQLException {
        PlanInfo info = null;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM plan_info WHERE id = 1")) {
            if (rs.next()) {
                info = new PlanInfo(rs.getString("title"), rs.getString("document_number"), rs.getString("issuer"),
                        rs.getString("issued_on"), rs.getInt("base_year"), rs.getInt("period_start"),
                        rs.getInt("period_end"), rs.getInt("vision_year"), dbl(rs, "zone_total_km2"),
                        rs.getString("zone_total_text"), rs.getString("zone_total_source"), rs.getString("source"));
            }
        }
        if (info == null) {
            throw new SQLException("the database holds no plan");
        }
        List<Statement> statements = query(c, "SELECT * FROM statement ORDER BY position", rs -> new Statement(
                rs.getString("code"), rs.getString("kind"), rs.getString("title"), rs.getString("text"),
                rs.getString("source")));
        List<Zone> zones = RecordTable.ZONES.loadAll(c, row -> {
        });

        Map<String, List<String>> enterpriseAliases = grouped(c,
                "SELECT enterprise_code, alias FROM enterprise_alias ORDER BY enterprise_code, position",
                rs -> rs.getString(2));
        List<Enterprise> enterprises = RecordTable.ENTERPRISES.loadAll(c, row ->
                row.set(Enterprise.ALIASES, enterpriseAliases.getOrDefault(row.code(), List.of())));

        Map<String, List<String>> chainAliases = grouped(c,
                "SELECT chain_code, alias FROM chain_alias ORDER BY chain_code, position", rs -> rs.getString(2));
        Map<String, List<Chain.Link>> links = grouped(c,
                "SELECT chain_code, link_group, name, detail, source FROM chain_link ORDER BY chain_code, position",
                rs -> new Chain.Link(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        Map<String, List<Chain.Member>> members = grouped(c,
                "SELECT chain_code, enterprise_code, role, source FROM chain_enterprise ORDER BY chain_code, position",
                rs -> new Chain.Member(rs.getString(2), Enums.parse(Enums.EnterpriseRole.class, rs.getString(3)),
                        rs.getString(4)));
        List<Chain> chains = RecordTable.CHAINS.loadAll(c, row -> {
            row.set(Chain.ALIASES, chainAliases.getOrDefault(row.code(), List.of()));
            row.set(Chain.LINKS, links.getOrDefault(row.code(), List.of()));
            row.set(Chain.ENTERPRISES, members.getOrDefault(row.code(), List.of()));
        });

        Map<String, List<Project.Listing>> listings = grouped(c,
                "SELECT project_code, column_no, list_group, item_no, name_as_listed FROM project_listing"
                        + " ORDER BY project_code, column_no, item_no",
                rs -> new Project.Listing(rs.getInt(2), emptyToNull(rs.getString(3)), rs.getInt(4), rs.getString(5)));
        Map<String, List<Project.Mention>> mentions = grouped(c,
                "SELECT project_code, section, text FROM project_mention ORDER BY project_code, position",
                rs -> new Project.Mention(rs.getString(2), rs.getString(3)));
        List<Project> projects = RecordTable.PROJECTS.loadAll(c, row -> {
            row.set(Project.LISTINGS, listings.getOrDefault(row.code(), List.of()));
            row.set(Project.MENTIONS, mentions.getOrDefault(row.code(), List.of()));
        });

        Map<String, List<YearValue>> values = grouped(c,
                "SELECT indicator_code, year, kind, value, comparator, vintage, as_stated, source, value_date, note"
                        + " FROM indicator_value ORDER BY indicator_code, year, kind, vintage",
                rs -> new YearValue(rs.getInt(2), Enums.parse(Enums.ValueKind.class, rs.getString(3)), rs.getDouble(4),
                        Enums.Comparator.ofSymbol(rs.getString(5)), Enums.parse(Enums.Vintage.class, rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
        List<Indicator> indicators = RecordTable.INDICATORS.loadAll(c, row ->
                row.set(Indicator.VALUES, values.getOrDefault(row.code(), List.of())));
        Map<String, List<Threshold.Version>> versions = grouped(c,
                "SELECT threshold_code, from_year, value, source, note FROM threshold_version"
                        + " ORDER BY threshold_code, from_year",
                rs -> new Threshold.Version(rs.getInt(2), rs.getDouble(3), rs.getString(4), rs.getString(5)));
        List<Threshold> thresholds = RecordTable.THRESHOLDS.loadAll(c, row ->
                row.set(Threshold.VERSIONS, versions.getOrDefault(row.code(), List.of())));
        List<EfficiencyClass> classes = query(c, "SELECT * FROM efficiency_class ORDER BY rank",
                rs -> new EfficiencyClass(rs.getString("code"), rs.getString("name"), rs.getInt("rank"),
                        rs.getString("text"), rs.getString("source")));
        List<MonitoringItem> monitoring = query(c, "SELECT * FROM monitoring_item ORDER BY position",
                rs -> new MonitoringItem(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("text"), rs.getString("source")));
        List<PlanNote> notes = query(c, "SELECT * FROM plan_note ORDER BY id", rs -> new PlanNote(
                rs.getString("entity"), rs.getString("code"), rs.getString("field"), rs.getString("text"),
                rs.getString("source")));
        return new Plan(info, statements, zones, enterprises, chains, projects, indicators, thresholds, classes,
                monitoring, notes, VersionRepository.all(c));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
        }
        return out;
    }

    /** Rows grouped by their first column (the owner's code), in query order. */
    private static <T> Map<String, List<T>> grouped(Connection c, String sql, RowMapper<T> mapper)
            throws SQLException {
        Map<String, List<T>> out = new LinkedHashMap<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(mapper.map(rs));
            }
        }
        return out;
    }

    private static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }


    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
