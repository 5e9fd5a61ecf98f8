package cn.yanggu.workbench.ui.overview;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Figures;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.common.CardGrid;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Once;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.ThinBar;
import cn.yanggu.workbench.ui.common.Tips;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The overview's indicator panels: status counts as chips (click to filter), filters by category and chain, the
 * tolerance, and one card per indicator with a target — latest value, target, value and time progress, status and a
 * sparkline. A click opens the indicator's trajectory chart.
 */
final class IndicatorBoard extends VBox {
    private static final String ALL = "";

    private final I18n t;
    private final Session session;
    private final Consumer<String> openChart;
    private final FlowPane chips = new FlowPane(8, 6);
    private final CardGrid cards = new CardGrid(16, 12, false);
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> chain = new ComboBox<>();
    private final Label empty = new Label();
    /** The five statuses of plan evaluations always shown as chips; the others only when some indicator has them. */
    private static final java.util.Set<Assessment.Status> MAIN = java.util.EnumSet.of(Assessment.Status.ACHIEVED,
            Assessment.Status.AHEAD, Assessment.Status.ON_TRACK, Assessment.Status.BEHIND,
            Assessment.Status.FAR_BEHIND);
    private final Judgements words;
    private Assessment.Status statusFilter;
    private Plan plan;
    /** The plan's indicators judged at one tolerance, off the JavaFX thread; null until the first result is in. */
    private Judged judged;
    /** Counts the judgements asked for: a result that is no longer the latest one asked for is dropped. */
    private int asked;
    /** Counts the renderings: cards put off for a rendering that is no longer the latest are not built. */
    private int renders;
    /** The latest judgement's cards within the window are there; all of them are there. */
    private final Once onScreen = new Once();
    private final Once complete = new Once();

    /** The judgement of every indicator with a target and the number per status, for one plan and tolerance. */
    record Judged(Plan plan, double tolerance, List<Assessment> all, Map<Assessment.Status, Integer> counts) {
        static Judged of(Plan plan, double tolerance) {
            List<Assessment> all = Judgements.assess(plan, Judgements.dataYear(plan), tolerance);
            Map<Assessment.Status, Integer> counts = new EnumMap<>(Assessment.Status.class);
            all.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
            return new Judged(plan, tolerance, all, counts);
        }
    }

