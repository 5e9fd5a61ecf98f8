package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.PlanVersion;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The plan's adjustment versions and the targets each sets. Writes run inside the caller's transaction. */
public final class VersionRepository {
    private VersionRepository() {
    }

    /** Every stored adjustment, by number. */
    public static List<PlanVersion> all(Connection c) throws SQLException {
        List<PlanVersion> full = new ArrayList<>();
        for (PlanVersion v : RecordStore.query(c, "SELECT * FROM plan_version ORDER BY number", rs -> new PlanVersion(
                rs.getInt("number"), rs.getString("title"),
                Enums.parse(PlanVersion.Status.class, rs.getString("status")), rs.getInt("from_year"),
                rs.getInt("replaces"), rs.getString("reason"), rs.getString("document_number"),
                rs.getString("document_date"), rs.getString("approved_by"), rs.getString("note"),
                List.of(), Enums.parse(PlanVersion.Kind.class, rs.getString("kind")),
                (Integer) rs.getObject("period_end"), List.of(), List.of()))) {
            full.add(v.withTargets(targets(c, v.number())).withBases(bases(c, v.number()))
                    .withCarried(carried(c, v.number())).withThresholds(thresholds(c, v.number()))
                    .withProjects(projects(c, v.number())).withZones(zones(c, v.number())));
        }
        return full;
    }

    private static List<PlanVersion.TargetChange> targets(Connection c, int number) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM plan_version_target WHERE version = ? ORDER BY position", rs -> {
            String cmp = rs.getString("comparator");
            return new PlanVersion.TargetChange(rs.getString("indicator"), rs.getInt("year"), rs.getDouble("value"),
                    cmp == null ? null : Enums.Comparator.ofSymbol(cmp), rs.getString("basis"));
        }, number);
    }

    private static List<PlanVersion.Base> bases(Connection c, int number) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM plan_version_base WHERE version = ? ORDER BY position", rs -> {
            double v = rs.getDouble("value");
            Double value = rs.wasNull() ? null : v;   // read before the next column
            return new PlanVersion.Base(rs.getString("indicator"), value, rs.getInt("by_hand") == 1,
                    rs.getString("note"));
        }, number);
    }

    private static List<PlanVersion.Carried> carried(Connection c, int number) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM plan_version_carried WHERE version = ? ORDER BY position",
                rs -> new PlanVersion.Carried(Enums.parse(EntityKind.class, rs.getString("kind")),
                        rs.getString("code")), number);
    }

    private static List<PlanVersion.ThresholdChange> thresholds(Connection c, int number) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM plan_version_threshold WHERE version = ? ORDER BY position",
                rs -> new PlanVersion.ThresholdChange(rs.getString("threshold"), rs.getDouble("value"),
                        rs.getString("basis")), number);
    }

    private static List<PlanVersion.ProjectChange> projects(Connection c, int number) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM plan_version_project WHERE version = ? ORDER BY position",
                rs -> new PlanVersion.ProjectChange(rs.getString("project"),
                        Enums.parse(PlanVersion.ProjectAction.class, rs.getString("action")), rs.getString("basis")),
                number);
    }

    private static List<PlanVersion.ZoneChange> zones(Connection c, int number) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM plan_version_zone WHERE version = ? ORDER BY position", rs -> {
            double a = rs.getDouble("area_km2");
            Double area = rs.wasNull() ? null : a;   // read before the next column
            return new PlanVersion.ZoneChange(rs.getString("zone"), area, rs.getString("east"), rs.getString("west"),
                    rs.getString("south"), rs.getString("north"), rs.getString("basis"));
        }, number);
    }

    /** Stores (or replaces) a version with its targets. */
    public static void put(Connection c, PlanVersion v) throws SQLException {
        delete(c, v.number());
        RecordStore.exec(c, "INSERT INTO plan_version (number, title, status, from_year, replaces, reason,"
                        + " document_number, document_date, approved_by, note, kind, period_end)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.number(), v.title(), Enums.wire(v.status()), v.fromYear(), v.replaces(), v.reason(),
                v.documentNumber(), v.documentDate(), v.approvedBy(), v.note(), Enums.wire(v.kind()), v.periodEnd());
        int at = 0;
        for (PlanVersion.Base b : v.bases()) {
            RecordStore.exec(c, "INSERT INTO plan_version_base (version, position, indicator, value, by_hand, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", v.number(), at++, b.indicator(), b.value(), b.byHand() ? 1 : 0,
                    b.note());
        }
        at = 0;
        for (PlanVersion.Carried k : v.carried()) {
            RecordStore.exec(c, "INSERT INTO plan_version_carried (version, position, kind, code) VALUES (?, ?, ?, ?)",
                    v.number(), at++, k.kind().wire(), k.code());
        }
        at = 0;
        for (PlanVersion.ThresholdChange t : v.thresholds()) {
            RecordStore.exec(c, "INSERT INTO plan_version_threshold (version, position, threshold, value, basis)"
                    + " VALUES (?, ?, ?, ?, ?)", v.number(), at++, t.threshold(), t.value(), t.basis());
        }
        at = 0;
        for (PlanVersion.ProjectChange p : v.projects()) {
            RecordStore.exec(c, "INSERT INTO plan_version_project (version, position, project, action, basis)"
                    + " VALUES (?, ?, ?, ?, ?)", v.number(), at++, p.project(), Enums.wire(p.action()), p.basis());
        }
        at = 0;
        for (PlanVersion.ZoneChange z : v.zones()) {
            RecordStore.exec(c, "INSERT INTO plan_version_zone (version, position, zone, area_km2, east, west, south,"
                    + " north, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", v.number(), at++, z.zone(), z.areaKm2(),
                    z.east(), z.west(), z.south(), z.north(), z.basis());
        }
        int position = 0;
        for (PlanVersion.TargetChange t : v.targets()) {
            RecordStore.exec(c, "INSERT INTO plan_version_target (version, position, indicator, year, value,"
                            + " comparator, basis) VALUES (?, ?, ?, ?, ?, ?, ?)", v.number(), position++,
                    t.indicator(), t.year(), t.value(), t.comparator() == null ? null : t.comparator().symbol(),
                    t.basis());
        }
    }

    public static void delete(Connection c, int number) throws SQLException {
        for (String table : List.of("plan_version_target", "plan_version_base", "plan_version_carried",
                "plan_version_threshold", "plan_version_project", "plan_version_zone")) {
            RecordStore.exec(c, "DELETE FROM " + table + " WHERE version = ?", number);
        }
        RecordStore.exec(c, "DELETE FROM plan_version WHERE number = ?", number);
    }

    /** Replaces every stored version with {@code versions} (a whole plan imported). */
    public static void replaceAll(Connection c, List<PlanVersion> versions) throws SQLException {
        for (String table : List.of("plan_version_target", "plan_version_base", "plan_version_carried",
                "plan_version_threshold", "plan_version_project", "plan_version_zone", "plan_version")) {
            RecordStore.exec(c, "DELETE FROM " + table);
        }
        for (PlanVersion v : versions) {
            put(c, v);
        }
    }
}
