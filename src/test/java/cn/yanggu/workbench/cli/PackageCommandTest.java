package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code package export}, {@code package import --dry-run} and {@code package import --theirs|--mine}. */
class PackageCommandTest {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private static void setInvestment(Path db, String code, double value) {
        try (Workbench wb = Workbench.open(db)) {
            Project p = wb.editor().plan().projects().stream().filter(x -> x.code().equals(code)).findFirst()
                    .orElseThrow();
            wb.editor().apply(Edit.of("t", Change.update(p, Records.with(p, "investmentWan", value))));
        }
    }

    private static Double investment(Path db, String code) {
        try (Workbench wb = Workbench.open(db)) {
            return wb.loadPlan().projects().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow()
                    .investmentWan();
        }
    }

    private static Plan plan(Path db) {
        try (Workbench wb = Workbench.open(db)) {
            return wb.loadPlan();
        }
    }

    /** The office changed P01 and P03, the bureau changed P03 too: one change, one conflict. */
    private Path exported(Path office, Path bureau) {
        setInvestment(office, "P01", 5000);
        setInvestment(office, "P03", 100);
        setInvestment(bureau, "P03", 200);
        Path pkg = dir.resolve("office.ygpkg");
        assertEquals(0, run("--db", office.toString(), "package", "export", "--out", pkg.toString(),
                "--origin", "十五里园镇", "--years", "2021-2025"), cli.err());
        assertTrue(cli.out().contains("十五里园镇"), cli.out());
        return pkg;
    }

    @Test
    void dryRunListsChangesAndConflictsFieldByFieldAndWritesNothing() {
        Path office = dir.resolve("office.db");
        Path bureau = dir.resolve("bureau.db");
        Path pkg = exported(office, bureau);
        Plan before = plan(bureau);
        // an office not registered yet: refused, with its fingerprint and the option that registers it
        assertEquals(1, run("--db", bureau.toString(), "package", "import", "--in", pkg.toString(), "--dry-run"));
        assertTrue(cli.err().contains("尚未登记的单位“十五里园镇”") && cli.err().contains("--register-office"),
                cli.err());
        assertEquals(0, run("--db", bureau.toString(), "package", "import", "--in", pkg.toString(), "--dry-run",
                "--register-office"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("单位“十五里园镇”尚未登记，密钥指纹 ") && text.contains("未登记）"), text);
        assertTrue(text.contains("来件：十五里园镇"), text);
        assertTrue(text.contains("修改  项目 P01") && text.contains("基准 — ｜ 本地 — ｜ 来件 5000"), text);
        assertTrue(text.contains("冲突  项目 P03") && text.contains("基准 — ｜ 本地 200 ｜ 来件 100"), text);
        assertTrue(text.contains("冲突 1 处"), text);
        assertEquals(before, plan(bureau));
    }

    @Test
    void importWithConflictsNeedsADecision() {
        Path office = dir.resolve("office.db");
        Path bureau = dir.resolve("bureau.db");
        Path pkg = exported(office, bureau);
        Plan before = plan(bureau);
        assertEquals(1, run("--db", bureau.toString(), "package", "import", "--in", pkg.toString(),
                "--register-office"));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains("--theirs") && cli.err().contains("--mine"), cli.err());
        // refused before anything was written: the office is not registered either
        try (Workbench wb = Workbench.open(bureau)) {
            assertTrue(wb.exchange().register().isEmpty());
        }
        assertEquals(before, plan(bureau));
        assertEquals(2, run("--db", bureau.toString(), "package", "import", "--in", pkg.toString(), "--theirs",
                "--mine"));
    }

