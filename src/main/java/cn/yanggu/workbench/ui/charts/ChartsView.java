package cn.yanggu.workbench.ui.charts;

import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.ChartExport;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.ChartService;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.app.charts.Deck;
import cn.yanggu.workbench.app.charts.SlideChart;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.SlideCanvas;
import cn.yanggu.workbench.ui.common.ViewHeader;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 图表: every slide chart that has something to show — each indicator's 2020–2025 story followed by its 远景2035 chart
 * where it has one, the chain targets, the project pipeline and the zones — shown as it will be exported, with PNG
 * (1920×1080, 1280×720, 2×), SVG, clipboard, batch and PPTX export.
 */
public final class ChartsView implements WorkbenchView {
    /** A chart in the list. */
    public record Entry(String id, String title, String searchable) {
    }

    /** Where a finished export is reported (message, folder to open). */
    public interface Notices {
        void done(String message, Path folder);
    }

    private final I18n t;
    private final Session session;
    private final Clock clock;
    private final ChartFonts fonts;
    private final Notices notices;
    private final FilterModel<Entry> model = new FilterModel<>(Entry::searchable);
    private final ListView<Entry> list = new ListView<>();
    private final SlideCanvas canvas = new SlideCanvas();
    private final Label status = new Label();
    private final ViewHeader header;
    private final BorderPane root = new BorderPane();
    private String selected;

