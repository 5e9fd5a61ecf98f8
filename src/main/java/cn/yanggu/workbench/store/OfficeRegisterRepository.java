package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.OfficeRegistration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The register of offices whose packages this database accepts (table {@code office_register}, V8). */
public final class OfficeRegisterRepository {
    private OfficeRegisterRepository() {
    }

    /** Every registered office, by name. */
    public static List<OfficeRegistration> all(Connection c) throws SQLException {
        return RecordStore.query(c, "SELECT * FROM office_register ORDER BY office", rs -> new OfficeRegistration(
                rs.getString("office"), rs.getString("public_key"), rs.getString("fingerprint"),
                rs.getString("registered_at"), rs.getString("registered_by"), rs.getString("replace_reason"),
                rs.getString("last_package_at")));
    }

    /** Registers an office or replaces its row (a new key). */
    public static void put(Connection c, OfficeRegistration r) throws SQLException {
        RecordStore.exec(c, "INSERT INTO office_register (office, public_key, fingerprint, registered_at,"
                        + " registered_by, replace_reason, last_package_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (office) DO UPDATE SET public_key = excluded.public_key,"
                        + " fingerprint = excluded.fingerprint, registered_at = excluded.registered_at,"
                        + " registered_by = excluded.registered_by, replace_reason = excluded.replace_reason,"
                        + " last_package_at = excluded.last_package_at",
                r.office(), r.publicKey(), r.fingerprint(), r.registeredAt(), r.registeredBy(), r.replaceReason(),
                r.lastPackageAt());
    }

    public static void remove(Connection c, String office) throws SQLException {
        RecordStore.exec(c, "DELETE FROM office_register WHERE office = ?", office);
    }

    /** Notes the time of the newest package applied from {@code office}. */
    public static void lastPackage(Connection c, String office, String createdAt) throws SQLException {
        RecordStore.exec(c, "UPDATE office_register SET last_package_at = ? WHERE office = ?"
                + " AND (last_package_at IS NULL OR last_package_at < ?)", createdAt, office, createdAt);
    }
}
