package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static cn.yanggu.workbench.app.exchange.Packages.indicator;
import static cn.yanggu.workbench.app.exchange.Packages.project;
import static cn.yanggu.workbench.app.exchange.Packages.setActual;
import static cn.yanggu.workbench.app.exchange.Packages.setProject;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exchange packages work unchanged between a township's SQLite file and the bureau's server database (issue 16):
 * the office's package imports into the server, and the bureau's package from the server into the office's file.
 * Skipped without the test server (YANGGU_TEST_PG).
 */
class ServerPackagesTest {
    @TempDir
    Path dir;

    @Test
    void aPackageGoesFromATownshipFileToTheServerAndBack() throws Exception {
        ServerAddress server = TestEngines.seededServerDatabase(dir);
        Path officeFile = dir.resolve("office.db");
        Path officeKeys = dir.resolve("office-keys");
        Path up = dir.resolve("office.ygpkg");
        try (Workbench office = Workbench.open(officeFile, officeKeys)) {
            office.exchange().setOriginName("十五里园镇");
            setProject(office, "P01", "investmentWan", 5000.0);
            setActual(office, "T01", 2024, 6.1);
            office.exchange().export(up, Selection.all(), "test");
        }

        Path down = dir.resolve("bureau.ygpkg");
        try (Workbench bureau = TestEngines.open(server, dir.resolve("bureau"))) {
            Packages.register(bureau, up);
            Exchange.Preview p = bureau.exchange().preview(up);
            assertEquals("十五里园镇", p.manifest().originName());
            Exchange.Result r = bureau.exchange().apply(p, Map.of(), () -> { });
            assertEquals(2, r.records(), "P01 and T01 came from the office");

            bureau.exchange().setOriginName("阳谷县发改局");
            setProject(bureau, "P02", "stage", Enums.ProjectStage.STARTED);
            bureau.exchange().export(down, Selection.all(), "test");
        }
        try (Workbench bureau = TestEngines.open(server, dir.resolve("bureau"))) {
            assertEquals(5000.0, project(bureau, "P01").investmentWan(), "the office's change is on the server");
            assertEquals(6.1, indicator(bureau, "T01").value(Enums.ValueKind.ACTUAL, 2024).orElseThrow().value());
        }

        try (Workbench office = Workbench.open(officeFile, officeKeys)) {
            Packages.register(office, down);
            Exchange.Preview p = office.exchange().preview(down);
            assertEquals("阳谷县发改局", p.manifest().originName());
            office.exchange().apply(p, Map.of(), () -> { });
        }
        try (Workbench office = Workbench.open(officeFile, officeKeys)) {
            assertEquals(Enums.ProjectStage.STARTED, project(office, "P02").stage(), "the bureau's change is in the file");
            assertEquals(5000.0, project(office, "P01").investmentWan(), "the office's own change kept");
        }
    }
}
