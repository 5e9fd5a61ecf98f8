package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Workbench;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code charts --out DIR [--format svg]} and {@code deck --out FILE.pptx} on a database with three years of data. */
class ChartsCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path database() {
        Path db = dir.resolve("w.db");
        try (Workbench wb = Workbench.open(db)) {
            TestPlans.enterActuals(wb);
            wb.narratives().setIssuer("阳谷经济开发区管委会经济发展局");
        }
        return db;
    }

    @Test
    void theDeckIsSignedByTheDatabasesIssuerAndDatedByItsData() throws Exception {
        Path db = database();
        Path file = dir.resolve("汇报.pptx");
        assertEquals(0, cli.run("--db", db.toString(), "deck", "--out", file.toString()), cli.err());
        try (XMLSlideShow ppt = new XMLSlideShow(Files.newInputStream(file))) {
            String title = ppt.getSlides().get(0).getShapes().stream().filter(s -> s instanceof XSLFTextShape)
                    .map(s -> ((XSLFTextShape) s).getText()).reduce("", (a, b) -> a + b + "\n");
            assertTrue(title.contains("阳谷经济开发区管委会经济发展局") && title.contains("数据截至2023年"), title);
            assertTrue(ppt.getSlides().get(1).getShapes().stream().anyMatch(s -> s instanceof XSLFTable));
        }
    }

    @Test
    void everySvgScalesToTheBoxItIsPlacedIn() throws Exception {
        Path db = database();
        Path out = dir.resolve("svg");
        assertEquals(0, cli.run("--db", db.toString(), "charts", "--format", "svg", "--out", out.toString()),
                cli.err());
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().matches("\\d{2} 亩均税收 · 远景2035\\.svg")),
                files.toString());
        assertFalse(files.stream().anyMatch(f -> f.getFileName().toString().contains("投资额")), files.toString());
        for (Path f : files) {
            String head = Files.readString(f).substring(0, 600);
            assertTrue(head.matches("(?s).*<svg[^>]*viewBox=['\"]0(\\.0)? 0(\\.0)? 1920(\\.0)? 1080(\\.0)?['\"].*"),
                    f + ": " + head);
            assertTrue(head.matches("(?s).*<svg[^>]*width=['\"]1920(\\.0)?['\"].*"), f.toString());
        }
    }
}
