package cn.yanggu.workbench.ui.grading;

import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.ChartService;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.GradingChart;
import cn.yanggu.workbench.app.charts.SlideChart;
import cn.yanggu.workbench.app.grading.EnterpriseSheet;
import cn.yanggu.workbench.app.grading.GradingRejected;
import cn.yanggu.workbench.app.grading.GradingService;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.Grading;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.Dialogs;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.FxDialogs;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.SheetGrid;
import cn.yanggu.workbench.ui.common.SlideCanvas;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.NoticeOverlay;
import cn.yanggu.workbench.ui.common.ViewHeader;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * 亩产效益: for a chosen year, the enterprises' figures (typed, pasted, or imported from the xlsx template), the
 * grading with each firm's score broken down, the distribution chart, who moved between classes since another year,
 * and the method (weights, normalisation, cut-offs) that applies to the year.
 */
public final class GradingView implements WorkbenchView {
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2035;

    /** One row of the graded table: a graded firm, or one that could not be graded (grade 0) and why. */
    public record GradedRow(String code, String name, int grade, String gradeName, Double total, Integer rank,
                            Map<GradingMethod.IndicatorKind, Grading.Part> parts, String reason) {
        String searchable() {
            return FilterModel.text(name, code, gradeName, reason);
        }
    }

    /** One row of the data grid: an enterprise and its figures of the year. */
    public record DataRow(Enterprise enterprise, EnterpriseYear figures) {
        String searchable() {
            return FilterModel.text(enterprise.name(), enterprise.aliases(), enterprise.code());
        }
    }

    /** One row of the comparison. */
    public record MoveRow(String name, String from, String to, String change, Grading.Direction direction) {
        String searchable() {
            return FilterModel.text(name, from, to, change);
        }
    }

    /** What one background load brings back. */
    private record Loaded(int year, List<Integer> years, List<EnterpriseYear> data, Grading.Result result,
                          List<GradingMethod> methods, int compareYear, Grading.Result compared) {
    }

    private final I18n t;
    private final GradingText words;
    private final Session session;
    private final Supplier<GradingService> service;
    private final ChartFonts fonts;
    private final Clock clock;
    private final BiConsumer<String, Path> notice;
    private final BorderPane root = new BorderPane();
    private final FilterModel<GradedRow> model = new FilterModel<>(GradedRow::searchable);
    /** The 企业数据 and 变化 tabs follow the same filter box (Ctrl+F) as the graded table. */
    private final FilterModel<DataRow> dataModel = new FilterModel<>(DataRow::searchable);
    private final FilterModel<MoveRow> moveModel = new FilterModel<>(MoveRow::searchable);
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Integer> compareYear = new ComboBox<>();
    private final TableView<GradedRow> graded = Tables.table("");
    private final TableView<DataRow> grid = Tables.table("");
    private final TableView<MoveRow> moves = Tables.table("");
    private final SlideCanvas canvas = new SlideCanvas();
    private final Label methodLine = new Label();
    /** Why a typed, pasted or imported figure was refused: shown over the grid, which does not move. */
    private NoticeOverlay dataMessage;
    private final Label moveSummary = new Label();
    private final MethodEditor editor;
    private final ViewHeader header;
    private final TabPane tabs = new TabPane();
    private Plan plan;
    private Loaded loaded;
    private boolean filling;
    private SheetGrid<DataRow> sheet;
    private final Map<TableColumn<DataRow, ?>, EnterpriseYear.Figure> figures = new HashMap<>();
    private final GradingModel data;
    private final Dialogs dialogs;

