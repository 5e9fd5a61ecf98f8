package cn.yanggu.workbench.ui.exchange;

import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.exchange.Exchange;
import cn.yanggu.workbench.app.exchange.ExchangeText;
import cn.yanggu.workbench.app.exchange.Selection;
import cn.yanggu.workbench.app.exchange.ThreeWay;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.NoticeOverlay;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * 数据交换: a township office exports a package of its data (zone, years, kinds) for the bureau; the bureau opens a
 * package, reads the dry run — every new, changed and conflicting field with the base the office started from, its
 * own value and the office's — decides each conflict (保留本地 / 采用来件) and applies it all or nothing.
 */
public final class ExchangeView extends FeatureView<ExchangeView.Row> {
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");

    /** One line of the dry run, with the user's choice when it needs one. */
    public static final class Row {
        final ThreeWay.Item item;
        final String kind;
        final String record;
        final String field;
        final String base;
        final String ours;
        final String theirs;
        final ObjectProperty<ThreeWay.Choice> choice = new SimpleObjectProperty<>();

        Row(I18n t, ThreeWay.Item item) {
            this.item = item;
            this.kind = ExchangeText.kind(t, item.kind());
            this.record = ExchangeText.record(t, item);
            this.field = ExchangeText.field(t, item);
            this.base = ExchangeText.value(t, item.base());
            this.ours = ExchangeText.value(t, item.ours());
            this.theirs = ExchangeText.value(t, item.theirs());
        }

        String searchable() {
            return FilterModel.text(kind, record, field, base, ours, theirs);
        }

        public ThreeWay.Item item() {
            return item;
        }

        public ObjectProperty<ThreeWay.Choice> choice() {
            return choice;
        }
    }

    private final Clock clock;
    private final BiConsumer<String, Path> notices;
    private final TextField origin = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final ComboBox<String> fromYear = new ComboBox<>();
    private final ComboBox<String> toYear = new ComboBox<>();
    private final CheckBox projects = new CheckBox();
    private final CheckBox leads = new CheckBox();
    private final CheckBox enterprises = new CheckBox();
    private final CheckBox values = new CheckBox();
    private final Label manifest = wrapping("manifest");
    /** Why an export or a package was refused, over the table: the dry run below never moves. */
    private final NoticeOverlay message;
    private final Label counts = wrapping("counts");
    private final Label state = wrapping("state");
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label progressText = new Label();
    private final Button apply;
    private final Button allOurs;
    private final Button allTheirs;
    private List<Zone> zones = List.of();
    private List<Row> rows = List.of();
    private Exchange.Preview preview;
    private boolean busy;
    private boolean originLoaded;
    /** This PC's key fingerprint, read over the phone to the other side. */
    private final Label keyLine = wrapping("key");
    /** The key's passphrase, shown only when this PC's key has one. */
    private final javafx.scene.control.PasswordField passphrase = new javafx.scene.control.PasswordField();
    private final RegisterPane register;
    private final javafx.scene.control.TabPane tabs;

    public ExchangeView(I18n t, Session session, Clock clock, BiConsumer<String, Path> notices) {
        super(t, session, t.get("exchange.nav"), Row::searchable);
        this.clock = clock;
        this.notices = notices;
        header.addAction(t.get("exchange.open"), "exchange-open", this::choosePackage);
        allOurs = header.addAction(t.get("exchange.allOurs"), "exchange-all-ours", () -> chooseAll(ThreeWay.Choice.OURS));
        allTheirs = header.addAction(t.get("exchange.allTheirs"), "exchange-all-theirs",
                () -> chooseAll(ThreeWay.Choice.THEIRS));
        apply = header.addAction(t.get("exchange.apply"), "exchange-apply", this::applyPreview);
        apply.getStyleClass().add("accent");
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, allOurs, allTheirs, apply);

        Label hint = wrapping("hint");
        hint.setText(t.get("exchange.hint"));
        hint.getStyleClass().add("secondary");

