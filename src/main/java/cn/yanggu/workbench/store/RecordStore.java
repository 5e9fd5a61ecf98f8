package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one editable record at a time, inside the caller's transaction: the main row is inserted or updated in
 * place (so references to it stay valid), its lists (aliases, links, members, listings, mentions, values) are
 * replaced. Positions keep the plan's order; a new record goes to the end unless a position is given.
 */
public final class RecordStore {
    private RecordStore() {
    }

    private static String table(EntityKind kind) {
        return RecordTable.of(kind).name();
    }

    /** The record's position in the plan's order, or null when it does not exist. */
    public static Integer position(Connection c, EntityKind kind, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM " + table(kind) + " WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static int positionFor(Connection c, EntityKind kind, String code, Integer wanted) throws SQLException {
        if (wanted != null) {
            return wanted;
        }
        Integer existing = position(c, kind, code);
        if (existing != null) {
            return existing;
        }
        try (var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(position), -1) + 1 FROM " + table(kind))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Deletes a record and its lists. References to it must have been cleared by the caller. */
    public static void remove(Connection c, EntityKind kind, String code) throws SQLException {
        exec(c, "DELETE FROM " + table(kind) + " WHERE code = ?", code);
    }

    /** Inserts or updates a record; {@code position} null keeps an existing record's place or appends. */
    public static void put(Connection c, PlanRecord record, Integer position) throws SQLException {
        EntityKind kind = record.entityKind();
        RecordTable.of(kind).upsert(c, record, positionFor(c, kind, record.code(), position));
        switch (kind) {
            case ZONE -> {
            }
            case ENTERPRISE -> putAliases(c, (Enterprise) record);
            case CHAIN -> putLists(c, (Chain) record);
            case PROJECT -> putLists(c, (Project) record);
            case INDICATOR -> putValues(c, (Indicator) record);
            case THRESHOLD -> putVersions(c, (Threshold) record);
        }
    }

    private static void putAliases(Connection c, Enterprise e) throws SQLException {
        exec(c, "DELETE FROM enterprise_alias WHERE enterprise_code = ?", e.code());
        int a = 0;
        for (String alias : e.aliases()) {
            exec(c, "INSERT INTO enterprise_alias (enterprise_code, position, alias) VALUES (?, ?, ?)",
                    e.code(), a++, alias);
        }
    }

    private static void putLists(Connection c, Chain ch) throws SQLException {
        exec(c, "DELETE FROM chain_alias WHERE chain_code = ?", ch.code());
        exec(c, "DELETE FROM chain_link WHERE chain_code = ?", ch.code());
        exec(c, "DELETE FROM chain_enterprise WHERE chain_code = ?", ch.code());
        int k = 0;
        for (String alias : ch.aliases()) {
            exec(c, "INSERT INTO chain_alias (chain_code, position, alias) VALUES (?, ?, ?)", ch.code(), k++, alias);
        }
        k = 0;
        for (Chain.Link l : ch.links()) {
            exec(c, "INSERT INTO chain_link (chain_code, position, link_group, name, detail, source)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", ch.code(), k++, l.group(), l.name(), l.detail(), l.source());
        }
        k = 0;
        for (Chain.Member m : ch.enterprises()) {
            exec(c, "INSERT INTO chain_enterprise (chain_code, enterprise_code, position, role, source)"
                    + " VALUES (?, ?, ?, ?, ?)", ch.code(), m.enterpriseCode(), k++, Enums.wire(m.role()), m.source());
        }
    }

    private static void putLists(Connection c, Project p) throws SQLException {
        exec(c, "DELETE FROM project_listing WHERE project_code = ?", p.code());
        exec(c, "DELETE FROM project_mention WHERE project_code = ?", p.code());
        for (Project.Listing l : p.listings()) {
            exec(c, "INSERT INTO project_listing (project_code, column_no, item_no, list_group, name_as_listed)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    p.code(), l.column(), l.number(), l.group() == null ? "" : l.group(), l.nameAsListed());
        }
        int k = 0;
        for (Project.Mention m : p.mentions()) {
            exec(c, "INSERT INTO project_mention (project_code, position, section, text) VALUES (?, ?, ?, ?)",
                    p.code(), k++, m.section(), m.text());
        }
    }

    private static void putValues(Connection c, Indicator ind) throws SQLException {
        exec(c, "DELETE FROM indicator_value WHERE indicator_code = ?", ind.code());
        for (YearValue v : ind.values()) {
            exec(c, "INSERT INTO indicator_value (indicator_code, year, kind, vintage, value, comparator, as_stated,"
                            + " source, value_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ind.code(), v.year(), Enums.wire(v.kind()), v.vintage() == null ? "" : Enums.wire(v.vintage()),
                    v.value(), v.comparator() == null ? "=" : v.comparator().symbol(), v.asStated(), v.source(),
                    v.date(), v.note());
        }
    }

    private static void putVersions(Connection c, Threshold t) throws SQLException {
        exec(c, "DELETE FROM threshold_version WHERE threshold_code = ?", t.code());
        for (Threshold.Version v : t.versions()) {
            exec(c, "INSERT INTO threshold_version (threshold_code, from_year, value, source, note)"
                    + " VALUES (?, ?, ?, ?, ?)", t.code(), v.fromYear(), v.value(), v.source(), v.note());
        }
    }

    static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                Object a = args[k];
                if (a == null) {
                    ps.setNull(k + 1, Types.NULL);
                } else {
                    ps.setObject(k + 1, a);
                }
            }
            ps.executeUpdate();
        }
    }

    /** One row of a result, read into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The rows {@code sql} selects (parameters bound in order), each read by {@code reader}, in the order given. */
    static <T> List<T> query(Connection c, String sql, RowReader<T> reader, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                ps.setObject(k + 1, args[k]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }
}