    public GradingView(I18n t, Session session, Supplier<GradingService> service, ChartFonts fonts, Clock clock,
                       BiConsumer<String, Path> notice) {
        this.t = t;
        this.words = new GradingText(t);
        this.session = session;
        this.service = service;
        this.fonts = fonts;
        this.clock = clock;
        this.notice = notice;
        this.data = new GradingModel(t);
        this.dialogs = FxDialogs.of(t, root);
        root.getStyleClass().add("view");
        header = new ViewHeader(t, t.get("grading.nav"), model);
        dataModel.filterProperty().bind(model.filterProperty());
        moveModel.filterProperty().bind(model.filterProperty());
        Label yearLabel = new Label(t.get("grading.year"));
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);
        year.setId("grading-year");
        year.valueProperty().addListener((o, a, b) -> {
            if (!filling && b != null) {
                load();
            }
        });
        header.getChildren().add(2, yearLabel);
        header.getChildren().add(3, year);
        header.addAction(t.get("grading.template"), "grading-template", this::template);
        cn.yanggu.workbench.ui.common.RoleGate.edits(session,
                header.addAction(t.get("grading.import"), "grading-import", this::importSheet));
        header.addAction(t.get("grading.exportChart"), "grading-export", this::exportChart);
        root.setTop(header);

        editor = new MethodEditor(t, session, this::saveMethod, this::removeMethod);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("grading-tabs");
        tabs.getTabs().addAll(tab("grading-tab-result", t.get("grading.tab.result"), resultPane()),
                tab("grading-tab-chart", t.get("grading.tab.chart"), chartPane()),
                tab("grading-tab-data", t.get("grading.tab.data"), dataPane()),
                tab("grading-tab-compare", t.get("grading.tab.compare"), comparePane()),
                tab("grading-tab-method", t.get("grading.tab.method"), editor));
        root.setCenter(tabs);
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    // ------------------------------------------------------------------ panes

