package cn.yanggu.workbench.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cards added to a grid on a scrolling page after its first layout (the overview's cards below the window's edge)
 * make the page scroll as far as the last of them.
 */
class CardGridTest {
    private static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Region card() {
        Region r = new Region();
        r.setPrefSize(150, 250);
        r.setMinSize(150, 250);
        return r;
    }

    @Test
    void cardsAddedAfterTheFirstLayoutScrollIntoReach() {
        // two columns on the (headless) screen's width: five rows of 250 px, taller than the screen
        CardGrid grid = new CardGrid(javafx.stage.Screen.getPrimary().getBounds().getWidth() / 3
                / javafx.scene.text.Font.getDefault().getSize(), 10, false);
        VBox body = new VBox(grid);
        ScrollPane page = new ScrollPane(body);
        page.setFitToWidth(true);
        page.setFitToHeight(true);   // as the workbench's pages (FeatureView.page)
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            grid.getChildren().add(card());
            stage[0] = new Stage();
            // as large as the screen: Monocle draws every window through one buffer the size of the first
            stage[0].setScene(new Scene(page, javafx.stage.Screen.getPrimary().getBounds().getWidth(),
                    javafx.stage.Screen.getPrimary().getBounds().getHeight()));
            stage[0].show();
        });
        try {
            robot.interact(() -> {
                for (int i = 0; i < 9; i++) {
                    grid.getChildren().add(card());
                }
            });
            robot.interact(() -> page.setVvalue(page.getVmax()));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            boolean[] bar = new boolean[1];
            double[] last = new double[1];
            robot.interact(() -> {
                bar[0] = page.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible());
                var lastCard = grid.getChildren().get(grid.getChildren().size() - 1);
                last[0] = page.sceneToLocal(lastCard.localToScene(lastCard.getLayoutBounds())).getMaxY();
            });
            assertTrue(bar[0], "the page shows its vertical scroll bar");
            assertTrue(last[0] <= page.getHeight() + 1, "scrolled to the end, the last card is in view: " + last[0]);
        } finally {
            // the keyboard goes back to the shared stage, which the test classes that follow type into
            robot.interact(() -> {
                stage[0].close();
                FxToolkit.toolkitContext().getRegisteredStage().requestFocus();
            });
        }
    }
}
