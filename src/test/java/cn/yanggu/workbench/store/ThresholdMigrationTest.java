package cn.yanggu.workbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database made before thresholds had versions keeps its thresholds as first versions. */
class ThresholdMigrationTest {
    @TempDir
    Path dir;

    private static String script(String name) throws Exception {
        try (InputStream in = Database.class.getResourceAsStream("/cn/yanggu/workbench/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void existingThresholdsBecomeTheirFirstVersionsWithTheInferenceNoted() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            int v = 0;
            for (String name : Database.MIGRATIONS) {
                if (name.startsWith("V5")) {
                    break;
                }
                for (String sql : Database.splitSql(script(name))) {
                    s.execute(sql);
                }
                v++;
            }
            s.execute("PRAGMA user_version = " + v);
            s.execute("INSERT INTO plan_info (id, title, base_year, period_start, period_end, vision_year)"
                    + " VALUES (1, 'p', 2020, 2021, 2025, 2035)");
            s.execute("INSERT INTO threshold (code, position, name, unit, comparator, value, applies_from, text,"
                    + " source) VALUES ('investment-intensity', 0, '投资强度', '万元/亩', '>', 280, NULL, 't', 'src'),"
                    + " ('plot-ratio', 1, '容积率', NULL, '>=', 1.0, 2025, 't', 'src')");
            s.execute("INSERT INTO plan_note (entity, code, field, text, source) VALUES ('threshold', 'plot-ratio',"
                    + " 'appliesFrom', '“到2025年”记为 appliesFrom 2025。', 'src')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Database.SCHEMA_VERSION, db.schemaVersion());
            List<String> versions = db.read(c -> rows(c, "SELECT threshold_code || ' ' || from_year || ' '"
                    + " || value || ' ' || source || ' ' || coalesce(note, '-') FROM threshold_version"
                    + " ORDER BY threshold_code"));
            assertEquals("investment-intensity 2021 280.0 src 规划未写明执行起始年份，按规划期起始年 2021 年记录（推定）。",
                    versions.get(0));
            assertEquals("plot-ratio 2025 1.0 src -", versions.get(1));
            List<String> notes = db.read(c -> rows(c, "SELECT code || ' ' || field || ' ' || text FROM plan_note"
                    + " ORDER BY id"));
            assertEquals("plot-ratio versions “到2025年”记为从 2025 年起执行的第一个版本（fromYear 2025）。", notes.get(0));
            assertTrue(notes.get(1).startsWith("investment-intensity versions 原文未写明执行起始年份"), notes.toString());
            var plan = PlanRepository.loadAll(db.read(c -> c));
            assertEquals(280.0, plan.thresholds().get(0).versions().get(0).value());
        }
    }

    private static List<String> rows(Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
