package cn.yanggu.workbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real workbench window headless (Monocle) on a freshly seeded database. */
class WorkbenchAppTest {
    @TempDir
    static Path dir;
    private static final FxRobot robot = new FxRobot();
    private static WorkbenchApp app;
    private static Path db;

    @BeforeAll
    static void start() throws Exception {
        db = dir.resolve("workbench.db");
        Clock mid2023 = Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        app = Windows.start(db, "zh", mid2023);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theStatusBarShowsTheDatabaseInUse() {
        String text = robot.lookup("#status-database").queryAs(Label.class).getText();
        assertTrue(text.contains(db.toAbsolutePath().toString()), text);
        assertTrue(robot.lookup("#status-state").queryAs(Label.class).getText().contains("个项目"));
    }

    @Test
    void overviewShowsThePlanAtAGlance() {
        robot.clickOn("#nav-overview");
        assertTrue(labelIn("#card-zones").contains("29.48\nkm²"), labelIn("#card-zones"));
        assertEquals("6", firstLabel("#card-chains"));
        assertTrue(robot.lookup("#plan-period").queryAs(Label.class).getText().contains("规划期已过 2 / 5 年"));
        TableView<?> statements = table("#statements-table");
        assertTrue(statements.getItems().size() > 20);
        filter("远景");
        assertTrue(statements.getItems().size() >= 1 && statements.getItems().size() < 10,
                "filter narrows to the vision rows: " + statements.getItems().size());
        filter("");
        assertNothingTruncated();
        assertFalse(robot.lookup(".page-scroll .viewport").query().isCache(),
                "the page is drawn directly, not through a viewport-sized cached image (5 MB with the software renderer)");
    }

    @Test
    void theOverviewScrollsDownToItsStatementsTable() throws Exception {
        robot.clickOn("#nav-overview");
        Windows.waitForJudgedBoard();
        javafx.scene.control.ScrollPane page = robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> page.setVvalue(page.getVmax()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds table = page.sceneToLocal(robot.lookup("#statements-table").query()
                .localToScene(robot.lookup("#statements-table").query().getLayoutBounds()));
        // the cards and the table come after the page's first layout; the page still reaches the table's bottom
        assertTrue(table.getMinY() >= 0 && table.getMaxY() <= page.getHeight() + 1,
                "the table lies within the scrolled page: " + table + " in " + page.getHeight());
    }

    @Test
    void indicatorsShowTable21WithComputedGrowthBesideTheStatedOne() {
        robot.clickOn("#nav-indicators");
        TableView<?> t21 = table("#table21");
        assertEquals(9, t21.getItems().size());
        assertEquals("(1) 亩均税收 (万元/亩)", cellText(t21, 0, 1));
        assertEquals("4.7", cellText(t21, 0, 2));
        assertEquals("7.3", cellText(t21, 0, 3));
        assertEquals("9.2", cellText(t21, 0, 4));
        assertEquals("9.2", cellText(t21, 0, 5));
        assertEquals("1,397,034", cellText(t21, 3, 2));
        for (int r = 0; r < 9; r++) {
            assertEquals("✓ 与规划一致", cellText(t21, r, 7));
        }
        TableView<?> other = table("#other-indicators");
        int all = other.getItems().size();
        assertTrue(all > 20);
        filter("铜");
        assertTrue(other.getItems().size() >= 3 && other.getItems().size() < all);
        assertEquals(0, t21.getItems().size(), "no 表2-1 row mentions copper");
        filter("");
        assertEquals(9, t21.getItems().size());
        assertNothingTruncated();
    }

    @Test
    void chainsShowBrandEnterprisesLinksAndProjectsOfTheSelectedChain() {
        robot.clickOn("#nav-chains");
        TableView<?> chains = table("#chains-table");
        assertEquals(6, chains.getItems().size());
        robot.interact(() -> chains.getSelectionModel().select(0));
        String detail = allText(robot.lookup("#chain-detail").queryAs(Parent.class));
        assertEquals("中国北方铜谷", robot.lookup("#field-brand").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#field-leading").queryAs(javafx.scene.control.TextArea.class).getText()
                .contains("祥光铜业"));
        assertTrue(robot.lookup("#field-links").queryAs(javafx.scene.control.TextArea.class).getText()
                .contains("上游开发矿产资源"));
        assertTrue(detail.contains("北赛电工380公里以上高铁接触导线项目"), detail);
        assertTrue(detail.contains("360"), "the copper revenue target of 360 亿元 is shown");
        filter("华泰");
        assertEquals(1, chains.getItems().size());
        filter("");
        assertNothingTruncated();
    }

    @Test
    void zonesShowAreasBoundariesTotalAndTheFlaggedWestBoundary() {
        robot.clickOn("#nav-zones");
        TableView<?> zones = table("#zones-table");
        assertEquals(4, zones.getItems().size());
        assertEquals("东部工业集中区", cellText(zones, 0, 0));
        assertEquals("11.96", cellText(zones, 0, 2));
        assertEquals("未规定", cellText(zones, 3, 2), "the reserved area has no area in the plan");
        assertEquals("⚠ 存疑", cellText(zones, 1, 7), "the damaged west boundary is flagged");
        assertTrue(robot.lookup("#zones-total").queryAs(Label.class).getText().contains("29.48"));
        robot.interact(() -> zones.getSelectionModel().select(1));
        String north = robot.lookup("#field-north").queryAs(TextField.class).getText();
        String detail = allText(robot.lookup("#zone-detail").queryAs(Parent.class));
        assertTrue(north.contains("西湖镇环城北路") && detail.contains("分页"),
                "the detail pane shows the whole damaged boundary and its note: " + north + " / " + detail);
        filter("预留");
        assertEquals(1, zones.getItems().size());
        filter("");
        assertNothingTruncated();
    }

    @Test
    void projectsListEveryColumnEntryAndTheFilterNarrowsThem() {
        robot.clickOn("#nav-projects");
        TableView<?> projects = table("#projects-table");
        int all = projects.getItems().size();
        assertTrue(all >= 41, "every 专栏 project: " + all);
        filter("华泰");
        int huatai = projects.getItems().size();
        assertTrue(huatai >= 6 && huatai < all, "华泰 projects: " + huatai);
        for (int r = 0; r < huatai; r++) {
            assertTrue(rowText(projects, r).contains("华泰"), rowText(projects, r));
        }
        filter("专栏7");
        assertEquals(7, projects.getItems().size(), "专栏7 lists seven entries");
        filter("");
        assertEquals(all, projects.getItems().size());
        assertNothingTruncated();
    }

    @Test
    void admissionCheckJudgesEachRuleAsTheUserTypes() {
        robot.clickOn("#nav-thresholds");
        String[][] input = {{"#admission-land", "100"}, {"#admission-investment", "28000"},
            {"#admission-tax", "2500"}, {"#admission-site", "66667"}, {"#admission-floor", "80000"},
            {"#admission-footprint", "30000"}};
        for (String[] f : input) {
            TextField field = robot.lookup(f[0]).queryAs(TextField.class);
            robot.interact(() -> field.setText(f[1]));
        }
        String results = allText(robot.lookup("#admission-results").queryAs(Parent.class));
        assertTrue(results.contains("× 未通过 投资强度：280.00 万元/亩，等于门槛，未达到“高于280.00 万元/亩”"), results);
        // the window's year is 2023: 容积率 applies from 2025 ("到2025年") and is shown but not judged
        assertTrue(results.contains("— 未执行 容积率：1.20，要求 ≥ 1.00"), results);
        TextField year = robot.lookup("#admission-year").queryAs(TextField.class);
        assertEquals("2023", year.getText());
        robot.interact(() -> year.setText("2025"));
        results = allText(robot.lookup("#admission-results").queryAs(Parent.class));
        assertTrue(results.contains("要求 ≥ 1.00"), results);
        assertTrue(results.contains("✓ 通过  容积率：1.20"), results);
        assertTrue(results.contains("有未达到的入园门槛"), results);
        TextField investment = robot.lookup("#admission-investment").queryAs(TextField.class);
        robot.interact(() -> investment.setText("3亿元"));
        assertTrue(allText(robot.lookup("#admission-results").queryAs(Parent.class)).contains("全部达到"));
    }

    @Test
    void shortcutsSwitchViewsAndFocusTheFilter() {
        robot.clickOn("#nav-overview");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT7)
                .release(javafx.scene.input.KeyCode.DIGIT7, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#projects-table").queryAll().isEmpty());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#filter").queryAs(TextField.class).isFocused());
    }

    // ------------------------------------------------------------------ helpers

    private static TableView<?> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void filter(String text) {
        TextField f = robot.lookup("#filter").queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private static String cellText(TableView<?> table, int row, int column) {
        Object v = table.getColumns().get(column).getCellObservableValue(row).getValue();
        // the rendered text of the cell, as the user sees it
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(column)
                    && cell.getIndex() == row && cell.getText() != null) {
                return cell.getText();
            }
        }
        return String.valueOf(v);
    }

    private static String rowText(TableView<?> table, int row) {
        StringBuilder b = new StringBuilder();
        for (var c : table.getColumns()) {
            b.append(c.getCellObservableValue(row).getValue()).append(' ');
        }
        return b.toString();
    }

    private static String labelIn(String id) {
        return allText(robot.lookup(id).queryAs(Parent.class));
    }

    private static String firstLabel(String id) {
        return labelIn(id).lines().findFirst().orElse("");
    }

    private static String allText(Parent parent) {
        StringBuilder b = new StringBuilder();
        for (Node n : parent.lookupAll(".label")) {
            if (n instanceof Labeled l && l.getText() != null) {
                b.append(l.getText()).append('\n');
            }
        }
        return b.toString();
    }

    /** No button or label outside a table cell shows its text cut off with an ellipsis. */
    private static void assertNothingTruncated() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        Parent root = robot.lookup(".shell").queryAs(Parent.class);
        List<Node> nodes = new ArrayList<>();
        for (String selector : List.of(".label", ".button", ".toggle-button")) {
            nodes.addAll(root.lookupAll(selector));
        }
        for (Node n : nodes) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isEmpty() || insideCell(n)
                    || !n.isVisible() || l.isWrapText()) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text text && !text.getText().equals(l.getText())) {
                    cut.add(l.getText() + " → " + text.getText());
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    private static boolean insideCell(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableCell<?, ?>) {
                return true;
            }
        }
        return false;
    }

    static boolean isButton(Node n) {
        return n instanceof ButtonBase;
    }
}
