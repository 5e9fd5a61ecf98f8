package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.ReportKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The narrative sections of the reports, one text per year, report kind and section. */
public final class NarrativeRepository {
    private NarrativeRepository() {
    }

    /** The sections stored for a year and kind, by section key. */
    public static Map<String, Narrative> find(Connection c, int year, ReportKind kind) throws SQLException {
        Map<String, Narrative> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM report_narrative WHERE year = ? AND kind = ?"
                + " ORDER BY section")) {
            ps.setInt(1, year);
            ps.setString(2, kind.wire());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("section"), new Narrative(rs.getInt("year"), kind, rs.getString("section"),
                            rs.getString("text"), rs.getString("updated_at"), rs.getString("updated_by")));
                }
            }
        }
        return out;
    }

    /** Stores a section's text, or removes the section when {@code n.text()} is empty. */
    public static void put(Connection c, Narrative n) throws SQLException {
        if (n.text() == null || n.text().isEmpty()) {
            RecordStore.exec(c, "DELETE FROM report_narrative WHERE year = ? AND kind = ? AND section = ?",
                    n.year(), n.kind().wire(), n.section());
            return;
        }
        RecordStore.exec(c, "INSERT INTO report_narrative (year, kind, section, text, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year, kind, section) DO UPDATE SET"
                        + " text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                n.year(), n.kind().wire(), n.section(), n.text(), n.updatedAt(), n.updatedBy());
    }
}
