package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chain-map --chain NAME|CODE --out FILE} and {@code chain-map --all --out DIR}. */
class ChainMapCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path database() {
        Path db = dir.resolve("w.db");
        Workbench.open(db).close();
        return db;
    }

    @Test
    void oneChainByItsNameOrCodeAsPngOrSvg() throws Exception {
        Path db = database();
        Path png = dir.resolve("铜.png");
        assertEquals(0, cli.run("--db", db.toString(), "chain-map", "--chain", "铜及铜精深加工", "--out",
                png.toString()), cli.err());
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1920, img.getWidth());
        Path svg = dir.resolve("光电.svg");
        assertEquals(0, cli.run("--db", db.toString(), "chain-map", "--chain", "optoelectronics", "--state", "target",
                "--out", svg.toString(), "--width", "1280", "--height", "720"), cli.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("width='1280.0' height='720.0'") && text.contains("viewBox"), text.substring(0, 200));
    }

    @Test
    void allChainsIntoAFolderNamedByTheirChineseNames() throws Exception {
        Path db = database();
        Path out = dir.resolve("图谱");
        assertEquals(0, cli.run("--db", db.toString(), "chain-map", "--all", "--out", out.toString()), cli.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("光电信息.png", "新材料.png", "绿色食品.png", "轻纺及汽车饰品.png", "铜及铜精深加工.png",
                    "高端化工.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnknownChainOrBothOptionsAreUsageErrorsNamingWhatExists() {
        Path db = database();
        assertEquals(2, cli.run("--db", db.toString(), "chain-map", "--chain", "钢铁", "--out",
                dir.resolve("x.png").toString()));
        assertTrue(cli.err().contains("钢铁") && cli.err().contains("铜及铜精深加工 (copper)"), cli.err());
        assertEquals(2, cli.run("--db", db.toString(), "chain-map", "--out", dir.resolve("x.png").toString()));
        assertEquals(2, cli.run("--db", db.toString(), "chain-map", "--chain", "copper", "--state", "later",
                "--out", dir.resolve("x.png").toString()));
    }
}
