package cn.yanggu.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the exchange of packages keeps in a database: its origin name, the sync base and the packages applied. */
public final class ExchangeRepository {
    private ExchangeRepository() {
    }

    /** The plan as last received from the other side, in the JSON export format. */
    public record SyncBase(String takenAt, String source, byte[] planJson) {
    }

    /** A package that was applied here. */
    public record Applied(String originName, String originId, String createdAt, String baseRevision, String sha256,
                          String appliedAt, String appliedBy) {
    }

    public static Optional<String> setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM exchange_setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void putSetting(Connection c, String key, String value) throws SQLException {
        RecordStore.exec(c, "INSERT INTO exchange_setting (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    /** Removes a setting (it falls back to its default). */
    public static void deleteSetting(Connection c, String key) throws SQLException {
        RecordStore.exec(c, "DELETE FROM exchange_setting WHERE key = ?", key);
    }

    public static Optional<SyncBase> syncBase(Connection c) throws SQLException {
        try (var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT taken_at, source, plan_json FROM sync_base WHERE id = 1")) {
            return rs.next() ? Optional.of(new SyncBase(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                    : Optional.empty();
        }
    }

    public static void putSyncBase(Connection c, SyncBase base) throws SQLException {
        RecordStore.exec(c, "INSERT INTO sync_base (id, taken_at, source, plan_json) VALUES (1, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET taken_at = excluded.taken_at, source = excluded.source,"
                        + " plan_json = excluded.plan_json", base.takenAt(), base.source(), base.planJson());
    }

    public static void logApplied(Connection c, Applied a) throws SQLException {
        RecordStore.exec(c, "INSERT INTO package_log (origin_name, origin_id, created_at, base_revision, sha256,"
                        + " applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?, ?)", a.originName(), a.originId(),
                a.createdAt(), a.baseRevision(), a.sha256(), a.appliedAt(), a.appliedBy());
    }

    /** Packages applied here, oldest first. */
    public static List<Applied> applied(Connection c) throws SQLException {
        List<Applied> out = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM package_log ORDER BY id")) {
            while (rs.next()) {
                out.add(new Applied(rs.getString("origin_name"), rs.getString("origin_id"),
                        rs.getString("created_at"), rs.getString("base_revision"), rs.getString("sha256"),
                        rs.getString("applied_at"), rs.getString("applied_by")));
            }
        }
        return out;
    }

    /** The newest audit entry's id: the database's revision counter. */
    public static long revision(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
