package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingMethod;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Enterprises' yearly figures and the 亩产效益 grading methods. Writes run inside the caller's transaction. */
public final class GradingRepository {
    private GradingRepository() {
    }

    private static final String COLUMNS = "land_mu, tax_wan, revenue_wan, energy_tce, rd_wan, employees";

    /** The figures of one year, by enterprise code. */
    public static List<EnterpriseYear> year(Connection c, int year) throws SQLException {
        return query(c, "SELECT * FROM enterprise_year WHERE year = ? ORDER BY enterprise_code", year);
    }

    /** Every year's figures. */
    public static List<EnterpriseYear> all(Connection c) throws SQLException {
        return query(c, "SELECT * FROM enterprise_year ORDER BY year, enterprise_code");
    }

    public static Optional<EnterpriseYear> get(Connection c, String code, int year) throws SQLException {
        return query(c, "SELECT * FROM enterprise_year WHERE enterprise_code = ? AND year = ?", code, year).stream()
                .findFirst();
    }

    /** Years that have any figures, ascending. */
    public static List<Integer> years(Connection c) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT year FROM enterprise_year ORDER BY year");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /** Stores a firm's figures for a year; a row with no figure at all is removed. */
    public static void put(Connection c, EnterpriseYear y) throws SQLException {
        if (y.isEmpty()) {
            RecordStore.exec(c, "DELETE FROM enterprise_year WHERE enterprise_code = ? AND year = ?",
                    y.enterpriseCode(), y.year());
            return;
        }
        RecordStore.exec(c, "INSERT INTO enterprise_year (enterprise_code, year, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (enterprise_code, year) DO UPDATE SET "
                        + java.util.Arrays.stream(COLUMNS.split(",\\s*")).map(col -> col + " = excluded." + col)
                        .collect(java.util.stream.Collectors.joining(", ")), y.enterpriseCode(), y.year(), y.landMu(), y.taxWan(),
                y.revenueWan(), y.energyTce(), y.rdWan(), y.employees());
    }

    private static List<EnterpriseYear> query(Connection c, String sql, Object... args) throws SQLException {
        return RecordStore.query(c, sql, rs -> new EnterpriseYear(rs.getString("enterprise_code"), rs.getInt("year"),
                real(rs, "land_mu"), real(rs, "tax_wan"), real(rs, "revenue_wan"), real(rs, "energy_tce"),
                real(rs, "rd_wan"), real(rs, "employees")), args);
    }

    private static Double real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    // ------------------------------------------------------------------ methods

    /** Stored methods, by the year they apply from. */
    public static List<GradingMethod> methods(Connection c) throws SQLException {
        List<GradingMethod> out = new ArrayList<>();
        for (GradingMethod m : RecordStore.query(c, "SELECT * FROM grading_method ORDER BY from_year",
                rs -> new GradingMethod(rs.getInt("from_year"), List.of(),
                        GradingMethod.Normalisation.valueOf(rs.getString("normalisation")),
                        GradingMethod.CutoffMode.valueOf(rs.getString("cutoff_mode")),
                        List.of(rs.getDouble("cutoff1"), rs.getDouble("cutoff2"), rs.getDouble("cutoff3")),
                        rs.getString("note"), false))) {
            out.add(new GradingMethod(m.fromYear(), weights(c, m.fromYear()), m.normalisation(), m.cutoffMode(),
                    m.cutoffs(), m.note(), false));
        }
        return out;
    }

    private static List<GradingMethod.Weight> weights(Connection c, int from) throws SQLException {
        return RecordStore.query(c, "SELECT indicator, weight FROM grading_weight WHERE from_year = ? ORDER BY position",
                rs -> new GradingMethod.Weight(GradingMethod.IndicatorKind.ofKey(rs.getString(1)), rs.getDouble(2)),
                from);
    }

    /** Stores (or replaces) the method applying from its year. */
    public static void putMethod(Connection c, GradingMethod m) throws SQLException {
        deleteMethod(c, m.fromYear());
        RecordStore.exec(c, "INSERT INTO grading_method (from_year, normalisation, cutoff_mode, cutoff1, cutoff2,"
                        + " cutoff3, note) VALUES (?, ?, ?, ?, ?, ?, ?)", m.fromYear(), m.normalisation().name(),
                m.cutoffMode().name(), m.cutoffs().get(0), m.cutoffs().get(1), m.cutoffs().get(2), m.note());
        int position = 0;
        for (GradingMethod.Weight w : m.weights()) {
            RecordStore.exec(c, "INSERT INTO grading_weight (from_year, position, indicator, weight) VALUES (?, ?, ?, ?)",
                    m.fromYear(), position++, w.indicator().key(), w.percent());
        }
    }

    public static void deleteMethod(Connection c, int fromYear) throws SQLException {
        RecordStore.exec(c, "DELETE FROM grading_weight WHERE from_year = ?", fromYear);
        RecordStore.exec(c, "DELETE FROM grading_method WHERE from_year = ?", fromYear);
    }
}
