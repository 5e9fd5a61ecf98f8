package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.Zone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A version changes a zone (园区): its area and 四至 from the version's year once approved, nothing while a draft; the
 * plan's own zone untouched; the change log, the database and the JSON file keep it; bad input refused by name.
 */
class VersionZonesTest {
    private static final I18n T = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workbench wb;
    private Versions versions;
    private Zone zone;

    @BeforeEach
    void open() {
        wb = TestPlans.seeded(dir);
        versions = new Versions(wb.editor(), T);
        zone = wb.editor().plan().zones().stream().filter(z -> z.areaKm2() != null).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private PlanVersion draft() {
        PlanVersion v = versions.createDraft("2024年扩区", 2024, List.of(), null);
        return versions.setZone(v.number(), zone.code(), zone.areaKm2() + 2.5,
                new String[] {"新东环路", null, null, null}, "省政府批复扩区");
    }

    private Zone inForce(Plan plan, int year) {
        return plan.zonesInForce(year).stream().filter(z -> z.code().equals(zone.code())).findFirst().orElseThrow();
    }

    @Test
    void aDraftChangesNothingAndAnApprovedVersionChangesTheZoneFromItsYear() {
        PlanVersion v = draft();
        Plan drafted = wb.editor().plan();
        assertEquals(drafted.zones(), drafted.zonesInForce(2025), "a draft changes no zone");
        assertEquals(drafted.info().zoneTotalKm2(), drafted.zoneTotalInForce(2025), "nor the total area");

        versions.approve(v.number(), "扩区", "鲁政字〔2024〕3号", "2024-02-01", "山东省人民政府");
        Plan plan = wb.editor().plan();
        assertEquals(zone, inForce(plan, 2023), "earlier years keep the zone as issued");
        Zone now = inForce(plan, 2024);
        assertEquals(zone.areaKm2() + 2.5, now.areaKm2(), 1e-9);
        assertEquals("新东环路", now.east());
        assertEquals(zone.west(), now.west(), "a side not given is kept");
        assertTrue(now.source().endsWith("调整版本2（鲁政字〔2024〕3号）"), now.source());
        assertEquals(plan.info().zoneTotalKm2() + 2.5, plan.zoneTotalInForce(2024), 1e-9);
        assertEquals(plan.info().zoneTotalKm2(), plan.zoneTotalInForce(2023));
        assertEquals(zone, plan.zones().stream().filter(z -> z.code().equals(zone.code())).findFirst().orElseThrow(),
                "the zone as issued is untouched");
    }

    @Test
    void theChangeLogTheDatabaseAndTheJsonFileKeepTheZoneChange() throws Exception {
        PlanVersion v = draft();
        String logged = wb.editor().audit().stream().map(e -> e.newValue()).filter(x -> x != null
                && x.contains("园区“")).findFirst().orElse("");
        assertTrue(logged.contains("园区“" + zone.name() + "”自2024年起 面积 "), logged);
        assertTrue(logged.contains("东至新东环路（依据：省政府批复扩区）"), logged);
        PlanVersion approved = versions.approve(v.number(), "扩区", "鲁政字〔2024〕3号", null, null);
        Path json = dir.resolve("plan.json");
        wb.exportJson(json, "test");
        wb.close();
        wb = TestPlans.seeded(dir);
        assertEquals(List.of(approved), wb.editor().plan().versions(), "reopened");
        try (Workbench other = TestPlans.seeded(dir.resolve("other"))) {
            other.importJson(json);
            assertEquals(List.of(approved), other.editor().plan().versions(), "through the JSON file");
        }
    }

    @Test
    void theXlsxSheetOfVersionsListsTheZoneStandardAndProjectChangesBesideTheTargets() throws Exception {
        PlanVersion v = draft();
        var rule = wb.editor().plan().thresholds().get(0);
        versions.setThreshold(v.number(), rule.code(), 320.0, "会议纪要");
        var project = wb.editor().plan().projects().get(0);
        versions.setProject(v.number(), project.code(), PlanVersion.ProjectAction.DROP, "已停建");
        versions.approve(v.number(), "扩区", "鲁政字〔2024〕3号", null, null);
        Path xlsx = dir.resolve("规划数据.xlsx");
        wb.xlsx().export(xlsx, T, "test", java.time.ZoneId.of("Asia/Shanghai"));
        List<String> lines = new java.util.ArrayList<>();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            for (var row : book.getSheet("规划版本")) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                lines.add(String.join("|", cells));
            }
        }
        String all = String.join("\n", lines);
        assertTrue(all.contains("园区面积 · " + zone.name()), all);
        assertTrue(all.contains("园区“" + zone.name() + "”自2024年起 面积"), all);
        assertTrue(all.contains("入园门槛：" + rule.name()) && all.contains("入园门槛“" + rule.name() + "”自2024年起"), all);
        assertTrue(all.contains("重点项目：" + project.name()) && all.contains("调出重点项目“" + project.name() + "”"), all);
        assertTrue(all.contains("已停建") && all.contains("鲁政字〔2024〕3号"), all);
    }

    @Test
    void anUnknownZoneOrANegativeAreaIsRefusedNamingTheZoneAndNothingIsWritten() {
        PlanVersion v = versions.createDraft("2024年扩区", 2024, List.of(), null);
        EditRejected r = assertThrows(EditRejected.class, () -> versions.setZone(v.number(), "no-such-zone", 3.0,
                null, null));
        assertEquals("版本2 2024年扩区 · 第1项园区调整（no-such-zone） · 园区：引用的“no-such-zone”不存在",
                versions.text().refused(wb.editor().plan(), v.withZones(List.of(new PlanVersion.ZoneChange(
                        "no-such-zone", 3.0, null, null, null, null, null))), r));
        EditRejected negative = assertThrows(EditRejected.class, () -> versions.setZone(v.number(), zone.code(), -1.0,
                null, null));
        String message = versions.text().refused(wb.editor().plan(), v.withZones(List.of(new PlanVersion.ZoneChange(
                zone.code(), -1.0, null, null, null, null, null))), negative);
        assertTrue(message.contains("（" + zone.name() + "） · 面积（km²）："), message);
        assertEquals(List.of(), versions.find(v.number()).orElseThrow().zones(), "nothing written");
    }

    @Test
    void theZonesChartOfAYearShowsTheZonesInForceThen() {
        PlanVersion v = draft();
        versions.approve(v.number(), "扩区", "鲁政字〔2024〕3号", null, null);
        cn.yanggu.workbench.app.charts.Charts charts = new cn.yanggu.workbench.app.charts.Charts(T,
                cn.yanggu.workbench.app.charts.ChartFonts.load(), cn.yanggu.workbench.domain.Assessment.DEFAULT_TOLERANCE);
        Plan plan = wb.editor().plan();
        String total = cn.yanggu.workbench.domain.Figures.format(plan.zoneTotalInForce(2024), 2);
        String in2024 = charts.zones(plan, 2024).statusLine();
        assertTrue(in2024.contains(total + " km²（2024年现行，按已批准的调整版本）"), in2024);
        org.jfree.data.category.CategoryDataset data = ((org.jfree.chart.plot.CategoryPlot) charts.zones(plan, 2024)
                .chart().getPlot()).getDataset();
        assertEquals(zone.areaKm2() + 2.5, data.getValue(0, data.getColumnIndex(zone.name())).doubleValue(), 1e-9);
        String in2023 = charts.zones(plan, 2023).statusLine();
        assertTrue(in2023.contains("（规划所述）"), in2023);
    }
}
