package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 招商项目库: the leads with their stage dates, written inside the caller's transaction. */
public final class LeadRepository {
    private LeadRepository() {
    }

    /** Every lead, in the order they were entered. */
    public static List<Lead> all(Connection c) throws SQLException {
        Map<String, Map<Lead.Stage, LocalDate>> dates = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT lead_code, stage, on_date FROM lead_stage_date");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                dates.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Lead.Stage.class))
                        .put(Enums.parse(Lead.Stage.class, rs.getString(2)), LocalDate.parse(rs.getString(3)));
            }
        }
        List<Lead> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, origin, lead_class, node_code,"
                + " investment_wan, land_mu, method, person, stage, admission, sign_reason, next_step, next_step_date,"
                + " project_code, note FROM lead ORDER BY position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                double inv = rs.getDouble(6);
                Double investment = rs.wasNull() ? null : inv;
                double land = rs.getDouble(7);
                Double landMu = rs.wasNull() ? null : land;
                String next = rs.getString(14);
                out.add(new Lead(code, rs.getString(2), rs.getString(3),
                        Enums.parse(Lead.LeadClass.class, rs.getString(4)), rs.getString(5), investment, landMu,
                        Enums.parse(Lead.Method.class, rs.getString(8)), rs.getString(9),
                        Enums.parse(Lead.Stage.class, rs.getString(10)), dates.getOrDefault(code, Map.of()),
                        Enums.parse(Lead.Admission.class, rs.getString(11)), rs.getString(12), rs.getString(13),
                        next == null ? null : LocalDate.parse(next), rs.getString(15), rs.getString(16)));
            }
        }
        return out;
    }

    /** Writes {@code lead} at {@code position}, replacing the lead of its code. */
    public static void put(Connection c, Lead l, int position) throws SQLException {
        delete(c, l.code());
        RecordStore.exec(c, "INSERT INTO lead (code, position, name, origin, lead_class, node_code, investment_wan,"
                        + " land_mu, method, person, stage, admission, sign_reason, next_step, next_step_date,"
                        + " project_code, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.code(), position, l.name(), l.origin(), Enums.wire(l.leadClass()), l.nodeCode(), l.investmentWan(),
                l.landMu(), Enums.wire(l.method()), l.person(), Enums.wire(l.stage()), Enums.wire(l.admission()),
                l.signReason(), l.nextStep(), l.nextStepDate() == null ? null : l.nextStepDate().toString(),
                l.projectCode(), l.note());
        for (Map.Entry<Lead.Stage, LocalDate> d : l.stageDates().entrySet()) {
            RecordStore.exec(c, "INSERT INTO lead_stage_date (lead_code, stage, on_date) VALUES (?, ?, ?)",
                    l.code(), Enums.wire(d.getKey()), d.getValue().toString());
        }
    }

    /** The place of the lead {@code code} in the list, or the end when it is new. */
    public static int position(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM lead WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(position), -1) + 1 FROM lead");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Replaces every lead (an import), in the given order. */
    public static void replaceAll(Connection c, List<Lead> leads) throws SQLException {
        RecordStore.exec(c, "DELETE FROM lead");
        for (int i = 0; i < leads.size(); i++) {
            put(c, leads.get(i), i);
        }
    }

    public static void delete(Connection c, String code) throws SQLException {
        RecordStore.exec(c, "DELETE FROM lead WHERE code = ?", code);
    }
}
