package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code version threshold} and {@code version project}: a draft's admission standards and key projects. */
class VersionCliTest {
    @TempDir
    Path dir;

    @Test
    void aDraftChangesAStandardAndDropsAProjectThenTheCheckOfItsYearFollows() {
        String db;
        try (Workbench wb = TestPlans.seeded(dir)) {
            db = wb.databasePath().toString();
        }
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("--db", db, "version", "draft", "--title", "2024年规划调整", "--from-year", "2024"));
        assertEquals(0, cli.run("--db", db, "version", "threshold", "--number", "2", "--rule", "投资强度",
                "--value", "320", "--basis", "亩均效益提升"));
        assertTrue(cli.out().contains("入园门槛“投资强度”自2024年起 >320 万元/亩（原 >280 万元/亩）"), cli.out());
        assertEquals(0, cli.run("--db", db, "version", "project", "--number", "2", "--project", "迈舒传动高档软轴项目",
                "--drop"));
        assertTrue(cli.out().contains("调出重点项目“迈舒传动高档软轴项目”"), cli.out());
        assertEquals(2, cli.run("--db", db, "version", "project", "--number", "2", "--project", "无此项目", "--add"));
        assertEquals("没有代码或名称为“无此项目”的重点项目\n", cli.err());
        assertEquals(2, cli.run("--db", db, "version", "project", "--number", "2", "--project", "P02"));
        assertTrue(cli.err().contains("--add"), cli.err());
        assertEquals(2, cli.run("--db", db, "version", "threshold", "--number", "2", "--rule", "无此门槛",
                "--value", "1"));
        assertEquals("没有代码或名称为“无此门槛”的入园门槛\n", cli.err());

