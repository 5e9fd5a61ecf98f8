package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.exchange.Selection;
import cn.yanggu.workbench.app.exchange.ThreeWay;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.ui.exchange.ExchangeView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bureau opens a township's package in 数据交换, reads the dry run, decides the conflict and applies it. */
class ExchangeViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private Path bureau;
    private Path pkg;

    private static void investment(Workbench wb, String code, double value) {
        Project p = wb.editor().plan().projects().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow();
        wb.editor().apply(Edit.of("t", Change.update(p, Records.with(p, "investmentWan", value))));
    }

    /** What is committed in {@code db}, read from a copy (the window holds the database's one-writer lock). */
    private Workbench committed(Path db) {
        Path copy = dir.resolve("committed-" + System.nanoTime() + ".db");
        cn.yanggu.workbench.app.Backups.copy(db, copy);
        return Workbench.open(copy);
    }

    private Double investment(Path db, String code) {
        try (Workbench wb = committed(db)) {
            return wb.loadPlan().projects().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow()
                    .investmentWan();
        }
    }

    @BeforeEach
    void start() throws Exception {
        bureau = dir.resolve("bureau.db");
        pkg = dir.resolve("十五里园镇.ygpkg");
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            office.exchange().setOriginName("十五里园镇");
            investment(office, "P01", 5000);
            investment(office, "P03", 100);
            office.exchange().export(pkg, Selection.all(), "test");
        }
        try (Workbench wb = Workbench.open(bureau)) {
            investment(wb, "P03", 200);
        }
        app = Windows.start(bureau, "zh", Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"),
                ZoneId.of("Asia/Shanghai")));
        robot.clickOn("#nav-exchange");
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ExchangeView view() throws Exception {
        var field = WorkbenchApp.class.getDeclaredField("shell");
        field.setAccessible(true);
        return (ExchangeView) ((cn.yanggu.workbench.ui.shell.Shell) field.get(app)).currentView();
    }

    private String label(String id) {
        // a message is in the scene only while it is shown (over the table)
        return robot.lookup(id).tryQueryAs(Label.class).filter(Label::isVisible).map(Label::getText).orElse("");
    }

    @SuppressWarnings("unchecked")
    private TableView<ExchangeView.Row> table() {
        return robot.lookup("#exchange-table").queryAs(TableView.class);
    }

    /**
     * Opens the package of an office not registered yet: the question shows the office and its fingerprint, and
     * 登记 registers it and shows the dry run.
     */
    private void openRegistering(ExchangeView view) throws Exception {
        robot.interact(() -> view.openPackage(pkg));
        waitFor(() -> robot.lookup("#exchange-register-dialog").tryQuery().isPresent());
        String fingerprint;
        try (Workbench office = Workbench.open(dir.resolve("office.db"))) {
            fingerprint = office.exchange().ownKey().fingerprint();
        }
        javafx.scene.control.DialogPane dialog = robot.lookup("#exchange-register-dialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        String shown = dialog.getHeaderText() + dialog.getContentText() + robot.lookup("#exchange-register-lines")
                .queryAs(javafx.scene.control.ListView.class).getItems();
        assertTrue(shown.contains("十五里园镇") && shown.contains(fingerprint), shown);
        assertTrue(fingerprint.matches("\\d{4}( \\d{4}){7}"), fingerprint);
        robot.clickOn("#exchange-register-action");
        waitFor(() -> table().getItems().size() == 2);
        // the register (数据交换 › 已登记的单位) lists the office with its fingerprint
        waitFor(() -> registerTable().getItems().size() == 1);
        assertEquals(fingerprint, registerTable().getItems().get(0).fingerprint());
        assertEquals("十五里园镇", registerTable().getItems().get(0).office());
    }

    @SuppressWarnings("unchecked")
    private TableView<cn.yanggu.workbench.domain.OfficeRegistration> registerTable() {
        return robot.lookup("#exchange-register").queryAs(TableView.class);
    }

    @Test
    void theDryRunShowsTheConflictAndApplyingTakesTheChosenValue() throws Exception {
        ExchangeView view = view();
        openRegistering(view);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label("#exchange-manifest").contains("来件：十五里园镇"), label("#exchange-manifest"));
        assertTrue(label("#exchange-counts").contains("冲突 1 处"), label("#exchange-counts"));
        Button apply = robot.lookup("#exchange-apply").queryAs(Button.class);
        assertTrue(apply.isDisabled(), "a conflict without a decision blocks 应用");
        assertTrue(label("#exchange-state").contains("还有 1 处"), label("#exchange-state"));

        ExchangeView.Row conflict = table().getItems().stream()
                .filter(r -> r.item().kind() == ThreeWay.Kind.CONFLICT).findFirst().orElseThrow();
        assertEquals("P03", conflict.item().code());
        assertEquals(200.0, conflict.item().ours());
        assertEquals(100.0, conflict.item().theirs());
        robot.clickOn("#choice-theirs-" + conflict.item().id());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThreeWay.Choice.THEIRS, conflict.choice().get());
        assertFalse(apply.isDisabled());

        robot.clickOn("#exchange-apply");
        waitFor(() -> label("#exchange-counts").startsWith("已导入"));
        assertTrue(label("#exchange-counts").contains("采用来件 1 处"), label("#exchange-counts"));
        assertTrue(table().getItems().isEmpty());
        assertEquals(100.0, investment(bureau, "P03"));
        assertEquals(5000.0, investment(bureau, "P01"));
        try (Workbench wb = committed(bureau)) {
            AuditEntry newest = wb.editor().audit().get(0);
            assertTrue(newest.origin().startsWith("package: 十五里园镇"), newest.origin());
        }
        // the projects view shows the imported value
        robot.clickOn("#nav-projects");
        waitFor(() -> robot.lookup("#projects-table").queryAs(TableView.class).getItems().size() > 0);
    }

    @Test
    void keepingOursLeavesTheBureausValue() throws Exception {
        ExchangeView view = view();
        openRegistering(view);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#exchange-all-ours");
        robot.clickOn("#exchange-apply");
        waitFor(() -> label("#exchange-counts").startsWith("已导入"));
        assertEquals(200.0, investment(bureau, "P03"));
        assertEquals(5000.0, investment(bureau, "P01"));
    }

    @Test
    void cancellingTheRegistrationImportsNothingAndAStrangersPackageIsRefused() throws Exception {
        ExchangeView view = view();
        robot.interact(() -> view.openPackage(pkg));
        waitFor(() -> robot.lookup("#exchange-register-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#exchange-register-dialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        waitFor(() -> label("#exchange-message").contains("未登记“十五里园镇”"));
        assertTrue(table().getItems().isEmpty());
        try (Workbench wb = committed(bureau)) {
            assertTrue(wb.exchange().register().isEmpty());
        }
        // registered now; then a package from another PC naming the same office is refused, naming the key
        openRegistering(view);
        Path forged = dir.resolve("forged.ygpkg");
        try (Workbench stranger = Workbench.open(dir.resolve("stranger.db"))) {
            stranger.exchange().setOriginName("十五里园镇");
            stranger.exchange().export(forged, Selection.all(), "test");
        }
        robot.interact(() -> view.openPackage(forged));
        waitFor(() -> label("#exchange-message").contains("签名密钥与登记的不同"));
        assertTrue(table().getItems().isEmpty());
    }

    @Test
    void anOfficesNewPcKeyIsReplacedInTheRegisterWithAReason() throws Exception {
        ExchangeView view = view();
        openRegistering(view);
        Path newPc = dir.resolve("new-pc.ygpkg");
        String newFingerprint;
        try (Workbench office = Workbench.open(dir.resolve("office-new-pc.db"))) {
            office.exchange().setOriginName("十五里园镇");
            office.exchange().export(newPc, Selection.all(), "test");
            newFingerprint = office.exchange().ownKey().fingerprint();
        }
        robot.clickOn("#exchange-tab-register");
        robot.interact(() -> registerTable().getSelectionModel().select(0));
        // no reason: nothing is replaced, the reason is asked for
        robot.interact(() -> view.replaceKeyFrom(newPc));
        robot.clickOn("#exchange-replace");
        waitFor(() -> label("#exchange-register-message").contains("请填写更换理由"));
        robot.interact(() -> robot.lookup("#exchange-replace-reason").queryAs(TextField.class).setText("更换电脑"));
        robot.interact(() -> view.replaceKeyFrom(newPc));
        waitFor(() -> robot.lookup("#exchange-replace-dialog").tryQuery().isPresent());
        String text = robot.lookup("#exchange-replace-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText();
        assertTrue(text.contains("十五里园镇"), text);
        robot.clickOn("#exchange-replace-action");
        waitFor(() -> registerTable().getItems().size() == 1
                && newFingerprint.equals(registerTable().getItems().get(0).fingerprint()));
        assertEquals("更换电脑", registerTable().getItems().get(0).replaceReason());
        try (Workbench wb = committed(bureau)) {
            AuditEntry newest = wb.editor().audit().get(0);
            assertEquals("office", newest.entity());
            assertEquals(newFingerprint + "（更换电脑）", newest.newValue());
        }
    }

    @Test
    void aDamagedPackageIsRefusedWithAMessageAndExportWritesAPackage() throws Exception {
        byte[] all = Files.readAllBytes(pkg);
        Path cut = dir.resolve("cut.ygpkg");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        ExchangeView view = view();
        robot.interact(() -> view.openPackage(cut));
        waitFor(() -> label("#exchange-message").contains("数据库未作任何改动"));
        assertTrue(label("#exchange-message").contains("cut.ygpkg"));
        assertTrue(table().getItems().isEmpty());
        assertTrue(robot.lookup("#exchange-apply").queryAs(Button.class).isDisabled());

        // no 本机名称 yet: the export asks for it first and writes nothing (never signed by the OS user)
        Path out = dir.resolve("bureau.ygpkg");
        robot.interact(() -> robot.lookup("#exchange-origin").queryAs(TextField.class).setText(""));
        robot.interact(() -> view.exportTo(out));
        waitFor(() -> label("#exchange-message").contains("请先填写本机名称"));
        TextField origin = robot.lookup("#exchange-origin").queryAs(TextField.class);
        assertSame(origin, origin.getScene().getFocusOwner(), "the name field asks for the name");
        assertFalse(Files.exists(out));

        robot.interact(() -> robot.lookup("#exchange-origin").queryAs(TextField.class).setText("管委会"));
        robot.interact(() -> view.exportTo(out));
        waitFor(() -> Files.exists(out) && robot.lookup("#status-notice").queryAs(Label.class).getText()
                .contains("bureau.ygpkg"));
        try (Workbench wb = committed(bureau)) {
            assertEquals("管委会", wb.exchange().originName().orElseThrow());
        }
        // the first package made the bureau's key: its fingerprint is shown to read over the phone
        waitFor(() -> label("#exchange-key").matches("本机密钥指纹：\\d{4}( \\d{4}){7}"));
    }
}
