package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit log: appended inside the transaction of the change it records, never edited. */
public final class AuditRepository {
    private AuditRepository() {
    }

    /** The next batch number (one user intent = one batch). */
    public static long nextBatch(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(batch), 0) + 1 FROM audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void append(Connection c, AuditEntry e) throws SQLException {
        RecordStore.exec(c, "INSERT INTO audit_log (batch, at, user_name, action, entity, code, field, old_value,"
                        + " new_value, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.batch(), e.at(), e.user(), e.action(), e.entity(), e.code(), e.field(), e.oldValue(),
                e.newValue(), e.origin());
    }

    /** All entries, newest first. */
    public static List<AuditEntry> all(Connection c) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong("id"), rs.getLong("batch"), rs.getString("at"),
                        rs.getString("user_name"), rs.getString("action"), rs.getString("entity"),
                        rs.getString("code"), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("origin")));
            }
        }
        return out;
    }
}