        origin.setId("exchange-origin");
        origin.setPromptText(t.get("exchange.originPrompt"));
        origin.setPrefColumnCount(14);
        zone.setId("exchange-zone");
        fromYear.setId("exchange-from");
        toYear.setId("exchange-to");
        List<String> years = new ArrayList<>();
        years.add(t.get("exchange.allYears"));
        for (int y = 2020; y <= 2035; y++) {
            years.add(String.valueOf(y));
        }
        fromYear.getItems().setAll(years);
        toYear.getItems().setAll(years);
        fromYear.getSelectionModel().select(0);
        toYear.getSelectionModel().select(0);
        projects.setText(t.get("exchange.selection.projects"));
        enterprises.setText(t.get("exchange.selection.enterprises"));
        values.setText(t.get("exchange.selection.values"));
        projects.setId("exchange-kind-projects");
        enterprises.setId("exchange-kind-enterprises");
        values.setId("exchange-kind-values");
        leads.setText(t.get("exchange.selection.leads"));
        leads.setId("exchange-kind-leads");
        for (CheckBox c : List.of(projects, enterprises, values, leads)) {
            c.setSelected(true);
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button export = new Button(t.get("exchange.export"));
        export.setId("exchange-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> chooseExportFile());
        Label exportHeading = new Label(t.get("exchange.export.heading"));
        exportHeading.getStyleClass().add("section-title");
        exportHeading.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane exportRow = new FlowPane(10, 8, exportHeading,
                labelled(t.get("exchange.origin"), origin), labelled(t.get("exchange.zone"), zone),
                labelled(t.get("exchange.from"), fromYear), labelled(t.get("exchange.to"), toYear),
                projects, enterprises, values, leads, export);
        exportRow.setAlignment(Pos.CENTER_LEFT);
        exportRow.getStyleClass().add("exchange-export");

        Label importHeading = new Label(t.get("exchange.import.heading"));
        importHeading.getStyleClass().add("section-title");
        manifest.setId("exchange-manifest");
        counts.setId("exchange-counts");
        state.setId("exchange-state");
        progress.setId("exchange-progress");
        progress.setPrefWidth(160);
        progressText.setId("exchange-progress-text");
        HBox progressRow = new HBox(8, progress, progressText);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(progress.visibleProperty());
        progressRow.managedProperty().bind(progress.visibleProperty());
        progress.setVisible(false);
        keyLine.setId("exchange-key");
        keyLine.getStyleClass().add("exchange-key");
        passphrase.setId("exchange-passphrase");
        passphrase.setPromptText(t.get("exchange.passphrase.prompt"));
        passphrase.setPrefColumnCount(12);
        passphrase.setVisible(false);
        passphrase.managedProperty().bind(passphrase.visibleProperty());
        exportRow.getChildren().add(exportRow.getChildren().size() - 1, passphrase);
        VBox top = new VBox(8, hint, exportRow, keyLine, importHeading, progressRow, manifest, counts, state);
        top.getStyleClass().add("exchange-top");
        for (Label l : List.of(manifest, counts, state)) {
            show(l, false);
        }

        TableView<Row> table = Tables.table(t.get("exchange.empty"));
        table.setId("exchange-table");
        table.getColumns().add(Tables.text(t.get("exchange.column.kind"), r -> r.kind, 70));
        // the decision right after the kind, so that it is in sight however narrow the window
        table.getColumns().add(choiceColumn());
        table.getColumns().add(Tables.text(t.get("exchange.column.record"), r -> r.record, 170));
        table.getColumns().add(Tables.text(t.get("exchange.column.field"), r -> r.field, 120));
        table.getColumns().add(Tables.text(t.get("exchange.column.base"), r -> r.base, 90));
        table.getColumns().add(Tables.text(t.get("exchange.column.ours"), r -> r.ours, 90));
        table.getColumns().add(Tables.text(t.get("exchange.column.theirs"), r -> r.theirs, 90));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(CONFLICT, !empty && r != null && r.item.needsChoice());
                pseudoClassStateChanged(TAKEN, !empty && r != null && !r.item.needsChoice()
                        && (r.item.kind() == ThreeWay.Kind.NEW || r.item.kind() == ThreeWay.Kind.CHANGED));
            }
        });
        model.bind(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        var split = withDetail(table, "exchange-detail", 0.8);
        message = new NoticeOverlay(split, "exchange-notification", "exchange-message");
        VBox.setVgrow(message.node(), Priority.ALWAYS);
        register = new RegisterPane(t, session, cn.yanggu.workbench.ui.common.FxDialogs.of(t, root), clock.getZone(),
                message);
        javafx.scene.control.Tab previewTab = new javafx.scene.control.Tab(t.get("exchange.tab.preview"),
                message.node());
        javafx.scene.control.Tab registerTab = new javafx.scene.control.Tab(t.get("exchange.register.title"),
                register.node());
        previewTab.setId("exchange-tab-preview");
        registerTab.setId("exchange-tab-register");
        tabs = new javafx.scene.control.TabPane(previewTab, registerTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("exchange-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox center = new VBox(10, top, tabs);
        center.getStyleClass().add("exchange");
        root.setCenter(center);
        updateState();
    }

    private TableColumn<Row, Row> choiceColumn() {
        TableColumn<Row, Row> c = Tables.column(t.get("exchange.column.choice"), 190);
        // both buttons must stay whole when the window is narrow (150 %): never squeeze this column below them
        c.setMinWidth(Tables.headerWidth(t.get("exchange.keepOurs")) + Tables.headerWidth(t.get("exchange.takeTheirs"))
                + 12);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(null);
                if (empty || r == null) {
                    return;
                }
                if (!r.item.needsChoice()) {
                    setText(switch (r.item.kind()) {
                        case NEW, CHANGED -> t.get("exchange.takeTheirs");
                        default -> t.get("exchange.keepOurs");
                    });
                    return;
                }
                ToggleGroup g = new ToggleGroup();
                ToggleButton ours = new ToggleButton(t.get("exchange.keepOurs"));
                ToggleButton theirs = new ToggleButton(t.get("exchange.takeTheirs"));
                ours.setId("choice-ours-" + r.item.id());
                theirs.setId("choice-theirs-" + r.item.id());
                for (ToggleButton b : List.of(ours, theirs)) {
                    b.setToggleGroup(g);
                    b.setMinWidth(Region.USE_PREF_SIZE);
                    b.getStyleClass().add("choice");
                }
                ours.setSelected(r.choice.get() == ThreeWay.Choice.OURS);
                theirs.setSelected(r.choice.get() == ThreeWay.Choice.THEIRS);
                ours.setOnAction(e -> choose(r, ours.isSelected() ? ThreeWay.Choice.OURS : null));
                theirs.setOnAction(e -> choose(r, theirs.isSelected() ? ThreeWay.Choice.THEIRS : null));
                HBox box = new HBox(4, ours, theirs);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            }
        });
        return c;
    }

    private static HBox labelled(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, l, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label wrapping(String id) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void show(Label l, boolean visible) {
        l.setVisible(visible);
        l.setManaged(visible);
    }

    private static void text(Label l, String text) {
        l.setText(text == null ? "" : text);
        show(l, text != null && !text.isBlank());
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return rows;
    }

    @Override
    public void show(Plan plan) {
        if (!plan.zones().equals(zones)) {
            zones = plan.zones();
            String selected = zone.getValue();
            List<String> names = new ArrayList<>();
            names.add(t.get("exchange.allZones"));
            zones.forEach(z -> names.add(z.name()));
            zone.getItems().setAll(names);
            zone.getSelectionModel().select(selected != null && names.contains(selected) ? selected : names.get(0));
        }
        if (!originLoaded) {
            originLoaded = true;
            session.withWorkbench("exchange-origin", wb -> wb.exchange().originName().orElse(""),
                    name -> {
                        if (origin.getText().isBlank()) {
                            origin.setText(name);
                        }
                    }, e -> { });
        }
        // the register and the key change by registering, replacing and 撤销: read again with every change
        refreshKey();
        register.refresh();
        super.show(plan);
    }

    /** The key line: this PC's fingerprint (or that it is made with the first package), and the passphrase field. */
    private void refreshKey() {
        session.withWorkbench("exchange-key", wb -> wb.exchange().ownKeyIfMade(), key -> {
            keyLine.setText(key.map(k -> t.get("exchange.key.own", k.fingerprint())
                    + (k.sealed() ? " " + t.get("exchange.key.sealed") : "")).orElse(t.get("exchange.key.none")));
            passphrase.setVisible(key.map(k -> k.sealed()).orElse(false));
        }, e -> keyLine.setText(ErrorText.describe(t, e)));
    }

    @Override
    protected void describe(Row r, DetailPane detail) {
        detail.title(r.record)
                .field(t.get("exchange.column.kind"), r.kind)
                .field(t.get("exchange.column.field"), r.field)
                .field(t.get("exchange.column.base"), r.base)
                .field(t.get("exchange.column.ours"), r.ours)
                .field(t.get("exchange.column.theirs"), r.theirs);
    }

    // ------------------------------------------------------------------ export

    private void chooseExportFile() {
        if (originMissing()) {
            return;
        }
        cn.yanggu.workbench.ui.common.FxDialogs.of(t, root).saveFile(null,
                Exchange.defaultFileName(origin.getText(), LocalDate.now(clock), t.get("exchange.fileFallback")),
                t.get("exchange.fileType"), List.of("*" + Exchange.EXTENSION)).ifPresent(this::exportTo);
    }

    /**
     * A package is signed by 本机名称: until it is filled in (it is remembered after the first export) the export
     * asks for it — the message says so and the field takes the focus — and nothing is written.
     */
    private boolean originMissing() {
        if (!origin.getText().isBlank()) {
            return false;
        }
        message.error(t.get("exchange.noOrigin"));
        origin.requestFocus();
        return true;
    }

    /** The selection the export form describes. */
    Selection selection() {
        String z = zone.getValue();
        String code = zones.stream().filter(x -> x.name().equals(z)).map(Zone::code).findFirst().orElse(null);
        Set<Selection.Kind> kinds = EnumSet.noneOf(Selection.Kind.class);
        if (projects.isSelected()) {
            kinds.add(Selection.Kind.PROJECTS);
        }
        if (enterprises.isSelected()) {
            kinds.add(Selection.Kind.ENTERPRISES);
        }
        if (values.isSelected()) {
            kinds.add(Selection.Kind.VALUES);
        }
        if (leads.isSelected()) {
            kinds.add(Selection.Kind.LEADS);
        }
        Integer from = year(fromYear.getValue());
        Integer to = year(toYear.getValue());
        if (from != null && to != null && from > to) {
            Integer x = from;
            from = to;
            to = x;
        }
        return new Selection(code, from, to, kinds);
    }

    private static Integer year(String s) {
        return s != null && s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    /** Exports the package described by the form to {@code file} in the background. */
    public void exportTo(Path file) {
        if (originMissing()) {
            return;
        }
        message.error(null);
        Selection sel = selection();
        String name = origin.getText().strip();
        String version = appVersion();
        char[] secret = passphrase.isVisible() && !passphrase.getText().isEmpty() ? passphrase.getText().toCharArray()
                : null;
        busy(t.get("exchange.exporting"));
        session.withWorkbench("exchange-export", wb -> {
            wb.exchange().setOriginName(name);
            return wb.exchange().export(file, sel, version, secret);
        }, done -> {
            idle();
            refreshKey();
            notices.accept(t.get("exchange.exported", done.file().getFileName()),
                    done.file().toAbsolutePath().getParent());
        }, e -> {
            idle();
            message.error(ErrorText.describe(t, e));
        });
    }

    private static String appVersion() {
        String v = ExchangeView.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    // ------------------------------------------------------------------ import

    private void choosePackage() {
        cn.yanggu.workbench.ui.common.FxDialogs.of(t, root).openFile(null, t.get("exchange.fileType"),
                List.of("*" + Exchange.EXTENSION)).ifPresent(this::openPackage);
    }

    /** Reads and checks a package in the background and shows its dry run. */
    public void openPackage(Path file) {
        busy(t.get("exchange.reading"));
        message.error(null);
        tabs.getSelectionModel().select(0);
        session.withWorkbench("exchange-preview", wb -> wb.exchange().preview(file, true), p -> {
            idle();
            if (p.unregistered()) {
                // the first package of an office: compare its fingerprint by phone, then 登记 (or nothing happens)
                showPreview(null);
                register.ask(p.manifest(), () -> openPackage(file));
                return;
            }
            showPreview(p);
        }, e -> {
            idle();
            showPreview(null);
            message.error(ErrorText.describe(t, e));
        });
    }

    /**
     * Replaces the key registered for the office selected in 已登记的单位 by the key of {@code file} (a package the
     * office made on its new PC), with the reason typed there, after a question naming both fingerprints.
     */
    public void replaceKeyFrom(Path file) {
        register.replaceFrom(file);
    }

    private void showPreview(Exchange.Preview p) {
        preview = p;
        rows = p == null ? List.of() : p.items().stream().map(i -> new Row(t, i)).toList();
        model.setAll(rows);
        text(state, null);
        if (p == null) {
            text(manifest, null);
            text(counts, null);
        } else {
            StringBuilder m = new StringBuilder(ExchangeText.manifest(t, p.manifest()));
            p.warnings().forEach(w -> m.append('\n').append(ExchangeText.warning(t, w)));
            text(manifest, m.toString());
            text(counts, p.items().isEmpty() ? t.get("exchange.nothing") : ExchangeText.counts(t, p));
        }
        updateState();
    }

    private void choose(Row r, ThreeWay.Choice c) {
        r.choice.set(c);
        updateState();
    }

    private void chooseAll(ThreeWay.Choice c) {
        rows.stream().filter(r -> r.item.needsChoice()).forEach(r -> r.choice.set(c));
        model.setAll(new ArrayList<>(rows));
        updateState();
    }

    private long pending() {
        return rows.stream().filter(r -> r.item.needsChoice() && r.choice.get() == null).count();
    }

    private void updateState() {
        boolean has = preview != null && !rows.isEmpty();
        long pending = pending();
        apply.setDisable(busy || !has || pending > 0);
        boolean choices = rows.stream().anyMatch(r -> r.item.needsChoice());
        allOurs.setDisable(busy || !choices);
        allTheirs.setDisable(busy || !choices);
        if (has) {
            text(state, pending > 0 ? t.get("exchange.pending", pending) : t.get("exchange.ready"));
            state.pseudoClassStateChanged(CONFLICT, pending > 0);
        }
    }

    private void applyPreview() {
        Exchange.Preview p = preview;
        if (p == null || pending() > 0) {
            return;
        }
        Map<Integer, ThreeWay.Choice> choices = new HashMap<>();
        rows.stream().filter(r -> r.choice.get() != null).forEach(r -> choices.put(r.item.id(), r.choice.get()));
        busy(t.get("exchange.applying"));
        session.writeWith("exchange-apply", wb -> wb.exchange().apply(p, choices, wb::backupBeforeImport), result -> {
            idle();
            showPreview(null);
            text(counts, ExchangeText.result(t, result));
            notices.accept(ExchangeText.result(t, result), null);
        }, e -> {
            idle();
            message.error(ErrorText.describe(t, e));
            updateState();
        });
    }

    private void busy(String what) {
        busy = true;
        progressText.setText(what);
        progress.setVisible(true);
        updateState();
    }

    private void idle() {
        busy = false;
        progress.setVisible(false);
        updateState();
    }
}
