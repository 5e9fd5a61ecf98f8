package cn.yanggu.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void exportWritesTheWholePlanAsJson() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("plan.json");
        assertEquals(0, run("--db", db.toString(), "export", "--format", "json", "--out", file.toString()));
        assertEquals("", cli.err());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(4, root.get("zones").size());
        assertEquals(6, root.get("chains").size());
        assertTrue(root.get("projects").size() >= 41);
        assertEquals(4, root.get("thresholds").size());
        assertEquals(4, root.get("efficiencyClasses").size());
        JsonNode first = root.get("indicators").get(0);
        assertEquals("亩均税收", first.get("name").asText());
        assertEquals("万元/亩", first.get("unit").asText());
        assertEquals(4.7, first.get("values").get(0).get("value").asDouble());
        assertEquals(7.3, first.get("values").get(1).get("value").asDouble());
        assertEquals(29.48, root.get("zoneTotal").get("areaKm2").asDouble());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out().contains("export"));
        assertTrue(cli.out().contains("--db"));
        assertEquals(0, run("--version"));
        assertTrue(cli.out().contains("Yanggu Zone Planning Workbench"));
    }

    /** Every subcommand's qualified name ("report", "package export" …), read from picocli's own model. */
    private static java.util.List<java.util.List<String>> subcommands(picocli.CommandLine cl, java.util.List<String> path) {
        java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            java.util.List<String> named = new java.util.ArrayList<>(path);
            named.add(name);
            out.add(named);
            out.addAll(subcommands(sub, named));
        });
        return out;
    }

    @Test
    void everySubcommandAnswersHelpWithItsUsageAndExitCode0() {
        var all = subcommands(Cli.commandLine(new Cli((db, lang) -> { }), new String[0], true), java.util.List.of());
        assertTrue(all.size() >= 12, all.toString());
        for (var names : all) {
            java.util.List<String> args = new java.util.ArrayList<>(names);
            args.add("--help");
            assertEquals(0, run(args.toArray(String[]::new)), names + ": " + cli.err());
            assertEquals("", cli.err(), names.toString());
            String usage = cli.out();
            assertTrue(usage.startsWith("Usage: planning-workbench " + String.join(" ", names)), usage);
            assertTrue(usage.contains("--help"), usage);
            // the options it takes are listed, the required ones too (report --out, template --year …)
            var options = Cli.commandLine(new Cli((db, lang) -> { }), new String[0], true);
            for (String n : names) {
                options = options.getSubcommands().get(n);
            }
            for (var o : options.getCommandSpec().options()) {
                assertTrue(usage.contains(o.longestName()), names + " lists " + o.longestName() + ":\n" + usage);
            }
        }
        // still required when help is not asked for
        assertEquals(2, run("report", "--year", "2023"));
        assertOneLine(cli.err(), "--out");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCode2() {
        assertEquals(2, run("--frobnicate"));
        assertOneLine(cli.err(), "--frobnicate");
        assertTrue(cli.err().startsWith("参数错误"), cli.err());
    }

    @Test
    void englishMessagesWithLangEn() {
        assertEquals(2, run("--lang", "en", "export", "--format", "csv", "--out", dir.resolve("x").toString()));
        assertOneLine(cli.err(), "csv");
        assertTrue(cli.err().startsWith("Unsupported format"), cli.err());
    }

    @Test
    void aMissingOutputFolderIsOneLineAndExitCode1() {
        Path target = dir.resolve("no/such/folder/plan.json");
        assertEquals(1, run("--db", dir.resolve("w.db").toString(), "export", "--format", "json", "--out",
                target.toString()));
        assertOneLine(cli.err(), "no" + java.io.File.separator + "such");
        assertFalse(Files.exists(target));
    }

    @Test
    void anUnreadableDatabaseIsOneLineExitCode1AndTheFileIsUntouched() throws Exception {
        Path db = dir.resolve("broken.db");
        byte[] junk = "PK\u0003\u0004 this is a zip, not a database".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(db, junk);
        Path target = dir.resolve("plan.json");
        assertEquals(1, run("--db", db.toString(), "export", "--format", "json", "--out", target.toString()));
        assertOneLine(cli.err(), "broken.db");
        assertTrue(cli.err().contains("不是数据库文件"), cli.err());
        assertArrayEquals(junk, Files.readAllBytes(db));
        assertFalse(Files.exists(target));
    }

    @Test
    void withoutASubcommandTheWindowIsStartedWithTheChosenDatabaseAndLanguage() {
        String[] started = new String[1];
        String[] lang = new String[1];
        int code = Cli.run(new String[] {"--db", "x.db", "--lang", "en"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                (db, l) -> {
                    started[0] = db;
                    lang[0] = l;
                });
        assertEquals(0, code);
        assertEquals(Path.of("x.db").toString(), started[0]);
        assertEquals("en", lang[0]);
    }

    @Test
    void aWindowStartsOptionsAreCheckedAsTheParserChecksThem() {
        String[] started = new String[1];
        StringWriter err = new StringWriter();
        assertEquals(Cli.USAGE, Cli.run(new String[] {"--db", "x.db", "--lang", "fr"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), (db, l) -> started[0] = db));
        assertTrue(err.toString().contains("fr") && err.toString().strip().lines().count() == 1, err.toString());
        assertEquals(null, started[0], "no window");
        // given twice: the parser's own message
        err.getBuffer().setLength(0);
        assertEquals(Cli.USAGE, Cli.run(new String[] {"--db", "x.db", "--db", "y.db"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), (db, l) -> started[0] = db));
        assertTrue(err.toString().contains("--db"), err.toString());
        assertEquals(null, started[0], "no window");
        assertArrayEquals(new String[] {"x.db", "en"}, Cli.windowOptions(new String[] {"--lang=en", "--db", "x.db"}));
        assertArrayEquals(new String[] {null, null}, Cli.windowOptions(new String[] {}));
        assertEquals(null, Cli.windowOptions(new String[] {"--db"}));
        assertEquals(null, Cli.windowOptions(new String[] {"--db", "x.db", "export"}));
    }

    @Test
    void aServerDatabaseStartsTheWindowOnItAndABadAddressIsOneLine() {
        String[] started = new String[1];
        int code = Cli.run(new String[] {"--db", "postgresql://planserver/yanggu?user=wang"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), (db, l) -> started[0] = db);
        assertEquals(0, code);
        assertEquals("postgresql://planserver:5432/yanggu?user=wang", started[0]);
        for (String[] bad : new String[][] {
                {"postgresql://wang:geheim@planserver/yanggu", "不能写密码", "geheim"},
                {"postgresql://planserver/yanggu", "缺少用户名", null},
                {"postgresql://planserver/yanggu?user=wang&sslmode=maybe", "sslmode 无效", null},
                {"postgresql://planserver?user=wang", "无法识别", null}}) {
            StringWriter err = new StringWriter();
            started[0] = null;
            int c = Cli.run(new String[] {"--db", bad[0]}, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    (db, l) -> started[0] = db);
            assertEquals(Cli.USAGE, c, bad[0]);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().contains(bad[1]), err.toString());
            if (bad[2] != null) {
                assertTrue(!err.toString().contains(bad[2]), "the password is not repeated: " + err);
            }
            assertEquals(null, started[0], "no window");
        }
    }

    @Test
    void onlyAWindowStartBringsUpTheToolkitEarlySoCommandsNeverNeedADisplay() {
        assertTrue(Cli.opensWindow(new String[] {}));
        assertTrue(Cli.opensWindow(new String[] {"--db", "export", "--lang=en"}));
        assertTrue(Cli.opensWindow(new String[] {"--db=x.db", "--lang", "zh"}));
        assertFalse(Cli.opensWindow(new String[] {"--db", "x.db", "export", "--format", "json", "--out", "p.json"}));
        assertFalse(Cli.opensWindow(new String[] {"--help"}));
        assertFalse(Cli.opensWindow(new String[] {"--version"}));
        assertFalse(Cli.opensWindow(new String[] {"--db"}));
        assertFalse(Cli.opensWindow(new String[] {"--no-such-option"}));
    }

    @Test
    void importAppliesAnExportAndABrokenFileChangesNothing() throws Exception {
        Path db = dir.resolve("w.db");
        Path file = dir.resolve("plan.json");
        assertEquals(0, run("--db", db.toString(), "export", "--format", "json", "--out", file.toString()));
        assertEquals(0, run("--db", dir.resolve("other.db").toString(), "import", "--format", "json", "--in",
                file.toString()));
        assertTrue(cli.out().contains("已导入 plan.json"), cli.out());

        String json = Files.readString(file);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, json.replaceFirst("\"areaKm2\" : 11.96", "\"areaKm2\" : -11.96"));
        byte[] before = Files.readAllBytes(dir.resolve("other.db"));
        assertEquals(1, run("--db", dir.resolve("other.db").toString(), "import", "--format", "json", "--in",
                broken.toString()));
        assertTrue(cli.err().startsWith("未导入 broken.json"), cli.err());
        assertTrue(cli.err().contains("zones[0]") && cli.err().contains("areaKm2")
                && cli.err().contains("不能为负数"), cli.err());
        Path out2 = dir.resolve("after.json");
        assertEquals(0, run("--db", dir.resolve("other.db").toString(), "export", "--format", "json", "--out",
                out2.toString()));
        assertTrue(Files.readString(out2).contains("\"areaKm2\" : 11.96"), "the database kept its data");
        assertTrue(before.length > 0);
    }

    @Test
    void checkAdmissionPrintsEachRuleAndExitsThreeWhenOneFails() {
        String db = dir.resolve("w.db").toString();
        int code = run("--db", db, "check-admission", "--land-mu", "100", "--investment-wan", "28000",
                "--tax-wan", "2500", "--site-m2", "66667", "--floor-m2", "80000", "--footprint-m2", "30000");
        assertEquals(3, code, "exactly 280 万元/亩 is not higher than 280");
        String text = cli.out();
        assertTrue(text.contains("× 未通过 投资强度：280.00 万元/亩，等于门槛，未达到“高于280.00 万元/亩”"), text);
        assertTrue(text.contains("✓ 通过  亩均税收：25.00 万元/亩"), text);
        assertTrue(text.contains("✓ 通过  容积率：1.20，要求 ≥ 1.00（差额 +0.20）"), text);
        assertTrue(text.contains("✓ 通过  建筑系数：45.00 %"), text);
        assertEquals(0, run("--db", db, "check-admission", "--land-m2", "66667", "--investment-wan", "30000",
                "--tax-wan", "2500", "--site-m2", "66667", "--floor-m2", "80000", "--footprint-m2", "30000"));
        assertTrue(cli.out().contains("全部达到"), cli.out());
        assertEquals(2, run("--db", db, "check-admission", "--land-mu", "10", "--investment-wan", "3000",
                "--tax-wan", "300", "--site-m2", "1000", "--floor-m2", "2000", "--footprint-m2", "800"),
                "10 亩 with 1,000 m² cannot both be true: no verdict");
        assertTrue(cli.err().contains("--site-m2") && cli.err().contains("不符"), cli.err());
        assertEquals(2, run("--db", db, "check-admission", "--investment-wan", "1", "--tax-wan", "1",
                "--site-m2", "1", "--floor-m2", "1", "--footprint-m2", "1"));
        assertEquals(2, run("--db", db, "check-admission", "--land-mu", "abc", "--investment-wan", "1",
                "--tax-wan", "1", "--site-m2", "1", "--floor-m2", "1", "--footprint-m2", "1"));
    }

    @Test
    void checkAdmissionUsesTheStandardsOfTheYearGivenAndSavesWithAProject() throws Exception {
        String db = dir.resolve("y.db").toString();
        String[] figures = {"--land-mu", "10", "--investment-wan", "3000", "--tax-wan", "300", "--site-m2", "6667",
            "--floor-m2", "5000", "--footprint-m2", "2000"};   // 容积率 0.75, 建筑系数 30 %: below the 2025 standards
        assertEquals(0, run(concat(new String[] {"--db", db, "check-admission", "--year", "2024"}, figures)),
                cli.out());
        String text = cli.out();
        assertTrue(text.contains("按 2024 年执行的入园门槛评审"), text);
        assertTrue(text.contains("— 未执行 容积率：0.75，要求 ≥ 1.00"), text);
        assertTrue(text.contains("2025 年起的标准"), text);
        assertEquals(3, run(concat(new String[] {"--db", db, "check-admission", "--year", "2025"}, figures)));
        assertTrue(cli.out().contains("× 未通过 容积率：0.75"), cli.out());
        // money in 元, land in m², saved with project P01 (a failing check: the exit code still says so)
        assertEquals(3, run("--db", db, "check-admission", "--land-m2", "6666.7", "--investment-yuan", "30000000",
                "--tax-yuan", "3000000", "--site-m2", "6667", "--floor-m2", "5000", "--footprint-m2", "2000",
                "--year", "2026", "--save-to-project", "P01"));
        assertTrue(cli.out().contains("✓ 通过  投资强度：300.00 万元/亩"), cli.out());
        assertTrue(cli.out().contains("评审结果已保存到项目 P01"), cli.out());
        try (var wb = cn.yanggu.workbench.app.Workbench.open(Path.of(db))) {
            var checks = wb.editor().admissionChecks();
            assertEquals(1, checks.size());
            assertEquals("P01", checks.get(0).projectCode());
            assertEquals(2026, checks.get(0).year());
            assertEquals(3000.0, checks.get(0).proposal().investmentWan(), 1e-9);
            assertEquals(10.0, checks.get(0).proposal().landMu(), 1e-9);
            assertEquals("m2", checks.get(0).landUnit());
            assertFalse(checks.get(0).storedAllPass());
            assertTrue(wb.editor().audit().stream().anyMatch(a -> a.entity().equals("admission-check")
                    && "P01".equals(a.code())));
        }
        assertEquals(0, run("check-admission", "--help"));
        assertTrue(cli.out().contains("--save-to-project"), cli.out());
        // bad arguments: exit 2 with one line
        assertEquals(2, run(concat(new String[] {"--db", db, "check-admission", "--year", "1999"}, figures)));
        assertOneLine(cli.err(), "1999");
        assertEquals(2, run(concat(new String[] {"--db", db, "check-admission", "--save-to-project", "NOPE"},
                figures)));
        assertOneLine(cli.err(), "NOPE");
        assertEquals(2, run("--db", db, "check-admission", "--land-mu", "10", "--investment-wan", "1",
                "--investment-yuan", "10000", "--tax-wan", "1", "--site-m2", "1", "--floor-m2", "1",
                "--footprint-m2", "1"));
        assertOneLine(cli.err(), "--investment-yuan");
        assertEquals(2, run("--db", db, "check-admission", "--land-mu", "-1", "--investment-wan", "1",
                "--tax-wan", "1", "--site-m2", "1", "--floor-m2", "1", "--footprint-m2", "1"));
        assertOneLine(cli.err(), "负数");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void assertOneLine(String text, String mustContain) {
        String trimmed = text.strip();
        assertFalse(trimmed.isEmpty(), "an error line is printed");
        assertEquals(1, trimmed.lines().count(), "exactly one line: " + text);
        assertTrue(trimmed.contains(mustContain), text);
    }
}