    @Test
    void theirsTakesThePackagesValueAndMineKeepsOurs() {
        Path office = dir.resolve("office.db");
        Path bureau = dir.resolve("bureau.db");
        Path pkg = exported(office, bureau);
        Path copy = dir.resolve("bureau-copy.db");
        try (Workbench wb = Workbench.open(copy)) {
            wb.editor().refresh();
        }
        setInvestment(copy, "P03", 200);
        assertEquals(0, run("--db", bureau.toString(), "package", "import", "--in", pkg.toString(), "--theirs",
                "--register-office"), cli.err());
        assertTrue(cli.out().contains("采用来件 1 处"), cli.out());
        assertTrue(cli.out().contains("已登记单位“十五里园镇”，密钥指纹 "), cli.out());
        assertEquals(100.0, investment(bureau, "P03"));
        assertEquals(5000.0, investment(bureau, "P01"));
        assertEquals(0, run("--db", copy.toString(), "package", "import", "--in", pkg.toString(), "--mine",
                "--register-office"), cli.err());
        assertEquals(200.0, investment(copy, "P03"));
        assertEquals(5000.0, investment(copy, "P01"));
    }

    @Test
    void aDamagedPackageIsRefusedInOneLineAndChangesNothing() throws Exception {
        Path office = dir.resolve("office.db");
        Path bureau = dir.resolve("bureau.db");
        byte[] all = Files.readAllBytes(exported(office, bureau));
        Path cut = dir.resolve("cut.ygpkg");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        Plan before = plan(bureau);
        assertEquals(1, run("--db", bureau.toString(), "package", "import", "--in", cut.toString(), "--theirs"));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains("cut.ygpkg") && cli.err().contains("数据库未作任何改动"),
                cli.err());
        assertEquals(before, plan(bureau));
        assertEquals(1, run("--db", bureau.toString(), "package", "import", "--in",
                dir.resolve("missing.ygpkg").toString(), "--dry-run"));
        assertTrue(cli.err().contains("无法读取交换包 missing.ygpkg"), cli.err());
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Path db = dir.resolve("w.db");
        Path pkg = dir.resolve("p.ygpkg");
        assertEquals(2, run("--db", db.toString(), "package", "export", "--out", pkg.toString(), "--years", "2025-2021"));
        assertTrue(cli.err().contains("2025-2021"), cli.err());
        assertEquals(2, run("--db", db.toString(), "package", "export", "--out", pkg.toString(), "--zone", "火星"));
        assertTrue(cli.err().contains("东部工业集中区"), cli.err());
        assertEquals(2, run("--db", db.toString(), "package", "export", "--out", pkg.toString(), "--kinds", "money"));
        // no 本机名称 stored and none given: refused, never signed by the OS user
        assertEquals(2, run("--db", db.toString(), "package", "export", "--out", pkg.toString()));
        assertTrue(cli.err().contains("本机名称尚未设置") && cli.err().contains("--office"), cli.err());
        assertFalse(Files.exists(pkg));
        assertEquals(0, run("--db", db.toString(), "package", "export", "--out", pkg.toString(), "--zone", "东部",
                "--kinds", "projects,enterprises", "--office", "十五里园镇"), cli.err());
        assertTrue(Files.isRegularFile(pkg));
        assertTrue(cli.out().contains("十五里园镇"), cli.out());
        // remembered: the next export needs no --office
        Files.delete(pkg);
        assertEquals(0, run("--db", db.toString(), "package", "export", "--out", pkg.toString()), cli.err());
        assertTrue(cli.out().contains("十五里园镇"), cli.out());
        assertEquals(2, run("--db", db.toString(), "package"));
    }

    /**
     * Both sides on the command line: the office reads its fingerprint with {@code package key --show}, the bureau
     * registers it by that fingerprint with {@code --register-office} and applies the honest package; a forged copy
     * and a stranger's package naming the office are refused with nothing changed.
     */
    @Test
    void theBureauRegistersTheOfficeByItsFingerprintAndRefusesForgeries() throws Exception {
        Path office = dir.resolve("office.db");
        Path bureau = dir.resolve("bureau.db");
        Path pkg = exported(office, bureau);
        assertEquals(0, run("--db", office.toString(), "package", "key", "--show"), cli.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("本机密钥指纹：(\\d{4}( \\d{4}){7})")
                .matcher(cli.out());
        assertTrue(m.find(), cli.out());
        String fingerprint = m.group(1);
        assertTrue(cli.out().contains("私钥文件："), cli.out());

        // a stranger's PC calling itself 十五里园镇, prepared before the office is registered
        Path stranger = dir.resolve("stranger.db");
        Path forgedByStranger = dir.resolve("stranger.ygpkg");
        assertEquals(0, run("--db", stranger.toString(), "package", "export", "--out", forgedByStranger.toString(),
                "--office", "十五里园镇"), cli.err());

        assertEquals(0, run("--db", bureau.toString(), "package", "import", "--in", pkg.toString(), "--theirs",
                "--register-office"), cli.err());
        assertTrue(cli.out().contains("已登记单位“十五里园镇”，密钥指纹 " + fingerprint), cli.out());
        assertEquals(100.0, investment(bureau, "P03"));

        // the forged copy: content changed, checksum recomputed
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(pkg))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        byte[] content = new String(parts.get("content.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"investmentWan\" : 100", "\"investmentWan\" : 999").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8);
        String manifest = new String(parts.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(cn.yanggu.workbench.app.exchange.PackageFile.sha256(parts.get("content.json")),
                        cn.yanggu.workbench.app.exchange.PackageFile.sha256(content));
        Path forged = dir.resolve("forged.ygpkg");
        Files.write(forged, cn.yanggu.workbench.app.exchange.PackageFile.zip(manifest.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), content, parts.get("base.json"), parts.get("signature.json")));
        byte[] before = Files.readAllBytes(bureau);
        assertEquals(1, run("--db", bureau.toString(), "package", "import", "--in", forged.toString(), "--theirs"));
        assertTrue(cli.err().contains("在签名之后被改动"), cli.err());
        assertEquals(1, run("--db", bureau.toString(), "package", "import", "--in", forgedByStranger.toString(),
                "--theirs", "--register-office"));
        assertTrue(cli.err().contains("签名密钥与登记的不同"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(bureau), "nothing changed");
        assertEquals(100.0, investment(bureau, "P03"));

        // the office has a new PC: its key replaced with a reason
        assertEquals(0, run("--db", bureau.toString(), "package", "import", "--in", forgedByStranger.toString(),
                "--theirs", "--replace-key", "更换电脑"), cli.err());
        assertTrue(cli.out().contains("已更换“十五里园镇”登记的密钥") && cli.out().contains("理由：更换电脑"), cli.out());
    }

    @Test
    void aPassphraseFromAFileSealsTheKeyAndIsNeededToExport() throws Exception {
        Path db = dir.resolve("office.db");
        Path secret = dir.resolve("口令.txt");
        Files.writeString(secret, "黄河 口令\n", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, run("--db", db.toString(), "package", "key", "--new-passphrase-file", secret.toString()),
                cli.err());
        assertTrue(cli.out().contains("本机签名密钥已生成") && cli.out().contains("口令已设置")
                && cli.out().contains("（已设口令）"), cli.out());
        Path pkg = dir.resolve("p.ygpkg");
        assertEquals(1, run("--db", db.toString(), "package", "export", "--out", pkg.toString(), "--office", "十五里园镇"));
        assertTrue(cli.err().contains("已设口令"), cli.err());
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "错误", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, run("--db", db.toString(), "package", "export", "--out", pkg.toString(),
                "--passphrase-file", wrong.toString()));
        assertTrue(cli.err().contains("口令不正确"), cli.err());
        assertFalse(Files.exists(pkg));
        assertEquals(0, run("--db", db.toString(), "package", "export", "--out", pkg.toString(),
                "--passphrase-file", secret.toString()), cli.err());
        assertTrue(Files.isRegularFile(pkg));
        assertEquals(2, run("--db", db.toString(), "package", "key"));
    }
}
