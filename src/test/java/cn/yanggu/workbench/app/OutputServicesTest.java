package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.ChartService;
import cn.yanggu.workbench.app.reports.Report;
import cn.yanggu.workbench.app.reports.ReportService;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.ReportKind;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each output service, when its generator fails half-way, leaves the file of last time as it was and no temporary
 * file behind; and no code but {@link AtomicFile} writes a file directly.
 */
class OutputServicesTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private Plan plan;
    private final I18n t = I18n.forLanguage("zh");

    @BeforeEach
    void open() {
        wb = TestPlans.withActuals(dir);
        plan = wb.loadPlan();
        System.setProperty("java.awt.headless", "true");
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Path out() throws IOException {
        return Files.createDirectories(dir.resolve("out"));
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /** A generator that fails at its second step. */
    private static void failAtTwo(int step) {
        if (step >= 2) {
            throw new IllegalStateException("generator failed at step " + step);
        }
    }

    @Test
    void aReportFailingHalfWayLeavesLastTimesReport() throws Exception {
        ReportService service = new ReportService(t, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE,
                LocalDate.of(2024, 3, 1));
        assertTrue(service.refusal(plan, 2019).isPresent(), "a year outside the plan is refused");
        Report report = service.build(plan, 2023, ReportKind.ANNUAL, Map.of(), "阳谷经济开发区管理委员会");
        Path file = out().resolve("年度报告.docx");
        service.write(report, file, n -> { });
        byte[] before = Files.readAllBytes(file);

        assertThrows(IllegalStateException.class, () -> service.write(report, file, OutputServicesTest::failAtTwo));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void exportingAllChartsFailingHalfWayLeavesTheFilesNotYetReplaced() throws Exception {
        ChartService service = new ChartService(t, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
        Path folder = out().resolve("charts");
        List<String> steps = new java.util.ArrayList<>();
        int n = service.writeAll(plan, folder, ChartService.Format.PNG, 640, 360,
                (done, total) -> steps.add(done + "/" + total));
        assertTrue(n >= 13, "every chart: " + n);
        assertEquals(n, steps.size(), "progress after each chart");
        assertEquals(n + "/" + n, steps.get(n - 1));

        // a second export at 320×180 stops after its first chart: that one is replaced, the others stay
        assertThrows(IllegalStateException.class, () -> service.writeAll(plan, folder, ChartService.Format.PNG,
                320, 180, (done, total) -> failAtTwo(done + 1)));
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertEquals(n, files.size());
        long small = 0;
        for (Path f : files) {
            small += ImageIO.read(f.toFile()).getWidth() == 320 ? 1 : 0;
        }
        assertEquals(1, small, "only the chart written before the failure is new");
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aDeckFailingHalfWayLeavesLastTimesDeck() throws Exception {
        ChartService service = new ChartService(t, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
        Path file = out().resolve("汇报.pptx");
        service.writeDeck(plan, "阳谷经济开发区管理委员会", file, (done, total) -> { });
        byte[] before = Files.readAllBytes(file);
        assertThrows(IllegalStateException.class, () -> service.writeDeck(plan, "别的单位", file,
                (done, total) -> failAtTwo(done)));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aTemplateForAYearOutsideThePlanIsRefusedAndLeavesLastTimesTemplate() throws Exception {
        Path file = out().resolve("模板.xlsx");
        var written = wb.xlsx().template(file, t, 2023, Enums.Vintage.FINAL);
        assertEquals(2023, written.year());
        byte[] before = Files.readAllBytes(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> wb.xlsx().template(file, t, 1999, Enums.Vintage.FINAL));
        assertTrue(e.getMessage().contains("1999"), e.getMessage());
        assertEquals(wb.xlsx().templateRefusal(t, 1999).orElseThrow(), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), temporaryFiles());
    }

    /** Every file the workbench produces goes through {@link AtomicFile}: nothing else opens a file for writing. */
    @Test
    void onlyAtomicFileWritesFiles() {
        Set<String> writers = Set.of("write", "writeString", "newOutputStream", "newBufferedWriter");
        DescribedPredicate<JavaMethodCall> writesAFile = new DescribedPredicate<>("write a file directly") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return owner.equals(Files.class.getName()) && writers.contains(name)
                        || owner.equals(ImageIO.class.getName()) && name.equals("write")
                        && call.getTarget().getRawParameterTypes().get(2).isEquivalentTo(java.io.File.class);
            }
        };
        DescribedPredicate<JavaConstructorCall> opensAFile = new DescribedPredicate<>("open a file stream") {
            @Override
            public boolean test(JavaConstructorCall call) {
                String owner = call.getTargetOwner().getName();
                return owner.equals(java.io.FileOutputStream.class.getName())
                        || owner.equals(java.io.FileWriter.class.getName())
                        || owner.equals(java.io.PrintStream.class.getName())
                        && !call.getTarget().getRawParameterTypes().get(0).isAssignableTo(java.io.OutputStream.class);
            }
        };
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.yanggu.workbench");
        noClasses().that().doNotHaveFullyQualifiedName(AtomicFile.class.getName())
                .should().callMethodWhere(writesAFile).orShould().callConstructorWhere(opensAFile)
                .because("a file appears complete or not at all (AtomicFile)").check(classes);
        assertFalse(classes.isEmpty());
    }
}
