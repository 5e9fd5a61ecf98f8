package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.DataPaths;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.versions.VersionChange;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plan versions in exchange packages (issue 18): the bureau's packages carry its approved versions, a township
 * office takes them in the package's one step and judges by them; an office never makes or sends versions.
 */
class VersionsTravelTest {
    private static final double TOL = Assessment.DEFAULT_TOLERANCE;
    private static final String BUREAU = "阳谷经济开发区管委会";
    private static final String OFFICE = "十五里园镇";

    @TempDir
    Path dir;
    private final I18n t = I18n.forLanguage("zh");

    private static PlanVersion.TargetChange taxTarget(double value) {
        return new PlanVersion.TargetChange("T01", 2025, value, Enums.Comparator.EQ, "按实际增速推算");
    }

    private static double taxTargetJudged(Plan plan, int year) {
        return Judgements.assess(plan, cn.yanggu.workbench.TestPlans.byCode(plan, "T01"), year, TOL).target().orElseThrow().value();
    }

    /** The bureau approves version 2 (亩均税收 2025: 6.0 from 2023) and keeps version 3 as a draft, then exports. */
    private Path bureauPackage() throws Exception {
        try (Workbench bureau = Workbench.open(dir.resolve("bureau.db"))) {
            Versions v = new Versions(bureau.editor(), t);
            PlanVersion two = v.createDraft("2023年中期评估调整", 2023, List.of(taxTarget(6.0)), null);
            v.approve(two.number(), "亩均税收受减税降费影响，原目标难以实现", "阳政字〔2023〕15号", "2023-09-20",
                    "阳谷县人民政府");
            v.createDraft("2024年调整（草案）", 2024, List.of(taxTarget(5.5)), null);
            bureau.exchange().setOriginName(BUREAU);
            assertTrue(!bureau.exchange().isOffice(), "the bureau's own name does not make it an office");
            Path pkg = dir.resolve("管委会.ygpkg");
            bureau.exchange().export(pkg, Selection.all(), "test");
            return pkg;
        }
    }

    @Test
    void theBureauIsKnownByItsNameInEveryUsualFormAndATownshipByItsOwn() {
        for (String bureau : List.of("阳谷经济开发区管委会", "山东阳谷经济开发区管理委员会", "阳谷县自然资源和规划局")) {
            assertTrue(!Exchange.isOfficeName(bureau), bureau + " is the bureau: it may make and send versions");
        }
        for (String office : List.of("十五里园镇", "博济桥街道办事处", "西湖镇人民政府")) {
            assertTrue(Exchange.isOfficeName(office), office + " is a township office");
        }
    }

