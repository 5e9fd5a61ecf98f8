package cn.yanggu.workbench.ui.overview;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.TaskRunner;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview's indicator cards are judged on the task runner, not on the JavaFX thread: showing a plan asks the
 * runner for the judgement and builds no card until its result is in; a filter re-uses the judgement. Each bar is
 * filled as far as the figure beside it says (nothing below 0 %, full above 100 %). The cards within the window are
 * there for the first frame after the judgement; those below its bottom edge follow a frame later.
 */
class IndicatorBoardTest {
    private static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Holds each task until the test runs its work (here, on the test's own thread) and then its completion. */
    private static final class HeldRunner implements TaskRunner {
        final List<String> names = new ArrayList<>();
        final List<Runnable> work = new ArrayList<>();
        final List<Runnable> done = new ArrayList<>();

        @Override
        public <T> void run(String name, Callable<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
            names.add(name);
            work.add(() -> {
                assertFalse(Platform.isFxApplicationThread(), "the judgement runs off the JavaFX thread");
                try {
                    T result = task.call();
                    done.add(() -> onDone.accept(result));
                } catch (Exception e) {
                    done.add(() -> onError.accept(e));
                }
            });
        }

        @Override
        public ReadOnlyIntegerProperty running() {
            return new ReadOnlyIntegerWrapper(work.size() - done.size()).getReadOnlyProperty();
        }

        @Override
        public void close() {
        }
    }

    /** A board showing the seed plan with actuals; its judgement is held by {@code runner}. */
    private static IndicatorBoard[] boardShowingThePlan(HeldRunner runner) {
        Session session = new Session(runner, e -> {
            throw new AssertionError(e);
        });
        Plan plan = TestPlans.withActuals(TestPlans.seedPlan());
        IndicatorBoard[] board = new IndicatorBoard[1];
        robot.interact(() -> {
            board[0] = new IndicatorBoard(I18n.forLanguage("zh"), session, id -> { });
            board[0].show(plan);
        });
        return board;
    }

    @Test
    void cardsAreJudgedOnTheTaskRunnerAndBuiltFromItsResult() {
        HeldRunner runner = new HeldRunner();
        IndicatorBoard[] board = boardShowingThePlan(runner);
        assertEquals(List.of("judge"), runner.names, "showing the plan asks the runner for the judgement");
        assertFalse(board[0].hasCard("T01"), "no card before the judgement is in");
        assertFalse(board[0].getStyleClass().contains("judged"));

        runner.work.get(0).run();   // the judgement, on this (non-JavaFX) thread
        robot.interact(() -> runner.done.get(0).run());
        assertTrue(board[0].hasCard("T01") && board[0].hasCard("G01"), "the cards are built from the result");
        assertTrue(board[0].getStyleClass().contains("judged"));

        robot.interact(() -> ((javafx.scene.control.ComboBox<?>) board[0].lookup("#board-category"))
                .getSelectionModel().select(1));
        assertEquals(1, runner.names.size(), "a filter chooses among the judged cards without judging again");
    }

    @Test
    void eachBarIsFilledAsFarAsTheFigureBesideItSays() throws Exception {
        HeldRunner runner = new HeldRunner();
        IndicatorBoard[] board = boardShowingThePlan(runner);
        runner.work.get(0).run();
        // the window keeps its size, and the styles go on the board: the primary stage and its scene are shared by
        // the test classes that follow
        FxToolkit.setupSceneRoot(() -> board[0]);
        robot.interact(() -> {
            runner.done.get(0).run();
            for (String css : List.of("tokens.css", "overview.css")) {
                board[0].getStylesheets().add(IndicatorBoardTest.class.getResource(
                        "/cn/yanggu/workbench/css/" + css).toExternalForm());
            }
        });
        FxToolkit.showStage();
        try {
            robot.interact(() -> board[0].applyCss());
            robot.interact(() -> board[0].layout());
            int checked = 0;
            for (javafx.scene.Node n : robot.from(board[0]).lookup(".board-bar").queryAll()) {
                cn.yanggu.workbench.ui.common.ThinBar bar = (cn.yanggu.workbench.ui.common.ThinBar) n;
                javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) bar.getParent();
                String figure = ((javafx.scene.text.Text) row.getChildren().get(2)).getText();
                javafx.scene.layout.Region fill = (javafx.scene.layout.Region) bar.getChildrenUnmodifiable().get(0);
                if (figure.equals("—")) {
                    assertEquals(0, fill.isVisible() ? fill.getWidth() : 0, 0.5, "no figure, no fill");
                    continue;
                }
                double pct = Double.parseDouble(figure.replace("%", "").replace(",", "")) / 100;
                assertTrue(bar.getWidth() > 20, "the bar is laid out: " + bar.getWidth());
                assertEquals(Math.max(0, Math.min(1, pct)) * bar.getWidth(), fill.getWidth(), 1.0, figure);
                checked++;
            }
            assertTrue(checked >= 20, "value and time bars of the judged cards: " + checked);
        } finally {
            FxToolkit.hideStage();
        }
    }

