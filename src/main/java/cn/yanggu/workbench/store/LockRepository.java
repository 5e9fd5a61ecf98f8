package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.YearLock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Locked (定稿) reporting years. */
public final class LockRepository {
    private LockRepository() {
    }

    public static List<YearLock> all(Connection c) throws SQLException {
        List<YearLock> out = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM year_lock ORDER BY year")) {
            while (rs.next()) {
                out.add(new YearLock(rs.getInt("year"), rs.getString("reason"), rs.getString("locked_at"),
                        rs.getString("locked_by")));
            }
        }
        return out;
    }

    public static void lock(Connection c, YearLock lock) throws SQLException {
        RecordStore.exec(c, "INSERT INTO year_lock (year, reason, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                lock.year(), lock.reason(), lock.lockedAt(), lock.lockedBy());
    }

    public static void unlock(Connection c, int year) throws SQLException {
        RecordStore.exec(c, "DELETE FROM year_lock WHERE year = ?", year);
    }
}