        String[] check = {"--db", db, "check-admission", "--land-mu", "10", "--investment-wan", "3000", "--tax-wan",
            "300", "--site-m2", "6667", "--floor-m2", "5000", "--footprint-m2", "2000", "--year", "2024"};
        assertEquals(0, cli.run(check), "a draft changes no standard: " + cli.out());
        assertEquals(0, cli.run("--db", db, "version", "approve", "--number", "2", "--reason", "调整入园门槛",
                "--document", "阳政字〔2024〕8号"));
        assertEquals(3, cli.run(check), "300 万元/亩 misses the 320 of 2024: " + cli.out());
        check[check.length - 1] = "2023";
        assertEquals(0, cli.run(check), "and passes the 280 of 2023");
    }

    @Test
    void theSuccessorCarriesOverExactlyTheRecordsNamed() {
        String db;
        cn.yanggu.workbench.domain.Plan plan;
        try (Workbench wb = TestPlans.seeded(dir)) {
            db = wb.databasePath().toString();
            plan = wb.editor().plan();
        }
        String zone = plan.zones().get(0).code();
        String project = plan.projects().get(plan.projects().size() - 1).code();
        String chain = plan.chains().get(0).code();
        CliRun cli = new CliRun();
        // a record the plan does not hold: refused naming it, nothing written
        assertEquals(1, cli.run("--db", db, "version", "successor", "--carry", "zone:" + zone + ",project:无此项目"));
        assertEquals("项目 (无此项目)：引用的“无此项目”不存在\n", cli.err());
        assertEquals(2, cli.run("--db", db, "version", "successor", "--carry", "园区:" + zone));
        assertTrue(cli.err().contains("zone:编号"), cli.err());
        try (Workbench wb = Workbench.open(Path.of(db))) {
            assertTrue(wb.editor().plan().versions().stream().noneMatch(v -> v.successor()), "nothing written");
        }
        // one zone, one project and every chain (a whole kind beside single records)
        assertEquals(0, cli.run("--db", db, "version", "successor", "--carry",
                "project:" + project + ",zone:" + zone + ",chains"), cli.err());
        try (Workbench wb = Workbench.open(Path.of(db))) {
            cn.yanggu.workbench.domain.PlanVersion next = wb.editor().plan().versions().stream()
                    .filter(v -> v.successor()).findFirst().orElseThrow();
            java.util.List<cn.yanggu.workbench.domain.PlanVersion.Carried> want = new java.util.ArrayList<>();
            want.add(new cn.yanggu.workbench.domain.PlanVersion.Carried(cn.yanggu.workbench.domain.EntityKind.ZONE,
                    zone));
            plan.chains().forEach(c -> want.add(new cn.yanggu.workbench.domain.PlanVersion.Carried(
                    cn.yanggu.workbench.domain.EntityKind.CHAIN, c.code())));
            want.add(new cn.yanggu.workbench.domain.PlanVersion.Carried(cn.yanggu.workbench.domain.EntityKind.PROJECT,
                    project));
            assertEquals(want, next.carried(), "exactly what was named, in the plan's order");
            assertTrue(want.stream().anyMatch(c -> c.code().equals(chain)));
        }
    }

    @Test
    void aTownshipOfficesDatabaseRefusesToDraftApproveOrMakeASuccessor() {
        String db;
        try (Workbench wb = TestPlans.seeded(dir)) {
            db = wb.databasePath().toString();
        }
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("--db", db, "version", "draft", "--title", "2024年规划调整", "--from-year", "2024"));
        try (Workbench wb = Workbench.open(Path.of(db))) {
            wb.exchange().setOriginName("十五里园镇");
        }
        String why = "规划版本由管委会制定并批准，随管委会的交换包下发；乡镇（本机名称“十五里园镇”）不能新建或批准版本。\n";
        assertEquals(1, cli.run("--db", db, "version", "draft", "--title", "又一个", "--from-year", "2024"));
        assertEquals(why, cli.err());
        assertEquals(1, cli.run("--db", db, "version", "approve", "--number", "2", "--reason", "理由",
                "--document", "阳政字〔2024〕8号"));
        assertEquals(why, cli.err());
        assertEquals(1, cli.run("--db", db, "version", "successor"));
        assertEquals(why, cli.err());
        try (Workbench wb = Workbench.open(Path.of(db))) {
            assertEquals(1, wb.editor().plan().versions().size(), "nothing written");
            assertTrue(!wb.editor().plan().versions().get(0).approved());
        }
    }

    @Test
    void aDraftChangesAZoneByNameAndBadInputIsRefusedNamingTheZone() {
        String db;
        cn.yanggu.workbench.domain.Zone zone;
        try (Workbench wb = TestPlans.seeded(dir)) {
            db = wb.databasePath().toString();
            zone = wb.editor().plan().zones().stream().filter(z -> z.areaKm2() != null).findFirst().orElseThrow();
        }
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("--db", db, "version", "draft", "--title", "2024年扩区", "--from-year", "2024"));
        assertEquals(0, cli.run("--db", db, "version", "zone", "--number", "2", "--zone", zone.name(),
                "--area", "20", "--north", "金堤河", "--basis", "省政府批复扩区"));
        assertTrue(cli.out().contains("园区“" + zone.name() + "”自2024年起 面积 20 km²（原 "), cli.out());
        assertTrue(cli.out().contains("北至金堤河（依据：省政府批复扩区）"), cli.out());
        assertEquals(1, cli.run("--db", db, "version", "zone", "--number", "2", "--zone", "无此园区", "--area", "3"));
        assertTrue(cli.err().contains("（无此园区） · 园区：引用的“无此园区”不存在"), cli.err());
        assertEquals(1, cli.run("--db", db, "version", "zone", "--number", "2", "--zone", zone.code(),
                "--area=-3"));
        assertTrue(cli.err().contains("（" + zone.name() + "） · 面积（km²）："), cli.err());
        assertEquals(2, cli.run("--db", db, "version", "zone", "--number", "2", "--zone", zone.code(),
                "--area", "很大"));
        assertEquals("“很大”不是园区“" + zone.code() + "”的面积（平方公里）\n", cli.err());
        assertEquals(2, cli.run("--db", db, "version", "zone", "--number", "2", "--zone", zone.code()));
        assertTrue(cli.err().contains("--remove"), cli.err());
        assertEquals(0, cli.run("--db", db, "version", "list"));
        assertTrue(cli.out().contains("面积 20 km²"), "the refusals wrote nothing: " + cli.out());
    }
}
