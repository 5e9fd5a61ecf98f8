package cn.yanggu.workbench.ui.values;

import cn.yanggu.workbench.ui.common.Shown;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.ui.common.Dialogs;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FxDialogs;
import cn.yanggu.workbench.ui.common.NoticeOverlay;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.SheetGrid;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 年度数据: indicators × years 2020–2035, typed like a spreadsheet. Each indicator has a row of plan values
 * (2020 baseline, targets) and a row of actuals, entered with the chosen vintage (预计/快报/年报), source and date.
 * A block pasted from Excel/WPS fills the cells as one step; a value with another unit is converted or refused.
 */
public final class ValuesView extends FeatureView<ValuesModel.Row> {
    public static final int FIRST_YEAR = ValuesModel.FIRST_YEAR;
    public static final int LAST_YEAR = ValuesModel.LAST_YEAR;
    /** Alt+A switches between 规划值 and 实际值 rows and 实际值 rows only. */
    private static final javafx.scene.input.KeyCombination ACTUALS_ONLY_KEY = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCombination.ALT_DOWN);

    private final Clock clock;
    private final TableView<ValuesModel.Row> table;
    private final ComboBox<Enums.Vintage> vintage = new ComboBox<>();
    private final TextField source = new TextField();
    private final TextField date = new TextField();
    private final List<TableColumn<ValuesModel.Row, String>> yearColumns = new ArrayList<>();
    private final SheetGrid<ValuesModel.Row> sheet;
    private Set<Integer> locked = Set.of();

    private final java.util.function.BiConsumer<String, java.nio.file.Path> notices;
    private final ValuesModel values;
    private final Dialogs dialogs;
    private final ToggleButton actualsOnly = new ToggleButton();
    private final TableColumn<ValuesModel.Row, String> kind;
    /** Refusals, failed saves and 已保存 over the grid's lower edge: the grid never moves. */
    private final NoticeOverlay notification;

    public ValuesView(I18n t, Session session, Clock clock,
                      java.util.function.BiConsumer<String, java.nio.file.Path> notices) {
        super(t, session, t.get("nav.values"), ValuesModel.Row::searchable);
        this.clock = clock;
        this.notices = notices;
        this.values = new ValuesModel(t, LocalDate.now(clock));
        this.dialogs = FxDialogs.of(t, root);
        table = Tables.table(t.get("common.loading"));
        table.setId("values-table");
        notification = new NoticeOverlay(table, "values-notification", "values-message");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        sheet = new SheetGrid<>(table, (row, column, text) -> enter(row, yearOf(column), text));
        sheet.editable((row, column) -> !values.locked(yearOf(column)))
                .refused((row, column) -> notification.error(values.lockedMessage(row, yearOf(column))))
                .rowStep((row, step) -> ValuesModel.nextOfKind(table.getItems(), row, step))
                .paste(this::paste)
                .unsaved((row, column) -> yearColumns.contains(column) && values.unsaved(row, yearOf(column)));
        cn.yanggu.workbench.ui.common.RoleGate.sheet(t, session, sheet, notification::error);
        TableColumn<ValuesModel.Row, String> name = Tables.text(t.get("indicator.nameUnit"),
                ValuesModel.Row::label, 230);
        kind = Tables.text(t.get("values.kind"), ValuesModel.Row::kindLabel, 70);
        name.setEditable(false);
        kind.setEditable(false);
        name.setReorderable(false);
        kind.setReorderable(false);
        table.getColumns().add(name);
        table.getColumns().add(kind);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            int year = y;
            TableColumn<ValuesModel.Row, String> c = new TableColumn<>(String.valueOf(year));
            c.setPrefWidth(86);
            c.setMinWidth(Tables.headerWidth(t.get("values.lockedColumn", "2025")));
            c.setSortable(false);
            c.getStyleClass().add("numeric");
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(values.text(cd.getValue(), year)));
            sheet.column(c, (cell, row) -> {
                cell.getStyleClass().removeAll("locked-cell", "adjusted-cell", "unsaved-cell");
                if (row != null && values.locked(year)) {
                    cell.getStyleClass().add("locked-cell");
                }
                if (row != null && values.unsaved(row, year)) {
                    cell.getStyleClass().add("unsaved-cell");
                }
                String origin = row == null ? null : values.origin(row, year);
                // a target a version in force changes: marked, and the tooltip names the version and both figures
                String adjusted = row == null ? null : values.adjustment(row, year);
                if (adjusted != null) {
                    cell.getStyleClass().add("adjusted-cell");
                    origin = origin == null ? adjusted : adjusted + "\n" + origin;
                }
                cell.setTooltip(origin == null ? null : new Tooltip(origin));
            });
            yearColumns.add(c);
            table.getColumns().add(c);
        }
        model.bind(table);
        table.getFocusModel().focusedCellProperty().addListener((o, was, now) -> {
            if (now != null && now.getRow() >= 0 && now.getTableColumn() != null) {
                values.select(now.getRow(), yearOf(now.getTableColumn()));
            }
        });

        vintage.getItems().setAll(Enums.Vintage.FINAL, Enums.Vintage.PRELIMINARY, Enums.Vintage.ESTIMATE);
        vintage.valueProperty().bindBidirectional(values.vintage());
        vintage.setId("values-vintage");
        vintage.setConverter(Shown.as(v -> values.vintageLabel(v)));
        source.textProperty().bindBidirectional(values.source());
        source.setId("values-source");
        source.setPrefColumnCount(12);
        date.textProperty().bindBidirectional(values.date());
        date.setId("values-date");
        date.setPrefColumnCount(8);
        Button lock = new Button(t.get("values.lock"));
        lock.setId("values-lock");
        lock.setOnAction(e -> lockDialog(true));
        Button unlock = new Button(t.get("values.unlock"));
        unlock.setId("values-unlock");
        unlock.setOnAction(e -> lockDialog(false));
        Button template = new Button(t.get("excel.ui.exportTemplate"));
        template.setId("values-export-template");
        template.setTooltip(new Tooltip(t.get("excel.ui.exportTemplateTip")));
        template.setOnAction(e -> templateDialog());
        Button importXlsx = new Button(t.get("excel.ui.import"));
        importXlsx.setId("values-import-xlsx");
        importXlsx.setTooltip(new Tooltip(t.get("excel.ui.importTip")));
        importXlsx.setOnAction(e -> chooseImport());
        actualsOnly.setText(t.get("values.actualsOnly"));
        actualsOnly.setId("values-actuals-only");
        actualsOnly.setTooltip(new Tooltip(t.get("values.actualsOnlyTip")));
        actualsOnly.setSelected(values.layout().get() == ValuesModel.Layout.ACTUALS_ONLY);
        actualsOnly.selectedProperty().addListener((o, was, now) -> setLayout(now
                ? ValuesModel.Layout.ACTUALS_ONLY : ValuesModel.Layout.PLAN_AND_ACTUALS));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ACTUALS_ONLY_KEY.match(e)) {
                actualsOnly.setSelected(!actualsOnly.isSelected());
                table.requestFocus();
                e.consume();
            }
        });
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, importXlsx);
        // the stamp (口径, 来源, 日期) only goes with figures typed in: nothing to choose for 只读
        cn.yanggu.workbench.ui.common.RoleGate.inputs(session, vintage, source, date);
        cn.yanggu.workbench.ui.common.RoleGate.administers(session, lock, unlock);
        for (Region r : List.of(actualsOnly, lock, unlock, template, importXlsx)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox entry = new HBox(8, caption(t.get("values.vintage")), vintage, caption(t.get("values.source")), source,
                caption(t.get("values.date")), date, new Region(), actualsOnly, template, importXlsx, lock, unlock);
        HBox.setHgrow(entry.getChildren().get(6), Priority.ALWAYS);
        entry.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.setId("values-hint");
        cn.yanggu.workbench.ui.common.RoleGate.hint(t, session, hint, t.get("values.hint"));
        hint.getStyleClass().add("secondary");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(8, entry, hint, notification.node());
        body.getStyleClass().add("view-body");
        VBox.setVgrow(notification.node(), Priority.ALWAYS);
        root.setCenter(body);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected List<ValuesModel.Row> rows(Plan plan) {
        values.show(plan, locked);
        return values.rows();
    }

    /** Shows each indicator's 规划值 and 实际值 rows, or its 实际值 row alone; the choice lasts while the window is open. */
    private void setLayout(ValuesModel.Layout layout) {
        values.setLayout(layout);
        actualsOnly.setSelected(layout == ValuesModel.Layout.ACTUALS_ONLY);
        kind.setVisible(layout == ValuesModel.Layout.PLAN_AND_ACTUALS);
        if (session.plan() != null) {
            // the selection stays on the same indicator (its 实际值 row when the 规划值 rows go)
            show(session.plan(), r -> r.indicator().code());
        }
    }

    public ValuesModel valuesModel() {
        return values;
    }

    @Override
    public void show(Plan plan) {
        show(plan, ValuesModel.Row::key);
    }

    /** Shows the plan; the cell selected stays selected, found again in the new rows by {@code key}. */
    private void show(Plan plan, java.util.function.Function<ValuesModel.Row, ?> key) {
        // not under the planner's fingers: rows rebuilt while a cell is edited would take the typed text away
        sheet.whenIdle(() -> {
            Session.Snapshot s = session.snapshot().get();
            locked = s == null ? Set.of() : s.locks().stream().map(YearLock::year).collect(Collectors.toSet());
            for (TableColumn<ValuesModel.Row, String> c : yearColumns) {
                int year = FIRST_YEAR + yearColumns.indexOf(c);
                c.setText(locked.contains(year) ? t.get("values.lockedColumn", String.valueOf(year))
                        : String.valueOf(year));
            }
            sheet.keepSelection(key, () -> {
                super.show(plan);
                table.refresh();   // locks change which cells may be edited
            });
        });
    }

    /** The year of a year column; a column left of them counts as the first year (where a paste begins). */
    private int yearOf(TableColumn<ValuesModel.Row, ?> column) {
        int i = yearColumns.indexOf(column);
        return FIRST_YEAR + Math.max(i, 0);
    }

    /** A typed cell: on its way to be saved (true), or refused with the reason shown above the grid (false). */
    private boolean enter(ValuesModel.Row row, int year, String text) {
        ValuesModel.Outcome o = values.enter(row, year, text);
        if (o instanceof ValuesModel.Refused r) {
            notification.error(r.message(t));
            return false;
        }
        if (o instanceof ValuesModel.Write w) {
            save(w, false);
        }
        return true;
    }

    /**
     * Pastes a tab-separated block (as Excel and WPS copy it) from the focused cell on, as the model decides: to the
     * 实际值 rows without asking, to the 规划值 rows only after 改写规划值 is chosen, or nothing with every bad cell named.
     */
    public void paste(String text) {
        TablePosition<ValuesModel.Row, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            return;
        }
        values.pasteAsking(text, table.getItems(), pos.getRow(), yearOf(pos.getTableColumn()), dialogs,
                w -> save(w, true), r -> notification.error(r.message(t)), table::requestFocus);
    }

    /**
     * Writes cells as one step in the background. The indicators are taken as the database has them when the step
     * is written, not as the grid showed them: cells typed one after another faster than the grid is redrawn all
     * stay (Tab, type, Tab …) instead of each one writing back an indicator without the one before.
     */
    private void save(ValuesModel.Write write, boolean tell) {
        notification.clear();
        session.applyBuilt("write", write::edit, done -> {
            if (values.saved(write.cells())) {
                sheet.whenIdle(table::refresh);   // no longer marked unsaved
            }
            if (tell) {
                notification.notice(t.get("values.saved", write.cells().size()));
            }
        }, e -> {
            if (ErrorText.connectionFault(e)) {
                // the server was away and 取消 chosen: what was typed stays in its cells, marked, until saved
                values.keepUnsaved(write.cells());
                notification.error(t.get("values.notSavedKept", values.unsavedCount()));
                sheet.whenIdle(table::refresh);
                return;
            }
            notification.error(t.get("values.notSaved") + "\n" + (e instanceof EditRejected r
                    ? String.join("\n", r.problems().stream().map(p -> ErrorText.located(t, p)).toList())
                    : ErrorText.describe(t, e)));
            sheet.whenIdle(table::refresh);
        });
    }

    private void lockDialog(boolean lock) {
        ChoiceBox<Integer> year = new ChoiceBox<>();
        if (lock) {
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                if (!locked.contains(y)) {
                    year.getItems().add(y);
                }
            }
            year.setValue(Math.min(LocalDate.now(clock).getYear() - 1, LAST_YEAR));
        } else {
            year.getItems().addAll(locked.stream().sorted().toList());
            if (!year.getItems().isEmpty()) {
                year.setValue(year.getItems().get(0));
            }
        }
        TextField reason = new TextField();
        reason.setId("lock-reason");
        reason.setPromptText(lock ? t.get("values.lockReasonPrompt") : t.get("values.unlockReasonPrompt"));
        reason.setPrefColumnCount(24);
        askYear("lock-dialog", lock ? t.get("values.lock") : t.get("values.unlock"),
                lock ? t.get("values.lockHeader") : t.get("values.unlockHeader"), year,
                new Label(t.get("values.reason")), reason).ifPresent(y -> {
            if (lock) {
                session.lockYear(y, reason.getText(), rejected -> notification.error(String.join("\n",
                        rejected.problems().stream().map(p -> ErrorText.problem(t, p.problem())).toList())));
            } else {
                session.unlockYear(y, reason.getText());
            }
        });
    }

    /** Asks for the year (the 口径 is the one chosen above), then where to save the template. */
    private void templateDialog() {
        ChoiceBox<Integer> year = new ChoiceBox<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            year.getItems().add(y);
        }
        year.setValue(Math.max(FIRST_YEAR, Math.min(LocalDate.now(clock).getYear() - 1, LAST_YEAR)));
        askYear("template-dialog", t.get("excel.ui.exportTemplate"), t.get("excel.ui.templateHeader"), year,
                new Label(t.get("values.vintage")), new Label(values.vintageLabel(vintage.getValue())))
                .flatMap(y -> dialogs.saveFile(null, t.get("excel.ui.templateFile", y), "Excel", List.of("*.xlsx"))
                        .map(f -> java.util.Map.entry(f, y)))
                .ifPresent(e -> exportTemplateTo(e.getKey(), e.getValue()));
    }

    /**
     * A dialog asking for a year ({@code year}, first row) and one more thing ({@code label}: {@code field}); the
     * chosen year once the user said OK with a year chosen.
     */
    private java.util.Optional<Integer> askYear(String id, String title, String header, ChoiceBox<Integer> year,
                                                Label label, javafx.scene.Node field) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(t.get("values.year")), year);
        grid.addRow(1, label, field);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        FxDialogs.localize(dialog.getDialogPane(), t);
        dialog.getDialogPane().setId(id);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        return dialog.showAndWait().filter(b -> b == ButtonType.OK && year.getValue() != null)
                .map(b -> year.getValue());
    }

    /** Writes the template for {@code year} (口径 as chosen above) in the background; a notice says where. */
    public void exportTemplateTo(java.nio.file.Path file, int year) {
        notices.accept(t.get("excel.ui.working"), null);
        List<String> noUnit = session.plan() == null ? List.of()
                : cn.yanggu.workbench.app.excel.ActualsTemplate.withoutUnit(session.plan());
        session.writeActualsTemplate(file, t, year, vintage.getValue(), f -> notices.accept(
                t.get("excel.ui.templateWritten", year, f.getFileName()) + (noUnit.isEmpty() ? ""
                        : " " + t.get("excel.cli.noUnits", noUnit.size(), String.join(", ", noUnit))),
                f.toAbsolutePath().getParent()),
                e -> notices.accept(t.get("excel.ui.failed", ErrorText.describe(t, e)), null));
    }

    private void chooseImport() {
        dialogs.openFile(t.get("excel.ui.import"), "Excel", List.of("*.xlsx")).ifPresent(this::importFrom);
    }

    /**
     * Imports a filled template in the background, all or nothing; a refused file lists every bad cell, and values
     * 50 times or more away from last year's are listed in a dialog that asks before importing them.
     */
    public void importFrom(java.nio.file.Path file) {
        importFrom(file, false);
    }

    private void importFrom(java.nio.file.Path file, boolean acceptWarnings) {
        notices.accept(t.get("excel.ui.importing", file.getFileName()), null);
        session.importActualsXlsx(file, t, acceptWarnings, r -> {
            String done = r.edit() == null ? t.get("excel.cli.nothing", file.getFileName(), r.year())
                    : t.get("excel.cli.imported", file.getFileName(), r.values(), r.year());
            if (!r.reporter().isEmpty()) {
                done = t.get("excel.ui.importedBy", done, r.reporter().summary());
            }
            notification.error("");
            notices.accept(done, null);
        }, e -> {
            notices.accept(t.get("excel.ui.notImported", file.getFileName()), null);
            if (e instanceof cn.yanggu.workbench.app.excel.XlsxWarnings w) {
                confirmWarnings(file, w);
                return;
            }
            List<String> lines;
            if (e instanceof cn.yanggu.workbench.app.excel.XlsxRejected x) {
                lines = x.problems().stream().map(cn.yanggu.workbench.app.excel.XlsxRejected.CellProblem::text)
                        .toList();
            } else if (e instanceof cn.yanggu.workbench.app.EditRejected r) {
                lines = r.problems().stream().map(p -> ErrorText.located(t, p)).toList();
            } else {
                lines = List.of(ErrorText.describe(t, e));
            }
            importErrors(file, lines);
        });
    }

    /**
     * The dialog that lists each value to check (cell, value, last year's value, factor) and asks: 仍然导入 imports
     * the file accepting them, 取消 leaves everything as it was. It does not wait on the JavaFX thread.
     */
    private void confirmWarnings(java.nio.file.Path file, cn.yanggu.workbench.app.excel.XlsxWarnings w) {
        List<String> lines = w.warnings().stream().map(cn.yanggu.workbench.app.excel.XlsxRejected.CellProblem::text)
                .toList();
        dialogs.confirmList(new Dialogs.ListDialog(Dialogs.Kind.WARNING, t.get("excel.ui.warningsTitle"),
                t.get("excel.ui.warningsHeader", file.getFileName(), lines.size()), t.get("excel.ui.warningsHint"),
                t.get("excel.ui.importAnyway"), "xlsx-warnings-dialog", "xlsx-import-warnings", "xlsx-import-anyway",
                640, 360, false), lines, yes -> {
                    if (yes) {
                        importFrom(file, true);
                    }
                    table.requestFocus();
                });
    }

    /** The dialog that lists every problem of a refused file, in the UI language. */
    private void importErrors(java.nio.file.Path file, List<String> lines) {
        dialogs.confirmList(new Dialogs.ListDialog(Dialogs.Kind.ERROR, t.get("excel.ui.import"),
                t.get("excel.cli.rejected", file.getFileName(), lines.size(), "").replaceAll("[ —:：]+$", ""),
                t.get("excel.ui.fixAndRetry"), null, "xlsx-import-dialog", "xlsx-import-errors", null, 640, 360,
                false), lines, closed -> {
                });
    }

    public TableView<ValuesModel.Row> table() {
        return table;
    }
}
