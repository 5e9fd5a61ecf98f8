package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.ui.values.ValuesView;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 年度数据's 导出模板… / 从 Excel 导入… and 文件 › 导出 Excel…, in the real window. */
class ExcelViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;

    @BeforeEach
    void start() throws Exception {
        app = Windows.start(dir.resolve("w.db"), "zh",
                Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    private String notice() {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    private Path fill(Path template, String name, String code, String value) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook b = new XSSFWorkbook(in)) {
            Sheet s = b.getSheet("年度实际值");
            for (Row r : s) {
                if (r.getCell(0) != null && code.equals(r.getCell(0).toString())) {
                    r.getCell(5).setCellValue(value);
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                b.write(o);
            }
        }
        return out;
    }

    @Test
    void templateExportedFilledImportedAndABadFileListedCellByCell() throws Exception {
        robot.clickOn("#nav-values");
        assertTrue(robot.lookup("#values-export-template").tryQuery().isPresent());
        assertTrue(robot.lookup("#values-import-xlsx").tryQuery().isPresent());
        var field = WorkbenchApp.class.getDeclaredField("shell");
        field.setAccessible(true);
        ValuesView view = (ValuesView) ((cn.yanggu.workbench.ui.shell.Shell) field.get(app)).currentView();

        Path template = dir.resolve("2023年实际值填报模板.xlsx");
        robot.interact(() -> view.exportTemplateTo(template, 2023));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notice().startsWith("已生成 2023 年填报模板"));
        assertTrue(Files.exists(template));
        assertTrue(robot.lookup("#status-open-folder").query().isVisible(), "打开所在文件夹 is offered");

        Path bad = fill(template, "bad.xlsx", "T04", "约20");
        robot.interact(() -> view.importFrom(bad));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#xlsx-import-errors").tryQuery()
                .isPresent());
        ListView<?> errors = robot.lookup("#xlsx-import-errors").queryAs(ListView.class);
        assertEquals(1, errors.getItems().size());
        assertTrue(String.valueOf(errors.getItems().get(0)).matches("年度实际值!F\\d+：应为数字，实为“约20”"),
                String.valueOf(errors.getItems().get(0)));
        DialogPane pane = robot.lookup("#xlsx-import-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith("未导入 bad.xlsx：1 处错误"), pane.getHeaderText());
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertEquals("未导入 bad.xlsx", notice());

        Path good = fill(template, "good.xlsx", "T04", "180亿元");
        robot.interact(() -> view.importFrom(good));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notice().startsWith("已从 good.xlsx 导入 1 个"));
        TableView<?> grid = robot.lookup("#values-table").queryAs(TableView.class);
        int row = -1;
        for (int i = 0; i < grid.getItems().size(); i++) {
            var r = (cn.yanggu.workbench.ui.values.ValuesModel.Row) grid.getItems().get(i);
            if (r.actual() && r.indicator().code().equals("T04")) {
                row = i;
            }
        }
        int rowIndex = row;
        String shown = String.valueOf(grid.getColumns().get(2 + 2023 - 2020).getCellData(rowIndex));
        assertEquals("1,800,000", shown);
    }

    /** What the 年度数据 grid shows for an indicator's actual of a year. */
    private String shownActual(String code, int year) {
        TableView<?> grid = robot.lookup("#values-table").queryAs(TableView.class);
        for (int i = 0; i < grid.getItems().size(); i++) {
            var r = (cn.yanggu.workbench.ui.values.ValuesModel.Row) grid.getItems().get(i);
            if (r.actual() && r.indicator().code().equals(code)) {
                return String.valueOf(grid.getColumns().get(2 + year - 2020).getCellData(i));
            }
        }
        throw new AssertionError("no row " + code);
    }

    /** The node with {@code id} in a window that is showing (a dialog closed a moment ago may still be listed). */
    private javafx.scene.Node showing(String id) throws Exception {
        javafx.scene.Node[] found = new javafx.scene.Node[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            for (javafx.scene.Node n : robot.lookup(id).queryAll()) {
                if (n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()) {
                    found[0] = n;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    @Test
    void aValueAHundredTimesTheBaseIsListedAndImportedOnlyWhenTheUserSaysSo() throws Exception {
        robot.clickOn("#nav-values");
        var field = WorkbenchApp.class.getDeclaredField("shell");
        field.setAccessible(true);
        ValuesView view = (ValuesView) ((cn.yanggu.workbench.ui.shell.Shell) field.get(app)).currentView();
        Path template = dir.resolve("模板.xlsx");
        robot.interact(() -> view.exportTemplateTo(template, 2023));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notice().startsWith("已生成 2023 年填报模板"));
        String before = shownActual("T04", 2023);

        // 进出口总额 typed in 元: 100 times the 2020 base of 1,397,034 万元
        Path x100 = fill(template, "x100.xlsx", "T04", "139703400");
        robot.interact(() -> view.importFrom(x100));
        ListView<?> listed = (ListView<?>) showing("#xlsx-import-warnings");
        assertEquals(1, listed.getItems().size());
        assertTrue(String.valueOf(listed.getItems().get(0)).matches(
                "年度实际值!F\\d+：139,703,400 是2020年基数 1,397,034 的 100 倍，请核对单位"),
                String.valueOf(listed.getItems().get(0)));
        DialogPane pane = (DialogPane) showing("#xlsx-warnings-dialog");
        assertTrue(pane.getHeaderText().startsWith("x100.xlsx 中有 1 个数值"), pane.getHeaderText());
        // 取消: nothing imported
        javafx.stage.Window dialog = pane.getScene().getWindow();
        robot.clickOn((javafx.scene.Node) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialog.isShowing(), "the dialog is closed");
        assertEquals("未导入 x100.xlsx", notice());
        assertEquals(before, shownActual("T04", 2023));

        // again, and 仍然导入: imported as typed
        robot.interact(() -> view.importFrom(x100));
        robot.clickOn(showing("#xlsx-import-anyway"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notice().startsWith("已从 x100.xlsx 导入 1 个"));
        assertEquals("139,703,400", shownActual("T04", 2023));
    }

    @Test
    void fileMenuExportsTheWholePlan() throws Exception {
        assertNotNull(robot.lookup("#menu-bar").query());
        Path out = dir.resolve("plan.xlsx");
        robot.interact(() -> app.exportXlsxTo(out));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> notice().equals("已导出 plan.xlsx"));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook b = new XSSFWorkbook(in)) {
            assertEquals(16, b.getNumberOfSheets(), "the fifteen tables and 指标评估");
        }
    }
}