    @Test
    void theBureausApprovedVersionReachesTheOfficeWhichJudgesByItAndUndoPutsItsVersionsBack() throws Exception {
        Path pkg = bureauPackage();
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            office.exchange().setOriginName(OFFICE);
            assertTrue(office.exchange().isOffice());
            Packages.register(office, pkg);
            double original = taxTargetJudged(office.editor().plan(), 2025);
            Exchange.Preview p = office.exchange().preview(pkg);
            assertEquals(List.of(2), p.theirs().versions().stream().map(PlanVersion::number).toList(),
                    "the approved version travels, the draft does not");
            int audit = office.editor().audit().size();
            office.exchange().apply(p, Map.of(), () -> { });

            Plan plan = office.editor().plan();
            assertEquals(1, plan.versions().size());
            PlanVersion received = plan.versions().get(0);
            assertEquals(2, received.number());
            assertTrue(received.approved());
            assertEquals("阳政字〔2023〕15号", received.documentNumber());
            assertEquals(6.0, taxTargetJudged(plan, 2025), "the office judges 2025 by the adjusted target");
            assertEquals(original, taxTargetJudged(plan, 2022), "before 2023 the plan as issued");
            // one change-log line for the version, with the package as its origin
            List<AuditEntry> lines = office.editor().audit().stream()
                    .filter(e -> VersionChange.ENTITY.equals(e.entity())).toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).origin().startsWith("package: " + BUREAU), lines.get(0).origin());
            assertTrue(office.editor().audit().size() > audit);

            // 撤销 puts the office's versions back as they were; 重做 takes the package's again
            office.editor().undo();
            assertEquals(List.of(), office.editor().plan().versions());
            assertEquals(original, taxTargetJudged(office.editor().plan(), 2025));
            office.editor().redo();
            assertEquals(List.of(received), office.editor().plan().versions());
        }
        // as stored: reopening reads the received version
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            assertEquals(6.0, taxTargetJudged(office.editor().plan(), 2025));
        }
    }

    @Test
    void anOfficesPackageCarriesNoVersionsAndOneThatDoesIsRefusedNamingTheOffice() throws Exception {
        Path honest = dir.resolve("office.ygpkg");
        Manifest m;
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            // versions made before the office named itself (e.g. a copy of the bureau's database): never sent
            Versions v = new Versions(office.editor(), t);
            PlanVersion two = v.createDraft("调整", 2023, List.of(taxTarget(6.0)), null);
            v.approve(two.number(), "理由", "阳政字〔2023〕15号", null, null);
            office.exchange().setOriginName(OFFICE);
            office.exchange().export(honest, Selection.all(), "test");
            m = office.exchange().signer(honest);
            PackageFile files = new PackageFile();
            assertEquals(List.of(), files.read(honest, cn.yanggu.workbench.store.Database.SCHEMA_VERSION).theirs()
                    .versions(), "an office's package carries no versions");
            // the same package with the versions put in, signed with the office's own key
            PackageFile.Contents c = files.read(honest, cn.yanggu.workbench.store.Database.SCHEMA_VERSION);
            OfficeKeys keys = new OfficeKeys(DataPaths.system().dataDirectory().resolve("keys"));
            byte[] bytes = files.write(m, c.theirs().withVersions(office.editor().plan().versions()), c.base(),
                    message -> keys.sign(m.originId(), null, message));
            Files.write(dir.resolve("带版本.ygpkg"), bytes);
        }
        try (Workbench bureau = Workbench.open(dir.resolve("bureau.db"))) {
            Packages.register(bureau, honest);
            Plan before = bureau.editor().plan();
            int audit = bureau.editor().audit().size();
            PackageRefused e = assertThrows(PackageRefused.class,
                    () -> bureau.exchange().preview(dir.resolve("带版本.ygpkg")));
            assertEquals(PackageRefused.Reason.VERSIONS_FROM_OFFICE, e.reason());
            String message = ExchangeText.refused(t, e);
            assertEquals("交换包 带版本.ygpkg 来自乡镇“十五里园镇”，却带有规划版本（版本2）：规划版本只由管委会下发，乡镇不得发送。"
                    + "不予接受，数据库未作任何改动。", message);
            assertEquals(before, bureau.editor().plan());
            assertEquals(audit, bureau.editor().audit().size());
            // the honest package goes in, and the bureau's versions stay its own
            bureau.exchange().apply(bureau.exchange().preview(honest), Map.of(), () -> { });
            assertEquals(List.of(), bureau.editor().plan().versions());
        }
    }

    @Test
    void anOfficeCannotCreateOrApproveAVersion() throws Exception {
        Path db = dir.resolve("office.db");
        try (Workbench office = Workbench.open(db)) {
            Versions v = new Versions(office.editor(), t);
            PlanVersion draft = v.createDraft("调整", 2023, List.of(taxTarget(6.0)), null);
            office.exchange().setOriginName(OFFICE);
            Plan before = office.editor().plan();
            String why = "规划版本由管委会制定并批准，随管委会的交换包下发；乡镇（本机名称“十五里园镇”）不能新建或批准版本。";
            assertEquals(why, assertThrows(Versions.OfficeRefused.class,
                    () -> v.approve(draft.number(), "理由", "阳政字〔2023〕15号", null, null)).getMessage());
            assertEquals(why, assertThrows(Versions.OfficeRefused.class,
                    () -> v.createDraft("又一个", 2024, List.of(), null)).getMessage());
            assertThrows(Versions.OfficeRefused.class,
                    () -> v.createSuccessor(java.util.EnumSet.noneOf(cn.yanggu.workbench.domain.EntityKind.class)));
            assertEquals(before, office.editor().plan(), "nothing written");
        }
        try (Workbench office = Workbench.open(db)) {
            assertEquals(1, office.editor().plan().versions().size());
            assertTrue(!office.editor().plan().versions().get(0).approved());
        }
    }
}