    private static void styled(javafx.scene.Parent board) {
        for (String css : List.of("tokens.css", "overview.css")) {
            board.getStylesheets().add(IndicatorBoardTest.class.getResource("/cn/yanggu/workbench/css/" + css)
                    .toExternalForm());
        }
    }

    private static List<javafx.scene.Node> cards(IndicatorBoard board) {
        return new ArrayList<>(((javafx.scene.Parent) board.lookup("#indicator-cards")).getChildrenUnmodifiable());
    }

    @Test
    void theCardsWithinTheWindowComeWithTheJudgementAndTheOthersAFrameLater() throws Exception {
        HeldRunner runner = new HeldRunner();
        IndicatorBoard[] board = boardShowingThePlan(runner);
        runner.work.get(0).run();
        // a window of its own, as large as the (headless) screen — Monocle draws every window through one buffer the
        // size of the first — (the shared stage keeps its size, see above)
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        robot.interact(() -> {
            styled(board[0]);
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(new javafx.scene.Scene(board[0],
                    javafx.stage.Screen.getPrimary().getBounds().getWidth(),
                    javafx.stage.Screen.getPrimary().getBounds().getHeight()));
            stage[0].show();
        });
        try {
            // laid out before the judgement is in, as the overview is
            robot.interact(() -> {
                board[0].applyCss();
                board[0].layout();
            });
            boolean[] told = new boolean[1];
            int[] first = new int[1];
            double[] lowest = new double[1];
            double[] window = new double[1];
            robot.interact(() -> {
                board[0].whenOnScreen(() -> told[0] = true);
                runner.done.get(0).run();
                // what the next frame draws
                board[0].applyCss();
                board[0].layout();
                List<javafx.scene.Node> built = cards(board[0]);
                first[0] = built.size();
                lowest[0] = built.stream().mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMaxY()).max()
                        .orElse(0);
                window[0] = board[0].getScene().getHeight();
            });
            assertTrue(told[0], "the board says when the cards in the window are there");
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> board[0].getStyleClass().contains("judged"));
            int all = cards(board[0]).size();
            assertEquals(IndicatorBoard.Judged.of(TestPlans.withActuals(TestPlans.seedPlan()), 0.05).all().size(), all,
                    "in the end a card for every indicator judged");
            assertTrue(first[0] == all || lowest[0] >= window[0],
                    "no gap in the window: " + first[0] + " cards reach " + lowest[0] + " of " + window[0] + " px");
            double[] full = new double[1];
            robot.interact(() -> {
                board[0].applyCss();
                board[0].layout();
                full[0] = cards(board[0]).stream().mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMaxY())
                        .max().orElse(0);
            });
            assertTrue(full[0] > window[0] + 200, "the cards are taller than the window: " + full[0]);
            assertTrue(first[0] < all, "the cards below the window's edge wait for the next frame: " + first[0]);
        } finally {
            // the keyboard goes back to the shared stage, which the test classes that follow type into
            robot.interact(() -> {
                stage[0].close();
                FxToolkit.toolkitContext().getRegisteredStage().requestFocus();
            });
        }
    }
}
