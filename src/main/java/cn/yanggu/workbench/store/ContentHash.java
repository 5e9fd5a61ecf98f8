package cn.yanggu.workbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A digest of the database's content: every table the user's changes write (the plan, locks, grading, report
 * texts, admission checks, settings), each table's rows in a fixed order. The log of what happened (audit log,
 * package log, sync base) is left out: undoing a change puts the content back, while the log keeps both steps.
 */
public final class ContentHash {
    /** Tables that record history rather than content (record_version: who changed a record last, and how often). */
    static final Set<String> HISTORY = Set.of("audit_log", "package_log", "sync_base", "record_version");

    private ContentHash() {
    }

    /** The digest (hex SHA-256) of the content tables as seen by {@code c}. */
    public static String of(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        boolean server = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(server
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                  + " AND table_type = 'BASE TABLE' AND table_name <> '" + Database.PG_VERSION_TABLE + "' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                if (!HISTORY.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        b.append(rs.getMetaData().getColumnName(i)).append('=').append(text(rs.getObject(i)))
                                .append('\u001f');
                    }
                    rows.add(b.toString());
                }
            }
            rows.sort(java.util.Comparator.naturalOrder());
            digest.update(("\u001e" + table + "\u001e").getBytes(StandardCharsets.UTF_8));
            rows.forEach(r -> digest.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A value as the same text on either engine: whole numbers without a decimal point, other numbers as Java
     * writes a double, bytes in hex (SQLite and PostgreSQL drivers return different Java types for the same value).
     */
    private static String text(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return Long.toString(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Double.toString(n.doubleValue());
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        return v.toString();
    }
}
