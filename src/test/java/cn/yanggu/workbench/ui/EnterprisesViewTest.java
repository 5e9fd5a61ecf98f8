package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.grading.GradingService;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 企业: the selected firm shows its chains with its role, its projects and its 亩产效益 figures, which open there. */
class EnterprisesViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFirmShowsItsChainRoleAndYearlyFiguresWithALinkToGrading() throws Exception {
        Path db = dir.resolve("w.db");
        Enterprise firm;
        Chain chain;
        try (Workbench wb = Workbench.open(db)) {
            chain = wb.editor().plan().chains().stream().filter(c -> !c.enterprises().isEmpty()).findFirst()
                    .orElseThrow();
            String code = chain.enterprises().get(0).enterpriseCode();
            firm = wb.editor().plan().enterprise(code).orElseThrow();
            wb.grading().set(2023, List.of(
                    new GradingService.CellEdit(code, EnterpriseYear.Figure.LAND, 80.0, null),
                    new GradingService.CellEdit(code, EnterpriseYear.Figure.TAX, 640.0, null)));
        }
        app = Windows.start(db, "zh", Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

        robot.clickOn("#nav-enterprises");
        TableView<Object> firms = robot.lookup("#enterprises-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !firms.getItems().isEmpty());
        Object row = firms.getItems().stream().filter(r -> ((cn.yanggu.workbench.ui.enterprises.EnterprisesView.Row) r)
                .enterprise().code().equals(firm.code())).findFirst().orElseThrow();
        robot.interact(() -> firms.getSelectionModel().select(row));

        Label chains = robot.lookup("#enterprise-chains").queryAs(Label.class);
        assertTrue(chains.getText().contains(chain.name() + "（"), "the chain and the role in it: " + chains.getText());
        Label figures = robot.lookup("#enterprise-figures").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> figures.getText().startsWith("2023"));
        assertTrue(figures.getText().contains("用地面积 80 亩") && figures.getText().contains("税收 640 万元"),
                figures.getText());

        // below the form in the detail's scroll area: pressed as a keyboard user would, without scrolling
        robot.interact(() -> robot.lookup("#enterprise-open-grading").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#grading-tabs").queryAs(TabPane.class);
        assertEquals("grading-tab-data", tabs.getSelectionModel().getSelectedItem().getId(), "企业数据 is shown");
        TextField filter = robot.lookup("#filter").match(Node::isVisible).queryAs(TextField.class);
        assertEquals(firm.name(), filter.getText());
        TableView<cn.yanggu.workbench.ui.grading.GradingView.DataRow> grid =
                robot.lookup("#grading-data-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !grid.getItems().isEmpty());
        assertTrue(grid.getItems().stream().anyMatch(r -> r.enterprise().code().equals(firm.code())),
                "the firm's figures are in the grid");
        assertTrue(grid.getItems().stream().allMatch(r -> r.enterprise().name().contains(firm.name())),
                "only the firm (and firms whose names contain it)");
    }
}