    public ChartsView(I18n t, Session session, Clock clock, ChartFonts fonts, Notices notices) {
        this.t = t;
        this.session = session;
        this.clock = clock;
        this.fonts = fonts;
        this.notices = notices;
        header = new ViewHeader(t, t.get("nav.charts"), model);
        list.setId("charts-list");
        list.setItems(model.visible());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                selected = e.id();
                draw();
            }
        });
        canvas.setId("chart-canvas");
        status.setId("chart-status");
        status.getStyleClass().add("secondary");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);

        MenuItem png1080 = item(t.get("charts.png1080"), () -> exportPng(1920, 1080));
        MenuItem png720 = item(t.get("charts.png720"), () -> exportPng(1280, 720));
        MenuItem png2x = item(t.get("charts.png2x"), () -> exportPng(3840, 2160));
        MenuItem svg = item(t.get("charts.svg"), this::exportSvg);
        MenuItem copy = item(t.get("charts.copy"), this::copy);
        canvas.setOnContextMenuRequested(e -> new ContextMenu(png1080, png720, png2x, svg, copy)
                .show(canvas, e.getScreenX(), e.getScreenY()));
        header.addAction(t.get("charts.copy"), "chart-copy", this::copy);
        header.addAction(t.get("charts.exportPng"), "chart-png", () -> exportPng(1920, 1080));
        header.addAction(t.get("charts.svg"), "chart-svg", this::exportSvg);
        header.addAction(t.get("charts.exportAll"), "chart-all", this::exportAll);
        header.addAction(t.get("charts.deck"), "chart-deck", this::exportDeck);

        VBox right = new VBox(8, canvas, status);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        right.getStyleClass().add("view-body");
        right.setAlignment(Pos.TOP_CENTER);
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.22);
        root.getStyleClass().add("view");
        root.setTop(header);
        root.setCenter(split);
        session.tolerance().addListener((obs, old, now) -> draw());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private Charts charts() {
        return new Charts(t, fonts, session.tolerance().get());
    }

    /** The files charts and the deck are written as, at the tolerance set now. */
    private ChartService service() {
        return new ChartService(t, fonts, session.tolerance().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan plan) {
        List<Entry> entries = charts().catalogue(plan).stream()
                .map(e -> new Entry(e.id(), e.title(), FilterModel.text(e.searchable()))).toList();
        model.setAll(entries);
        String keep = selected;
        Entry e = entries.stream().filter(x -> x.id().equals(keep)).findFirst().orElse(entries.isEmpty() ? null
                : entries.get(0));
        list.getSelectionModel().select(e);
        draw();
    }

    /** Shows one chart (e.g. when an overview card is clicked). */
    public void select(String id) {
        model.filterProperty().set("");
        list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(e -> {
            list.getSelectionModel().select(e);
            list.scrollTo(e);
        });
    }

    /** The chart being shown, freshly built from the current plan. */
    public SlideChart current() {
        Plan plan = session.plan();
        if (plan == null || selected == null) {
            return null;
        }
        return charts().build(plan, selected).orElse(null);
    }

    private void draw() {
        SlideChart c = current();
        canvas.setChart(c);
        status.setText(c == null ? "" : c.statusLine());
    }

    private cn.yanggu.workbench.ui.common.Dialogs dialogs() {
        return cn.yanggu.workbench.ui.common.FxDialogs.of(t, root);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void copy() {
        SlideChart c = current();
        if (c == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(ChartExport.image(c.chart(), SlideChart.WIDTH, SlideChart.HEIGHT),
                null));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        notices.done(t.get("charts.copied", c.title()), null);
    }

    private void exportPng(int w, int h) {
        SlideChart c = current();
        if (c == null) {
            return;
        }
        Path file = choose(ChartService.fileName(c, ChartService.Format.PNG, w, h), "PNG", "*.png");
        if (file != null) {
            exportTo(file, ChartService.Format.PNG, w, h);
        }
    }

    private void exportSvg() {
        SlideChart c = current();
        if (c == null) {
            return;
        }
        Path file = choose(ChartService.fileName(c, ChartService.Format.SVG, SlideChart.WIDTH, SlideChart.HEIGHT), "SVG",
                "*.svg");
        if (file != null) {
            exportTo(file, ChartService.Format.SVG, SlideChart.WIDTH, SlideChart.HEIGHT);
        }
    }

    private Path choose(String name, String kind, String pattern) {
        return dialogs().saveFile(null, name, kind, java.util.List.of(pattern)).orElse(null);
    }

    /** Exports the current chart to {@code file} in the background. */
    public void exportTo(Path file, ChartService.Format format, int width, int height) {
        SlideChart c = current();
        if (c == null) {
            return;
        }
        session.runner().run("export", () -> {
            ChartService.write(c, format, width, height, file);
            return file;
        }, this::exported, this::failed);
    }

    private void exported(Path file) {
        notices.done(t.get("charts.exported", file.getFileName()), file.toAbsolutePath().getParent());
    }

    private void failed(Throwable e) {
        notices.done(t.get("charts.failed", ErrorText.describe(t, e)), null);
    }

    private void exportAll() {
        dialogs().chooseFolder(null).ifPresent(this::exportAllTo);
    }

    /** Writes every chart as a 1920×1080 PNG into {@code dir}, in the background, showing how far it is. */
    public void exportAllTo(Path dir) {
        Plan plan = session.plan();
        ChartService service = service();
        session.runner().run("charts", () -> service.writeAll(plan, dir, ChartService.Format.PNG, SlideChart.WIDTH,
                SlideChart.HEIGHT, progress("charts.exportAllProgress")),
                n -> notices.done(t.get("charts.exportedAll", n), dir), this::failed);
    }

    private void exportDeck() {
        Path file = choose(t.get("charts.deckFile", LocalDate.now(clock).toString()), "PowerPoint", "*.pptx");
        if (file != null) {
            exportDeckTo(file);
        }
    }

    /** Writes the PPTX meeting deck in the background, signed by the database's issuing unit. */
    public void exportDeckTo(Path file) {
        Plan plan = session.plan();
        ChartService service = service();
        session.withWorkbench("deck", wb -> {
            service.writeDeck(plan, wb.chainMaps().map(), wb.leads().all(), wb.narratives().issuer(), file,
                    progress("charts.deckProgress"));
            return file;
        }, this::exported, this::failed);
    }

    /** Progress of a background export, shown as a notice on the JavaFX thread ({@code key}: done, total). */
    private Deck.Progress progress(String key) {
        return (n, total) -> javafx.application.Platform.runLater(() -> notices.done(t.get(key, n, total), null));
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

}