    private Node resultPane() {
        graded.setId("grading-table");
        graded.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        graded.setPlaceholder(new Label(t.get("common.loading")));
        model.bind(graded);
        methodLine.setId("grading-method-line");
        methodLine.setWrapText(true);
        methodLine.getStyleClass().add("grading-note");
        methodLine.setMinHeight(Region.USE_PREF_SIZE);
        methodLine.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, methodLine, graded);
        VBox.setVgrow(graded, Priority.ALWAYS);
        box.getStyleClass().add("view-body");
        return box;
    }

    /** The distribution chart as it is exported (1920×1080), scaled to the space. */
    private Node chartPane() {
        canvas.setId("grading-chart");
        BorderPane box = new BorderPane(canvas);
        box.getStyleClass().add("view-body");
        return box;
    }

    private Node dataPane() {
        grid.setId("grading-data-table");
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        dataModel.bind(grid);
        sheet = new SheetGrid<>(grid, (row, column, text) -> enter(row, figures.get(column), text));
        sheet.paste(this::paste);
        cn.yanggu.workbench.ui.common.RoleGate.sheet(t, session, sheet, text -> dataMessage.error(text));
        TableColumn<DataRow, String> name = Tables.text(t.get("grading.enterprise"), r -> r.enterprise().name(), 200);
        name.setEditable(false);
        name.setReorderable(false);
        grid.getColumns().add(name);
        for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
            TableColumn<DataRow, String> c = Tables.column(EnterpriseSheet.figureHeader(t, f), 130);
            c.getStyleClass().add("numeric");
            c.setSortable(false);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Formats.number(cd.getValue().figures().get(f))));
            sheet.column(c, (cell, row) -> {
            });
            figures.put(c, f);
            grid.getColumns().add(c);
        }
        Label hint = new Label();
        hint.setId("grading-data-hint");
        cn.yanggu.workbench.ui.common.RoleGate.hint(t, session, hint, t.get("grading.dataHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("secondary");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        dataMessage = new NoticeOverlay(grid, "grading-notification", "grading-data-message");
        VBox box = new VBox(8, hint, dataMessage.node());
        VBox.setVgrow(dataMessage.node(), Priority.ALWAYS);
        box.getStyleClass().add("view-body");
        return box;
    }

    private Node comparePane() {
        compareYear.setId("grading-compare-year");
        compareYear.valueProperty().addListener((o, a, b) -> {
            if (!filling && b != null) {
                load();
            }
        });
        Label with = new Label(t.get("grading.compareWith"));
        with.setMinWidth(Region.USE_PREF_SIZE);
        moveSummary.setId("grading-move-summary");
        moveSummary.getStyleClass().add("grading-summary");
        moveSummary.setWrapText(true);
        HBox top = new HBox(8, with, compareYear, moveSummary);
        top.setAlignment(Pos.CENTER_LEFT);
        moves.setId("grading-compare-table");
        moves.setPlaceholder(new Label(t.get("grading.compareEmpty")));
        moveModel.bind(moves);
        moves.getColumns().add(Tables.text(t.get("grading.enterprise"), MoveRow::name, 200));
        moves.getColumns().add(Tables.text(t.get("grading.fromGrade"), MoveRow::from, 120));
        moves.getColumns().add(Tables.text(t.get("grading.toGrade"), MoveRow::to, 120));
        TableColumn<MoveRow, String> change = Tables.text(t.get("grading.change"), MoveRow::change, 160);
        change.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("move-up", "move-down");
                MoveRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : item);
                if (row != null && row.direction() == Grading.Direction.UP) {
                    getStyleClass().add("move-up");
                } else if (row != null && row.direction() == Grading.Direction.DOWN) {
                    getStyleClass().add("move-down");
                }
            }
        });
        moves.getColumns().add(change);
        VBox box = new VBox(8, top, moves);
        VBox.setVgrow(moves, Priority.ALWAYS);
        box.getStyleClass().add("view-body");
        return box;
    }

    // ------------------------------------------------------------------ loading

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan p) {
        this.plan = p;
        load();
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    /** Shows one enterprise's figures: the 企业数据 tab, filtered to its name (企业 › 在亩产效益中查看). */
    public void showEnterprise(String name) {
        model.filterProperty().set(name);
        tabs.getSelectionModel().select(2);
    }

    private int selectedYear() {
        return year.getValue() != null ? year.getValue() : LocalDate.now(clock).getYear() - 1;
    }

    /** Reads the year's figures, method and grading (and the comparison year's) in the background. */
    private void load() {
        GradingService s = service.get();
        if (s == null || plan == null) {
            return;
        }
        Integer chosen = year.getValue();
        Integer other = compareYear.getValue();
        session.runner().run("grading", () -> {
            List<Integer> years = s.years();
            int y = chosen != null ? chosen : years.isEmpty()
                    ? Math.max(FIRST_YEAR, Math.min(LAST_YEAR, LocalDate.now(clock).getYear() - 1))
                    : years.get(years.size() - 1);
            int c = other != null && other != y ? other : years.stream().filter(x -> x < y)
                    .reduce((a, b) -> b).orElse(y - 1);
            return new Loaded(y, years, s.data(y), s.grade(y), s.methods(), c, s.grade(c));
        }, this::fill, this::failed);
    }

    private void fill(Loaded l) {
        this.loaded = l;
        filling = true;
        TreeSet<Integer> years = new TreeSet<>(l.years());
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            years.add(y);
        }
        years.add(l.year());
        year.getItems().setAll(years);
        year.setValue(l.year());
        compareYear.getItems().setAll(years.stream().filter(y -> y != l.year()).toList());
        compareYear.setValue(l.compareYear());
        filling = false;

        Map<String, EnterpriseYear> byCode = new HashMap<>();
        l.data().forEach(d -> byCode.put(d.enterpriseCode(), d));
        List<DataRow> dataRows = plan.enterprises().stream().map(e -> new DataRow(e,
                byCode.getOrDefault(e.code(), EnterpriseYear.empty(e.code(), l.year())))).toList();
        // not while a figure is being typed (that would take the text away); the selected cell stays selected
        sheet.whenIdle(() -> sheet.keepSelection(r -> r.enterprise().code(), () -> dataModel.setAll(dataRows)));

        Grading.Result r = l.result();
        Label none = new Label();
        // 只读 cannot enter the figures the grading needs: it is told there are none, not where to type them
        cn.yanggu.workbench.ui.common.RoleGate.hint(session, none, t.get("grading.empty"),
                t.get("grading.emptyReadOnly"));
        graded.setPlaceholder(none);
        rebuildColumns(r.method());
        List<GradedRow> rows = new ArrayList<>();
        for (Grading.Graded g : r.graded()) {
            rows.add(new GradedRow(g.enterpriseCode(), name(g.enterpriseCode()), g.grade(),
                    GradingText.grade(plan, g.grade()), g.total(), g.rank(), g.parts(), null));
        }
        for (Grading.NotGraded n : r.notGraded()) {
            rows.add(new GradedRow(n.enterpriseCode(), name(n.enterpriseCode()), 0, t.get("grading.notGraded"), null,
                    null, Map.of(), reason(n)));
        }
        model.setAll(rows);
        methodLine.setText(words.describe(r.method(), plan)
                + (r.method().workbenchDefault() ? "\n" + t.get("grading.defaultNote") : ""));
        SlideChart chart = new GradingChart(t, fonts, LocalDate.now(clock)).distribution(plan, r);
        canvas.setChart(chart);
        editor.show(plan, l.year(), GradingMethod.applicable(l.methods(), l.year()));

        List<Grading.Move> ms = Grading.compare(l.compared(), r);
        moveModel.setAll(ms.stream().map(m -> new MoveRow(name(m.enterpriseCode()), gradeWord(m.fromGrade()),
                gradeWord(m.toGrade()), change(m), m.direction())).toList());
        long up = ms.stream().filter(m -> m.direction() == Grading.Direction.UP).count();
        long down = ms.stream().filter(m -> m.direction() == Grading.Direction.DOWN).count();
        long same = ms.stream().filter(m -> m.direction() == Grading.Direction.SAME).count();
        moveSummary.setText(t.get("grading.moveSummary", l.compareYear(), l.year(), up, down, same));
    }

    private String gradeWord(int g) {
        return g == 0 ? t.get("grading.notGraded") : GradingText.grade(plan, g);
    }

    private String change(Grading.Move m) {
        return switch (m.direction()) {
            case UP -> t.get("grading.move.up", gradeWord(m.fromGrade()), gradeWord(m.toGrade()));
            case DOWN -> t.get("grading.move.down", gradeWord(m.fromGrade()), gradeWord(m.toGrade()));
            case SAME -> t.get("grading.move.same");
            case NEW -> t.get("grading.move.new");
            case GONE -> t.get("grading.move.gone");
        };
    }

    private String name(String code) {
        return plan.enterprise(code).map(Enterprise::name).orElse(code);
    }

    private String reason(Grading.NotGraded n) {
        List<String> missing = new ArrayList<>();
        List<String> zero = new ArrayList<>();
        for (Grading.Reason r : n.reasons()) {
            (r.zero() ? zero : missing).add(EnterpriseSheet.figureName(t, r.figure()));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(t.get("grading.reason.missing", String.join("、", missing)));
        }
        if (!zero.isEmpty()) {
            parts.add(t.get("grading.reason.zero", String.join("、", zero)));
        }
        return String.join("；", parts);
    }

    /** The graded table's columns: rank, firm, class, total, then per indicator its value and weighted part. */
    private void rebuildColumns(GradingMethod m) {
        List<TableColumn<GradedRow, ?>> cols = new ArrayList<>();
        cols.add(Tables.number(t.get("grading.rank"), r -> r.rank() == null ? null : r.rank().doubleValue(),
                v -> v == null ? "" : Formats.number(v), null, 60));
        cols.add(Tables.text(t.get("grading.enterprise"), GradedRow::name, 170));
        TableColumn<GradedRow, String> grade = Tables.column(t.get("grading.grade"), 110);
        grade.setId("grading-grade-column");
        grade.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().gradeName()));
        grade.setComparator(java.util.Comparator.comparingInt(name -> gradeOrder(name)));
        grade.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                GradedRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label chip = new Label(item);
                chip.getStyleClass().addAll("grade-chip", "grade-" + row.grade());
                chip.setMinWidth(Region.USE_PREF_SIZE);
                setGraphic(chip);
                setText(null);
                setTooltip(row.reason() == null ? null : new Tooltip(row.reason()));
            }
        });
        cols.add(grade);
        cols.add(Tables.number(t.get("grading.total"), GradedRow::total, v -> v == null ? "" : fixed(v, 1), null, 80));
        for (GradingMethod.IndicatorKind k : m.used()) {
            double weight = m.weightMap().get(k);
            String head = words.indicator(k);
            TableColumn<GradedRow, Object> group = new TableColumn<>(head + " " + GradingText.number(weight) + "%");
            group.getColumns().add(Tables.number(words.unit(k), r -> part(r, k, Grading.Part::value),
                    v -> v == null ? "" : fixed(v, 2), r -> words.formula(k), 110));
            group.getColumns().add(Tables.number(t.get("grading.part"), r -> part(r, k, Grading.Part::contribution),
                    v -> v == null ? "" : fixed(v, 1),
                    r -> r.parts().containsKey(k) ? t.get("grading.partHint", fixed(r.parts().get(k).score(), 1),
                            GradingText.number(weight), fixed(r.parts().get(k).contribution(), 1)) : null, 80));
            cols.add(group);
        }
        cols.add(Tables.text(t.get("grading.reason"), GradedRow::reason, 220));
        graded.getColumns().setAll(cols);
        graded.getSortOrder().clear();
    }

    private int gradeOrder(String name) {
        for (int g = 1; g <= Grading.CLASSES; g++) {
            if (GradingText.grade(plan, g).equals(name)) {
                return g;
            }
        }
        return Grading.CLASSES + 1;
    }

    private static Double part(GradedRow r, GradingMethod.IndicatorKind k,
                               java.util.function.ToDoubleFunction<Grading.Part> f) {
        Grading.Part p = r.parts().get(k);
        return p == null ? null : f.applyAsDouble(p);
    }

    private static String fixed(double v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", v);
    }

    // ------------------------------------------------------------------ writing

    /** A typed figure: on its way (true), or refused with the reason shown above the grid (false). */
    private boolean enter(DataRow row, EnterpriseYear.Figure f, String text) {
        return take(data.enter(row.enterprise(), f, text));
    }

    /**
     * Pastes a tab-separated block from the focused cell on (the enterprise column counts as the first figure's):
     * all of it, or nothing with every bad cell named.
     */
    public void paste(String text) {
        TablePosition<DataRow, ?> pos = grid.getFocusModel().getFocusedCell();
        if (pos != null) {
            take(data.paste(text, grid.getItems().stream().map(DataRow::enterprise).toList(), pos.getRow(),
                    pos.getColumn()));
        }
    }

    private boolean take(GradingModel.Outcome o) {
        if (o instanceof GradingModel.Refused r) {
            dataMessage.error(r.message());
            return false;
        }
        if (o instanceof GradingModel.Write w) {
            write(w.edits());
        }
        return true;
    }

    private void write(List<GradingService.CellEdit> edits) {
        GradingService s = service.get();
        int y = selectedYear();
        if (s == null) {
            return;
        }
        session.writeWith("grading-write", wb -> s.set(y, edits), n -> {
            dataMessage.clear();
            load();
        }, e -> {
            if (e instanceof GradingRejected r) {
                dataMessage.error(data.refused(r));
                sheet.whenIdle(grid::refresh);
            } else {
                failed(e);
            }
        });
    }

    private void saveMethod(GradingMethod m) {
        writeMethod(s -> s.saveMethod(m), () -> notice.accept(t.get("grading.methodSaved", m.fromYear()), null));
    }

    private void removeMethod(int fromYear) {
        if (service.get() == null) {
            return;
        }
        dialogs.confirm(null, t.get("grading.method.remove", fromYear), t.get("grading.removeQuestion", fromYear),
                yes -> {
                    if (yes) {
                        writeMethod(s -> s.deleteMethod(fromYear), () -> { });
                    }
                });
    }

    /** A change of the methods in the background; a refusal is said in the method editor, then the sheet reloads. */
    private void writeMethod(java.util.function.Consumer<GradingService> step, Runnable done) {
        GradingService s = service.get();
        if (s == null) {
            return;
        }
        session.writeWith("grading-method", wb -> {
            step.accept(s);
            return s;
        }, x -> {
            done.run();
            load();
        }, e -> {
            if (e instanceof GradingRejected r) {
                editor.refused(words.lines(r));
            } else {
                failed(e);
            }
        });
    }

    private void template() {
        GradingService s = service.get();
        if (s == null || plan == null) {
            return;
        }
        int y = selectedYear();
        File f = chooser(t.get("grading.templateFile", y), false);
        if (f == null) {
            return;
        }
        Plan p = plan;
        session.runner().run("grading-template", () -> {
            s.writeTemplate(f.toPath(), y, p, t);
            return f.toPath();
        }, out -> notice.accept(t.get("grading.templateSaved", out.getFileName()),
                out.toAbsolutePath().getParent()), this::failed);
    }

    private void importSheet() {
        GradingService s = service.get();
        if (s == null || plan == null) {
            return;
        }
        File f = chooser(null, true);
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Imports a filled template (all or nothing); problems are listed in a dialog with their positions. */
    public void importFile(Path file) {
        GradingService s = service.get();
        Plan p = plan;
        session.writeWith("grading-import", wb -> s.importSheet(file, p), r -> {
            notice.accept(t.get("grading.imported", file.getFileName(), r.year(), r.rows(), r.figuresChanged()),
                    null);
            filling = true;
            year.setValue(r.year());
            filling = false;
            dataMessage.clear();
            load();
        }, e -> {
            if (e instanceof GradingRejected r) {
                List<String> lines = words.lines(r);
                dataMessage.error(t.get("grading.importRefused", file.getFileName()) + "\n"
                        + String.join("\n", data.limit(lines)));
                dialogs.message(Dialogs.Kind.WARNING, null, t.get("grading.importRefused", file.getFileName()),
                        String.join("\n", data.limit(lines)), "grading-import-dialog");
            } else {
                failed(e);
            }
        });
    }

    private File chooser(String initialName, boolean open) {
        List<String> xlsx = List.of("*.xlsx");
        return (open ? dialogs.openFile(null, t.get("grading.xlsxFiles"), xlsx)
                : dialogs.saveFile(null, initialName, t.get("grading.xlsxFiles"), xlsx)).map(Path::toFile).orElse(null);
    }

    private void exportChart() {
        SlideChart c = canvas.chart();
        if (c == null) {
            return;
        }
        File f = dialogs.saveFile(null, c.id() + ".png", "PNG", List.of("*.png")).map(Path::toFile).orElse(null);
        if (f == null) {
            return;
        }
        session.runner().run("grading-chart", () -> {
            ChartService.write(c, ChartService.Format.PNG, SlideChart.WIDTH, SlideChart.HEIGHT, f.toPath());
            return f.toPath();
        }, out -> notice.accept(t.get("charts.exported", out.getFileName()), out.toAbsolutePath().getParent()),
                this::failed);
    }

    private void failed(Throwable e) {
        dialogs.message(Dialogs.Kind.ERROR, null, t.get("grading.failed"), ErrorText.describe(t, e), null);
    }

    // ------------------------------------------------------------------ for tests

    public TableView<GradedRow> gradedTable() {
        return graded;
    }

    public TableView<DataRow> dataTable() {
        return grid;
    }

    public TableView<MoveRow> compareTable() {
        return moves;
    }

    public SlideCanvas chart() {
        return canvas;
    }

    public ComboBox<Integer> yearChoice() {
        return year;
    }

    public FilterModel<GradedRow> model() {
        return model;
    }
}
