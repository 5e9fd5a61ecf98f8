package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static cn.yanggu.workbench.app.exchange.Packages.indicator;
import static cn.yanggu.workbench.app.exchange.Packages.project;
import static cn.yanggu.workbench.app.exchange.Packages.setActual;
import static cn.yanggu.workbench.app.exchange.Packages.setProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A township office's package at the bureau: the three-way comparison, applying it, and refusing bad files. */
class ExchangeTest {
    @TempDir
    Path dir;
    private final I18n t = I18n.forLanguage("zh");

    /**
     * The office changed X (P01 investment, a 2024 actual of T01), the bureau changed Y (P02 stage), both changed
     * Z (P03 investment) differently; the package goes from the office to the bureau.
     */
    private Path officePackage(Path bureauDb) throws Exception {
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            office.exchange().setOriginName("十五里园镇");
            setProject(office, "P01", "investmentWan", 5000.0);
            setActual(office, "T01", 2024, 6.1);
            setProject(office, "P03", "investmentWan", 100.0);
            Path pkg = dir.resolve("office.ygpkg");
            office.exchange().export(pkg, Selection.all(), "test");
            try (Workbench bureau = Workbench.open(bureauDb)) {
                Packages.register(bureau, pkg);
                setProject(bureau, "P02", "stage", Enums.ProjectStage.STARTED);
                setProject(bureau, "P03", "investmentWan", 200.0);
            }
            return pkg;
        }
    }

    private static ThreeWay.Item item(Exchange.Preview p, String code, String field) {
        return p.items().stream().filter(i -> i.code().equals(code) && java.util.Objects.equals(field, i.field()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + code + " " + field + " in "
                        + p.items()));
    }

    @Test
    void dryRunShowsTheOfficesChangesOursKeptAndConflictsWithAllThreeValues() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = officePackage(bureauDb);
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Plan before = bureau.loadPlan();
            int auditBefore = bureau.editor().audit().size();
            Exchange.Preview p = bureau.exchange().preview(pkg);
            assertEquals("十五里园镇", p.manifest().originName());
            assertEquals("test", p.manifest().appVersion());

            ThreeWay.Item x = item(p, "P01", "investmentWan");
            assertEquals(ThreeWay.Kind.CHANGED, x.kind());
            assertNull(x.base());
            assertEquals(5000.0, x.theirs());
            ThreeWay.Item cell = item(p, "T01", "values[2024 actual final]");
            assertEquals(ThreeWay.Kind.CHANGED, cell.kind());
            // a conflict names the field as the change log does: one wording for both
            assertEquals("2024年实际值（年报）", ExchangeText.field(t, cell));
            assertEquals(cn.yanggu.workbench.app.AuditText.field(t, "values[2024 actual final]"),
                    ExchangeText.field(t, cell));
            assertEquals("投资（万元）", ExchangeText.field(t, x));
            assertEquals("6.1（统计年报）", ExchangeText.value(t, cell.theirs()));

            ThreeWay.Item y = item(p, "P02", "stage");
            assertEquals(ThreeWay.Kind.KEPT, y.kind());
            assertEquals(Enums.ProjectStage.STARTED, y.ours());

            ThreeWay.Item z = item(p, "P03", "investmentWan");
            assertEquals(ThreeWay.Kind.CONFLICT, z.kind());
            assertEquals(List.of("—", "200", "100"), List.of(ExchangeText.value(t, z.base()),
                    ExchangeText.value(t, z.ours()), ExchangeText.value(t, z.theirs())));
            assertEquals(1, p.choicesNeeded());
            // nothing else differs: the office did not touch anything else
            assertEquals(4, p.items().size(), p.items().toString());
            // a dry run writes nothing
            assertEquals(before, bureau.loadPlan());
            assertEquals(auditBefore, bureau.editor().audit().size());
        }
    }

    @Test
    void applyingWithTheirsTakesTheOfficesValueAndLogsTheOrigin() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = officePackage(bureauDb);
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Exchange.Preview p = bureau.exchange().preview(pkg);
            boolean[] backedUp = {false};
            Exchange.Result r = bureau.exchange().apply(p, Map.of(item(p, "P03", "investmentWan").id(),
                    ThreeWay.Choice.THEIRS), () -> backedUp[0] = true);
            assertTrue(backedUp[0], "the backup hook runs before the import");
            assertEquals(3, r.records());
            assertEquals(1, r.conflictsTheirs());
            // the whole import is one undo step
            bureau.editor().undo();
            assertNull(project(bureau, "P01").investmentWan());
            assertEquals(200.0, project(bureau, "P03").investmentWan());
            bureau.editor().redo();
        }
        try (Workbench bureau = Workbench.open(bureauDb)) {
            assertEquals(5000.0, project(bureau, "P01").investmentWan());
            assertEquals(Enums.ProjectStage.STARTED, project(bureau, "P02").stage());
            assertEquals(100.0, project(bureau, "P03").investmentWan());
            assertEquals(6.1, indicator(bureau, "T01").value(Enums.ValueKind.ACTUAL, 2024).orElseThrow().value());
            List<AuditEntry> log = bureau.editor().audit();
            AuditEntry imported = log.stream().filter(e -> "import".equals(e.action())).findFirst().orElseThrow();
            assertTrue(imported.origin().startsWith("package: 十五里园镇 "), imported.origin());
            assertEquals(3, log.stream().filter(e -> e.batch() == imported.batch()).count());
        }
    }

    @Test
    void applyingWithMineKeepsOursForTheConflictButTakesTheRest() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = officePackage(bureauDb);
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Exchange.Preview p = bureau.exchange().preview(pkg);
            bureau.exchange().apply(p, Map.of(item(p, "P03", "investmentWan").id(), ThreeWay.Choice.OURS), () -> { });
            assertEquals(5000.0, project(bureau, "P01").investmentWan());
            assertEquals(200.0, project(bureau, "P03").investmentWan());
            assertEquals(Enums.ProjectStage.STARTED, project(bureau, "P02").stage());
            // the same package again: a warning, and nothing left to take
            Exchange.Preview again = bureau.exchange().preview(pkg);
            assertEquals(Exchange.Warning.Kind.ALREADY_APPLIED, again.warnings().get(0).kind());
        }
    }

    @Test
    void newRecordsAndDeletionsAreShownAndDeletionsNeedAChoice() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = dir.resolve("o.ygpkg");
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            var p = project(office, "P05");
            office.editor().apply(office.editor().deletion(p, "del"));
            var fresh = cn.yanggu.workbench.app.Records.with(cn.yanggu.workbench.app.Records.with(
                    project(office, "P06"), "code", "P99"), "name", "乡镇新报项目");
            office.editor().apply(cn.yanggu.workbench.app.Edit.of("new",
                    cn.yanggu.workbench.app.Change.create(cn.yanggu.workbench.app.Records.with(fresh, "listings",
                            List.of()))));
            office.exchange().setOriginName("十五里园镇");
            office.exchange().export(pkg, new Selection(null, null, null, EnumSet.of(Selection.Kind.PROJECTS)),
                    "test");
        }
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Packages.register(bureau, pkg);
            Exchange.Preview p = bureau.exchange().preview(pkg);
            assertEquals(ThreeWay.Kind.NEW, item(p, "P99", null).kind());
            ThreeWay.Item del = item(p, "P05", null);
            assertEquals(ThreeWay.Kind.DELETED, del.kind());
            assertEquals(1, p.choicesNeeded());
            bureau.exchange().apply(p, Map.of(del.id(), ThreeWay.Choice.THEIRS), () -> { });
            assertTrue(bureau.loadPlan().projects().stream().noneMatch(x -> x.code().equals("P05")));
            assertTrue(bureau.loadPlan().projects().stream().anyMatch(x -> x.code().equals("P99")));
        }
    }

    @Test
    void aLockedYearIsNeverChangedByAPackage() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = officePackage(bureauDb);
        try (Workbench bureau = Workbench.open(bureauDb)) {
            bureau.editor().lockYear(2024, "年报已审定");
            Exchange.Preview p = bureau.exchange().preview(pkg);
            assertEquals(ThreeWay.Kind.LOCKED, item(p, "T01", "values[2024 actual final]").kind());
            Exchange.Result r = bureau.exchange().apply(p, Map.of(), () -> { });
            assertEquals(1, r.locked());
            assertTrue(indicator(bureau, "T01").value(Enums.ValueKind.ACTUAL, 2024).isEmpty());
            assertEquals(5000.0, project(bureau, "P01").investmentWan());
        }
    }

    @Test
    void aZoneAndYearsSelectOnlyThoseRecordsAndValues() throws Exception {
        Path pkg = dir.resolve("east.ygpkg");
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            setProject(office, "P01", "zoneCode", "east");
            setActual(office, "T01", 2024, 6.1);
            setActual(office, "T01", 2022, 5.0);
            assertEquals("east", Exchange.resolveZone(office.editor().plan(), "东部"));
            assertThrows(IllegalArgumentException.class, () -> Exchange.resolveZone(office.editor().plan(), "工业"));
            // no 本机名称 yet: refused, nothing written, never signed by the OS user
            assertThrows(Exchange.NoOriginName.class,
                    () -> office.exchange().export(pkg, new Selection("east", 2023, 2025, null), "test"));
            assertTrue(Files.notExists(pkg));
            office.exchange().setOriginName("东部工业集中区办公室");
            var done = office.exchange().export(pkg, new Selection("east", 2023, 2025, null), "test");
            assertEquals(1, done.projects());
        }
        try (Workbench bureau = Workbench.open(dir.resolve("bureau.db"))) {
            Packages.register(bureau, pkg);
            Exchange.Preview p = bureau.exchange().preview(pkg);
            assertEquals("zoneCode", item(p, "P01", "zoneCode").field());
            assertTrue(p.items().stream().noneMatch(i -> "values[2022 actual final]".equals(i.field())));
            assertEquals(ThreeWay.Kind.CHANGED, item(p, "T01", "values[2024 actual final]").kind());
            // the 2025 target is in the years but unchanged: not listed, and not touched
            assertEquals(2, p.items().size(), p.items().toString());
        }
    }

    // ------------------------------------------------------------------ refusing bad packages

    private void assertRefused(Path bureauDb, Path pkg, PackageRefused.Reason reason, String words) {
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Plan before = bureau.loadPlan();
            int audit = bureau.editor().audit().size();
            PackageRefused e = assertThrows(PackageRefused.class, () -> bureau.exchange().preview(pkg));
            assertEquals(reason, e.reason(), e.getMessage());
            String message = ExchangeText.refused(t, e);
            assertTrue(message.contains(words) && message.contains(pkg.getFileName().toString())
                    && message.contains("数据库未作任何改动"), message);
            assertTrue(!message.contains("header") && !message.contains("Exception") && !message.contains("zip file"),
                    "no library English in the message: " + message);
            assertEquals(before, bureau.loadPlan());
            assertEquals(audit, bureau.editor().audit().size());
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void tamperedContentIsRefused() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(officePackage(bureauDb)));
        byte[] content = new String(parts.get(Manifest.CONTENT_FILE), StandardCharsets.UTF_8)
                .replace("\"investmentWan\" : 5000", "\"investmentWan\" : 9000").getBytes(StandardCharsets.UTF_8);
        Path bad = write("tampered.ygpkg", PackageFile.zip(parts.get(Manifest.MANIFEST_FILE), content,
                parts.get(Manifest.BASE_FILE), parts.get(Manifest.SIGNATURE_FILE)));
        assertRefused(bureauDb, bad, PackageRefused.Reason.TAMPERED, "校验值");
    }

    @Test
    void aTruncatedPackageIsRefused() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        byte[] all = Files.readAllBytes(officePackage(bureauDb));
        Path bad = write("cut.ygpkg", Arrays.copyOf(all, all.length * 2 / 3));
        assertRefused(bureauDb, bad, PackageRefused.Reason.DAMAGED, "不完整");
    }

    @Test
    void aForeignZipIsRefused() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        officePackage(bureauDb);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(bureauDb, write("report.docx", out.toByteArray()), PackageRefused.Reason.FOREIGN, "不是");
        assertRefused(bureauDb, write("notes.ygpkg", "just text".getBytes(StandardCharsets.UTF_8)),
                PackageRefused.Reason.DAMAGED, "损坏");
    }

    @Test
    void aPackageFromANewerWorkbenchIsRefused() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(officePackage(bureauDb)));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode m = (ObjectNode) mapper.readTree(parts.get(Manifest.MANIFEST_FILE));
        m.put("formatVersion", Manifest.FORMAT_VERSION + 1);
        Path bad = write("new.ygpkg", PackageFile.zip(mapper.writeValueAsBytes(m), parts.get(Manifest.CONTENT_FILE),
                parts.get(Manifest.BASE_FILE), parts.get(Manifest.SIGNATURE_FILE)));
        assertRefused(bureauDb, bad, PackageRefused.Reason.TOO_NEW, "更新版本");
    }

    @Test
    void theDatabaseChangingAfterTheDryRunStopsTheApply() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = officePackage(bureauDb);
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Exchange.Preview p = bureau.exchange().preview(pkg);
            setProject(bureau, "P04", "investmentWan", 1.0);
            Plan before = bureau.loadPlan();
            assertThrows(Exchange.StaleDryRun.class, () -> bureau.exchange().apply(p, Map.of(), () -> { }));
            assertEquals(before, bureau.loadPlan());
        }
    }

    @Test
    void aJsonImportFromTheBureauBecomesTheOfficesNewBase() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path json = dir.resolve("bureau.json");
        try (Workbench bureau = Workbench.open(bureauDb)) {
            setProject(bureau, "P02", "investmentWan", 700.0);
            bureau.exportJson(json, "test");
        }
        Path pkg = dir.resolve("o.ygpkg");
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            office.importJson(json);
            assertEquals(700.0, office.exchange().syncBase().projects().stream()
                    .filter(p -> p.code().equals("P02")).findFirst().orElseThrow().investmentWan());
            setProject(office, "P01", "investmentWan", 1.0);
            office.exchange().setOriginName("十五里园镇");
            office.exchange().export(pkg, Selection.all(), "test");
        }
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Packages.register(bureau, pkg);
            Exchange.Preview p = bureau.exchange().preview(pkg);
            // P02 is the bureau's own value, already received by the office: not listed at all
            assertEquals(1, p.items().size(), p.items().toString());
            assertEquals("P01", p.items().get(0).code());
        }
    }

    private static final java.time.LocalDate D1 = java.time.LocalDate.of(2024, 3, 1);

    /** A lead a township office found: 诺德股份 for the 铜箔 link, 5 亿元, 120 亩. */
    private static cn.yanggu.workbench.domain.Lead lead() {
        return new cn.yanggu.workbench.domain.Lead("L-nord", "诺德股份", "深圳",
                cn.yanggu.workbench.domain.Lead.LeadClass.HIDDEN_CHAMPION, "copper.foil-battery", 50000.0, 120.0,
                cn.yanggu.workbench.domain.Lead.Method.THEMATIC, "张三", cn.yanggu.workbench.domain.Lead.Stage.CLUE,
                Map.of(cn.yanggu.workbench.domain.Lead.Stage.CLUE, D1), null, null, "赴深圳洽谈", D1.plusDays(20),
                null, null);
    }

    @Test
    void aLeadAnOfficeFoundTravelsInItsPackageAndIsOneStepWithTheRest() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path pkg = dir.resolve("office.ygpkg");
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            office.exchange().setOriginName("十五里园镇");
            office.leads().change("新增", null, lead());
            setProject(office, "P01", "investmentWan", 5000.0);
            var done = office.exchange().export(pkg, Selection.all(), "test");
            assertEquals(1, done.leads());
        }
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Packages.register(bureau, pkg);
            Exchange.Preview p = bureau.exchange().preview(pkg);
            ThreeWay.Item l = item(p, "L-nord", null);
            assertEquals(ThreeWay.Kind.NEW, l.kind());
            assertTrue(l.lead());
            assertEquals("招商线索 诺德股份", ExchangeText.record(t, l));
            assertEquals(List.of(), bureau.leads().all(), "a dry run writes nothing");
            Exchange.Result r = bureau.exchange().apply(p, Map.of(), () -> { });
            assertEquals(2, r.records());
            assertEquals(1, r.created());
            // as stored by the office: its 入园评审 the check on its figures (5 亿元 on 120 亩: 416.67 万元/亩, passed)
            Lead stored = lead().withAdmission(Lead.Admission.PASSED, null);
            assertEquals(List.of(stored), bureau.leads().all());
            AuditEntry logged = bureau.editor().audit().stream().filter(e -> "lead".equals(e.entity()))
                    .findFirst().orElseThrow();
            assertTrue(logged.origin().startsWith("package: 十五里园镇 "), logged.origin());
            // the package is one step for 撤销: the lead and the project's change go together
            bureau.editor().undo();
            assertEquals(List.of(), bureau.leads().all());
            assertNull(project(bureau, "P01").investmentWan());
            bureau.editor().redo();
            assertEquals(List.of(stored), bureau.leads().all());
            assertEquals(5000.0, project(bureau, "P01").investmentWan());
        }
        // a package without leads carries none, and an old reader's selection stays as it was
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            Path noLeads = dir.resolve("projects.ygpkg");
            var done = office.exchange().export(noLeads, new Selection(null, null, null,
                    EnumSet.of(Selection.Kind.PROJECTS)), "test");
            assertEquals(0, done.leads());
            String content = new String(Packages.unzip(Files.readAllBytes(noLeads)).get(Manifest.CONTENT_FILE),
                    StandardCharsets.UTF_8);
            assertTrue(!content.contains("诺德股份"), "no lead in a package that does not select leads");
        }
    }

    @Test
    void aLeadEditedAtBothEndsIsAConflictShownLikeAProjectsAndTheChoiceIsTaken() throws Exception {
        Path bureauDb = dir.resolve("bureau.db");
        Path json = dir.resolve("bureau.json");
        var lead = lead();
        try (Workbench bureau = Workbench.open(bureauDb)) {
            bureau.leads().change("新增", null, lead);
            bureau.exportJson(json, "test");
        }
        Path pkg = dir.resolve("o.ygpkg");
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            office.importJson(json);   // the office's base now has the lead as the bureau sent it
            var talks = lead.at(cn.yanggu.workbench.domain.Lead.Stage.TALKS, D1.plusDays(10));
            var theirs = new cn.yanggu.workbench.domain.Lead(talks.code(), talks.name(), talks.origin(),
                    talks.leadClass(), talks.nodeCode(), 60000.0, talks.landMu(), talks.method(), talks.person(),
                    talks.stage(), talks.stageDates(), null, null, talks.nextStep(), talks.nextStepDate(), null,
                    null);
            office.leads().change("洽谈", lead, theirs);
            office.exchange().setOriginName("十五里园镇");
            office.exchange().export(pkg, Selection.all(), "test");
        }
        try (Workbench bureau = Workbench.open(bureauDb)) {
            Lead ours = new Lead(lead.code(), lead.name(), lead.origin(),
                    lead.leadClass(), lead.nodeCode(), 70000.0, lead.landMu(), lead.method(), lead.person(),
                    lead.stage(), lead.stageDates(), null, null, lead.nextStep(), lead.nextStepDate(), null, null);
            bureau.leads().change("改投资", lead, ours);
            ours = bureau.leads().all().get(0);
            Packages.register(bureau, pkg);
            Exchange.Preview p = bureau.exchange().preview(pkg);
            ThreeWay.Item money = item(p, "L-nord", "investmentWan");
            assertEquals(ThreeWay.Kind.CONFLICT, money.kind());
            assertEquals("意向投资（万元）", ExchangeText.field(t, money));
            assertEquals(List.of("50000", "70000", "60000"), List.of(ExchangeText.value(t, money.base()),
                    ExchangeText.value(t, money.ours()), ExchangeText.value(t, money.theirs())));
            ThreeWay.Item stage = item(p, "L-nord", "stage");
            assertEquals(ThreeWay.Kind.CHANGED, stage.kind());
            assertEquals("洽谈", ExchangeText.value(t, stage.theirs()));
            assertEquals(ThreeWay.Kind.CHANGED, item(p, "L-nord", "stageDates").kind());
            assertEquals(1, p.choicesNeeded());
            assertEquals(3, p.items().size(), p.items().toString());

            bureau.exchange().apply(p, Map.of(money.id(), ThreeWay.Choice.THEIRS), () -> { });
            var now = bureau.leads().all().get(0);
            assertEquals(60000.0, now.investmentWan());
            assertEquals(cn.yanggu.workbench.domain.Lead.Stage.TALKS, now.stage());
            bureau.editor().undo();
            assertEquals(ours, bureau.leads().all().get(0), "撤销 puts the bureau's lead back");
        }
    }
}