    IndicatorBoard(I18n t, Session session, Consumer<String> openChart) {
        super(10);
        this.t = t;
        this.session = session;
        this.openChart = openChart;
        this.words = new Judgements(t);
        setId("indicator-board");
        Label title = new Label(t.get("board.title"));
        title.getStyleClass().add("section-title");
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setId("status-chips");
        category.setId("board-category");
        chain.setId("board-chain");
        category.valueProperty().addListener((o, a, b) -> render());
        chain.valueProperty().addListener((o, a, b) -> render());
        Spinner<Integer> tolerance = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 20,
                (int) Math.round(session.tolerance().get() * 100)));
        tolerance.setId("board-tolerance");
        tolerance.setPrefWidth(80);
        tolerance.valueProperty().addListener((o, a, b) -> session.tolerance().set(b / 100.0));
        session.tolerance().addListener((o, a, b) -> judge());
        Label tolLabel = new Label(t.get("board.tolerance"));
        tolLabel.setTooltip(new Tooltip(t.get("board.rules")));
        // chips and filters wrap onto a second line on a narrow or scaled screen instead of widening the page
        HBox boxes = new HBox(8, new Label(t.get("indicator.category")), category,
                new Label(t.get("indicator.chain")), chain, tolLabel, tolerance);
        boxes.setAlignment(Pos.CENTER_LEFT);
        boxes.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        // up to eight status chips: they wrap among themselves, and the filters go below them
        VBox filters = new VBox(8, chips, boxes);

        cards.setId("indicator-cards");
        empty.getStyleClass().add("secondary");
        getChildren().addAll(title, filters, cards, empty);
    }

    void show(Plan p) {
        this.plan = p;
        List<String> categories = new ArrayList<>();
        categories.add(ALL);
        p.indicators().stream().map(Indicator::category).distinct().forEach(categories::add);
        String keepCategory = category.getValue();
        category.getItems().setAll(categories);
        category.setValue(categories.contains(keepCategory) ? keepCategory : ALL);
        category.setConverter(converter());
        List<String> chains = new ArrayList<>();
        chains.add(ALL);
        p.chains().forEach(c -> chains.add(c.code()));
        String keepChain = chain.getValue();
        chain.getItems().setAll(chains);
        chain.setValue(chains.contains(keepChain) ? keepChain : ALL);
        chain.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? t.get("board.all")
                        : plan.chain(code).map(c -> c.name()).orElse(code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        judge();
    }

    /**
     * Judges the indicators on the task runner (the JavaFX thread only builds the cards from the result); the chips
     * and cards already shown stay until it is in. Filters re-use the judgement: they only choose cards.
     */
    private void judge() {
        if (plan == null) {
            return;
        }
        Plan p = plan;
        double tol = session.tolerance().get();
        int ticket = ++asked;
        getStyleClass().remove("judged");
        onScreen.reset();
        complete.reset();
        session.runner().run("judge", () -> Judged.of(p, tol), result -> {
            if (ticket == asked) {
                judged = result;
                render();
            }
        }, e -> {
            if (ticket == asked) {
                empty.setText(cn.yanggu.workbench.app.ErrorText.describe(t, e));
                empty.setManaged(true);
                onScreen.happened();
                complete();
            }
        });
    }

    private javafx.util.StringConverter<String> converter() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? t.get("board.all") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /** Builds the chips and the cards the filters choose from the latest judgement (JavaFX thread). */
    private void render() {
        if (judged == null) {
            return;
        }
        getStyleClass().remove("judged");
        complete.reset();
        List<Assessment> all = judged.all();
        Map<Assessment.Status, Integer> counts = judged.counts();
        chips.getChildren().clear();
        for (Assessment.Status s : Assessment.Status.values()) {
            if (counts.getOrDefault(s, 0) == 0 && s != statusFilter && !MAIN.contains(s)) {
                continue;
            }
            ToggleButton chip = new ToggleButton(Words.symbol(s) + " " + Words.status(t, s) + " "
                    + counts.getOrDefault(s, 0));
            chip.setId("chip-" + s.name().toLowerCase());
            chip.getStyleClass().addAll("status-chip", "status-" + s.name().toLowerCase().replace('_', '-'));
            chip.setSelected(s == statusFilter);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setOnAction(e -> {
                statusFilter = chip.isSelected() ? s : null;
                render();
            });
            chips.getChildren().add(chip);
        }
        List<Assessment> shown = new ArrayList<>();
        for (Assessment a : all) {
            Indicator ind = a.indicator();
            if (statusFilter != null && a.status() != statusFilter) {
                continue;
            }
            if (category.getValue() != null && !category.getValue().isEmpty()
                    && !category.getValue().equals(ind.category())) {
                continue;
            }
            if (chain.getValue() != null && !chain.getValue().isEmpty()
                    && !chain.getValue().equals(ind.chainCode())) {
                continue;
            }
            shown.add(a);
        }
        empty.setText(shown.isEmpty() ? t.get("board.none") : "");
        empty.setManaged(shown.isEmpty());
        // the cards on screen first (the first row measured, then as many rows as reach the window's bottom edge),
        // the ones below it after that has been drawn
        int rendering = ++renders;
        List<VBox> built = new ArrayList<>();
        int firstRow = Math.min(shown.size(), Math.max(1, cards.columns()));
        shown.subList(0, firstRow).forEach(a -> built.add(card(a)));
        cards.getChildren().setAll(built);
        int inView = getScene() == null ? shown.size()
                : cards.cardsToFill(cards.sceneToLocal(0, getScene().getHeight()).getY(), shown.size());
        shown.subList(firstRow, inView).forEach(a -> cards.getChildren().add(card(a)));
        onScreen.happened();
        if (inView == shown.size()) {
            complete();
            return;
        }
        List<Assessment> below = shown.subList(inView, shown.size());
        cn.yanggu.workbench.ui.common.Pulses.afterNextPulse(this, () -> {
            if (rendering == renders) {
                List<VBox> rest = new ArrayList<>();
                below.forEach(a -> rest.add(card(a)));
                cards.getChildren().addAll(rest);
                complete();
            }
        });
    }

    /** Every card of the latest judgement is there: tests ("judged") and the overview (its table) wait for this. */
    private void complete() {
        getStyleClass().add("judged");
        complete.happened();
    }

    /**
     * Runs {@code action} once the latest judgement's cards within the window are there (or it could not judge): the
     * next frame shows them.
     */
    void whenOnScreen(Runnable action) {
        onScreen.then(action);
    }

    /** Runs {@code action} once, when the board next has all its cards (or could not judge). */
    void whenComplete(Runnable action) {
        complete.then(action);
    }

    /**
     * A card's words are Text nodes (the ones that wrap in a TextFlow), not Labels: a Label is a control with a skin
     * of its own, and the cards in the window held some 160 of them on the way to the first frame with data.
     */
    private static Text text(String s, String... styles) {
        Text t = new Text(s);
        t.getStyleClass().add("board-text");
        t.getStyleClass().addAll(styles);
        return t;
    }

    /** Words that wrap at the card's width. */
    private static TextFlow wrapping(String s, String... styles) {
        TextFlow flow = new TextFlow(text(s, styles));
        flow.setMinHeight(Region.USE_PREF_SIZE);
        return flow;
    }

    private VBox card(Assessment a) {
        Indicator ind = a.indicator();
        String unit = Judgements.unit(ind);
        TextFlow name = wrapping(ind.name() + (unit.isEmpty() ? "" : "（" + unit + "）"), "board-name");
        Text value = text(a.latest().map(l -> Figures.recorded(ind, l.value())).orElse("—"), "board-value");
        if (Figures.displayUnit(ind).divisor() != 1) {
            a.latest().ifPresent(l -> Tips.install(value, Formats.number(l.value()) + " " + ind.unit()));
        }
        TextFlow when = wrapping(a.latest().map(l -> t.get("board.latest", l.year(), vintage(l)))
                .orElse(t.get("board.noActuals", judged.plan().info().periodStart())), "secondary");
        // an approved next period's target beside this period's, while the card is still judged in this one
        String next = cn.yanggu.workbench.domain.Successors.approved(plan.versions())
                .filter(v -> a.target().map(tg -> tg.year() < v.periodEnd()).orElse(true))
                .flatMap(v -> v.target(ind.code(), v.periodEnd()))
                .map(c -> "\n" + t.get("board.nextTarget", c.year(), words.target(ind,
                        cn.yanggu.workbench.app.versions.VersionText.asValue(c)))).orElse("");
        TextFlow target = wrapping(a.target().map(tg -> t.get("board.target", tg.year(),
                words.target(ind, tg))).orElse(a.basis() == Assessment.Basis.DIRECTION
                ? t.get("growthKind.direction") : "") + next, "secondary");
        HBox valueBar = bar(a.valueProgress().isPresent() ? a.valueProgress().getAsDouble() : null,
                words.progress(a), t.get("board.valueShort"), t.get("board.valueProgress"), false);
        HBox timeBar = bar(a.timeProgress(), Judgements.percent(a.timeProgress()), t.get("board.timeShort"),
                t.get("board.timeProgress"), true);
        Label status = new Label(Words.symbol(a.status()) + " " + words.status(a)
                + (a.bindingWarning() ? "  " + t.get("chart.bindingWarning") : ""));
        status.getStyleClass().addAll("status-chip", "status-" + a.status().name().toLowerCase().replace('_', '-'));
        String basis = words.basis(a);
        Tips.install(status, (basis.isEmpty() ? "" : basis + "\n") + t.get("board.rules"));
        status.setMinWidth(Region.USE_PREF_SIZE);
        Text required = text(words.required(a), "secondary");
        Canvas spark = sparkline(a);
        HBox top = new HBox(8, value, spark);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane verdict = new FlowPane(8, 4, status, required);
        verdict.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, name, top, when, target, valueBar, timeBar, verdict);
        card.getStyleClass().addAll("card", "board-card");
        card.setId("board-" + ind.code());
        card.setOnMouseClicked(e -> openChart.accept("indicator-" + ind.code()));
        return card;
    }

    /**
     * A progress bar with its name before and its percentage after it (a bar over 100 % is drawn full, the figure
     * says how far over); no figure — "—" — when there is nothing to measure yet.
     */
    private static HBox bar(Double progress, String figure, String name, String tip, boolean time) {
        ThinBar bar = new ThinBar(progress == null ? 0 : progress);
        bar.getStyleClass().add("board-bar");
        if (time) {
            bar.getStyleClass().add("time-bar");
        }
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(6, text(name, "secondary", "board-bar-name"), bar,
                text(figure.isEmpty() ? "—" : figure, "secondary", "board-bar-value"));
        row.setAlignment(Pos.CENTER_LEFT);
        Tips.install(row, tip);
        return row;
    }

    private String vintage(YearValue v) {
        return v.vintage() == null ? t.get("chart.vintageUnknown") : cn.yanggu.workbench.app.Words.vintage(t, v.vintage());
    }

    /** A tiny line: the planned path in blue, the actuals as dark dots. */
    private static Canvas sparkline(Assessment a) {
        Canvas c = new Canvas(110, 34);
        GraphicsContext g = c.getGraphicsContext2D();
        List<Assessment.Point> path = a.plannedPath();
        List<YearValue> actuals = Assessment.actuals(a.indicator(), a.asOfYear());
        if (path.isEmpty() && actuals.isEmpty()) {
            return c;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (var p : path) {
            min = Math.min(min, p.value());
            max = Math.max(max, p.value());
        }
        for (var v : actuals) {
            min = Math.min(min, v.value());
            max = Math.max(max, v.value());
        }
        // the years of the path (2020–2025, or a successor's 2025–2030) and of the actuals shown with it
        int y0 = Math.min(path.isEmpty() ? Integer.MAX_VALUE : path.get(0).year(),
                actuals.isEmpty() ? Integer.MAX_VALUE : actuals.get(0).year());
        int y1 = Math.max(path.isEmpty() ? Integer.MIN_VALUE : path.get(path.size() - 1).year(),
                actuals.isEmpty() ? Integer.MIN_VALUE : actuals.get(actuals.size() - 1).year());
        if (y1 <= y0) {
            y0 = y1 - 1;
        }
        int from = y0;
        double span = max - min == 0 ? 1 : max - min;
        double fMin = min;
        double years = y1 - y0;
        java.util.function.DoubleUnaryOperator x = yr -> 4 + (yr - from) * (c.getWidth() - 8) / years;
        java.util.function.DoubleUnaryOperator y = v -> c.getHeight() - 4 - (v - fMin) * (c.getHeight() - 8) / span;
        g.setStroke(Color.web("#1E6FD9"));
        g.setLineWidth(1.6);
        for (int i = 1; i < path.size(); i++) {
            g.strokeLine(x.applyAsDouble(path.get(i - 1).year()), y.applyAsDouble(path.get(i - 1).value()),
                    x.applyAsDouble(path.get(i).year()), y.applyAsDouble(path.get(i).value()));
        }
        g.setFill(Color.web("#1F2329"));
        for (var v : actuals) {
            g.fillOval(x.applyAsDouble(v.year()) - 2.5, y.applyAsDouble(v.value()) - 2.5, 5, 5);
        }
        return c;
    }


    boolean hasCard(String code) {
        return cards.getChildren().stream().anyMatch(n -> Objects.equals(n.getId(), "board-" + code));
    }
}
