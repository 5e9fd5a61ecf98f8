package cn.yanggu.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row version of each plan record (table {@code record_version}, keyed by kind and code; see V11). A writer
 * advances a record's version from the one its change is based on; when the stored version is another, somebody else
 * changed the record since, and the change is refused. The check and the advance are one statement, so two writers
 * can never both advance from the same version (on PostgreSQL the second waits for the first, then finds it moved).
 */
public final class RecordVersions {
    private RecordVersions() {
    }

    /** Who changed a record last, when, and its version. */
    public record Stamp(long version, String by, String at) {
    }

    /** Every record's version, by "kind:code". */
    public static Map<String, Long> all(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (var row : RecordStore.query(c, "SELECT entity, code, version FROM record_version",
                rs -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getLong(3)))) {
            out.put(row.getKey(), row.getValue());
        }
        return out;
    }

    /** The stamp of one record, or null when it was never changed in this database. */
    public static Stamp stamp(Connection c, String entity, String code) throws SQLException {
        List<Stamp> s = RecordStore.query(c, "SELECT version, modified_by, modified_at FROM record_version"
                + " WHERE entity = ? AND code = ?", rs -> new Stamp(rs.getLong(1), rs.getString(2), rs.getString(3)),
                entity, code);
        return s.isEmpty() ? null : s.get(0);
    }

    /**
     * Advances the record's version from {@code expected} to {@code expected + 1}, stamped with {@code by} and
     * {@code at}. Returns false (and changes nothing) when the stored version is not {@code expected}.
     */
    public static boolean advance(Connection c, String entity, String code, long expected, String by, String at)
            throws SQLException {
        String sql = expected == 0
                ? "INSERT INTO record_version (entity, code, version, modified_by, modified_at) VALUES (?, ?, 1, ?, ?)"
                  + " ON CONFLICT (entity, code) DO NOTHING"
                : "UPDATE record_version SET version = version + 1, modified_by = ?, modified_at = ?"
                  + " WHERE entity = ? AND code = ? AND version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (expected == 0) {
                ps.setString(1, entity);
                ps.setString(2, code);
                ps.setString(3, by);
                ps.setString(4, at);
            } else {
                ps.setString(1, by);
                ps.setString(2, at);
                ps.setString(3, entity);
                ps.setString(4, code);
                ps.setLong(5, expected);
            }
            return ps.executeUpdate() == 1;
        }
    }
}
