package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Enums;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admission checks saved with projects (入园评审记录), written inside the caller's transaction. */
public final class AdmissionRepository {
    private AdmissionRepository() {
    }

    /** Stores a check and its verdicts (under {@code s.id()} when above 0: a redo); returns its id. */
    public static long insert(Connection c, Admission.SavedCheck s) throws SQLException {
        Admission.Proposal p = s.proposal();
        // id null: the database gives the next one
        long id = RecordStore.query(c, "INSERT INTO admission_check (id, project_code, year, land_mu, land_entered,"
                        + " land_unit, investment_wan, tax_wan, site_m2, floor_m2, footprint_m2, checked_at, checked_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1),
                s.id() > 0 ? s.id() : null, s.projectCode(), s.year(), p.landMu(), s.landEntered(), s.landUnit(),
                p.investmentWan(), p.taxWan(), p.siteM2(), p.floorM2(), p.footprintM2(), s.at(), s.user()).get(0);
        int pos = 0;
        for (Admission.StoredVerdict v : s.verdicts()) {
            RecordStore.exec(c, "INSERT INTO admission_check_verdict (check_id, position, threshold_code, name, unit,"
                            + " comparator, from_year, threshold_value, value, verdict, margin)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, pos++, v.thresholdCode(), v.name(), v.unit(), v.comparator().symbol(), v.fromYear(),
                    v.thresholdValue(), v.value(), Enums.wire(v.verdict()), v.margin());
        }
        return id;
    }

    /** Removes a saved check and its verdicts. */
    public static void delete(Connection c, long id) throws SQLException {
        RecordStore.exec(c, "DELETE FROM admission_check_verdict WHERE check_id = ?", id);
        RecordStore.exec(c, "DELETE FROM admission_check WHERE id = ?", id);
    }

    /** Every saved check, oldest first. */
    public static List<Admission.SavedCheck> all(Connection c) throws SQLException {
        Map<Long, List<Admission.StoredVerdict>> verdicts = new LinkedHashMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT * FROM admission_check_verdict ORDER BY check_id, position")) {
            while (rs.next()) {
                verdicts.computeIfAbsent(rs.getLong("check_id"), k -> new ArrayList<>()).add(
                        new Admission.StoredVerdict(rs.getString("threshold_code"), rs.getString("name"),
                                rs.getString("unit"), Enums.Comparator.ofSymbol(rs.getString("comparator")),
                                rs.getInt("from_year"), rs.getDouble("threshold_value"), rs.getDouble("value"),
                                Enums.parse(Admission.Verdict.class, rs.getString("verdict")),
                                rs.getDouble("margin")));
            }
        }
        List<Admission.SavedCheck> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT * FROM admission_check ORDER BY checked_at, id")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                out.add(new Admission.SavedCheck(id, rs.getString("project_code"), rs.getInt("year"),
                        new Admission.Proposal(rs.getDouble("land_mu"), rs.getDouble("investment_wan"),
                                rs.getDouble("tax_wan"), rs.getDouble("site_m2"), rs.getDouble("floor_m2"),
                                rs.getDouble("footprint_m2")),
                        rs.getDouble("land_entered"), rs.getString("land_unit"), rs.getString("checked_at"),
                        rs.getString("checked_by"), verdicts.getOrDefault(id, List.of())));
            }
        }
        return out;
    }
}
