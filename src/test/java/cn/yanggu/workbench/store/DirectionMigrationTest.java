package cn.yanggu.workbench.store;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database of schema 6 (before direction-only requirements) is brought to 7: the indicator table is rebuilt with
 * its yearly values kept, the six direction-only indicators get their kind and the proposed units with a note, and
 * 研究生学历以上人才数 becomes its own indicator.
 */
class DirectionMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aSchema6DatabaseKeepsEveryValueAndGainsTheDirectionRequirements() throws Exception {
        Path db;
        int values;
        try (Workbench wb = TestPlans.withActuals(dir)) {
            db = wb.databasePath();
            values = wb.loadPlan().indicators().stream().filter(i -> !i.code().equals("G28"))
                    .mapToInt(i -> i.values().size()).sum() + 1;
        }
        // back to what a schema-6 database holds
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE indicator SET growth_kind = 'none', unit = NULL WHERE code IN ('G04', 'G05', 'G06',"
                    + " 'G07', 'G08', 'G09')");
            s.execute("DELETE FROM plan_note WHERE entity = 'indicator' AND field = 'unit' AND code LIKE 'G0%'");
            s.execute("DELETE FROM indicator_value WHERE indicator_code = 'G28'");
            s.execute("DELETE FROM indicator WHERE code = 'G28'");
            // tables of later migrations (V8–V11) are not in a schema-6 database either
            for (String table : java.util.List.of("office_register", "lead_stage_date", "lead", "chain_node_member",
                    "chain_node_project", "chain_node", "chain_map_seeded", "plan_version_threshold", "plan_version_zone",
                    "plan_version_project", "plan_version_target", "plan_version_base", "plan_version_carried",
                    "plan_version", "record_version")) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            s.execute("PRAGMA user_version = 6");
        }
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(Database.SCHEMA_VERSION, wb.schemaVersion());
            Plan plan = wb.loadPlan();
            Indicator energy = TestPlans.indicator(plan, "单位增加值能耗");
            assertEquals(Enums.GrowthKind.DIRECTION, energy.growthKind());
            assertEquals("吨标准煤/万元", energy.unit());
            assertEquals(4, energy.values().size(), "2020–2023 actuals kept through the table rebuild");
            assertEquals("吨", TestPlans.indicator(plan, "氮氧化物排放量").unit());
            assertTrue(plan.notesFor("indicator", "G04").stream().anyMatch(n -> n.text().contains("待管委会确认")));
            Indicator talent = TestPlans.indicator(plan, "研究生学历以上人才数");
            assertEquals(300.0, talent.target(2025).orElseThrow().value());
            assertEquals(Enums.Comparator.GT, talent.target(2025).orElseThrow().comparator());
            assertEquals(values, plan.indicators().stream().mapToInt(i -> i.values().size()).sum(),
                    "no yearly value lost");
            assertEquals(1, plan.notesFor("indicator", "G04").stream()
                    .filter(n -> n.text().contains("待管委会确认")).count());
        }
    }
}
