package cn.yanggu.workbench.ui.values;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.SheetGrid;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 年度数据: indicators × years 2020–2035, typed like a spreadsheet. Each indicator has a row of plan values
 * (2020 baseline, targets) and a row of actuals, entered with the chosen vintage (预计/快报/年报), source and date.
 * A block pasted from Excel/WPS fills the cells as one step; a value with another unit is converted or refused.
 */
public final class ValuesView extends FeatureView<ValuesView.Row> {
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2035;

    /** One grid row: an indicator's plan values or its actuals. */
    public record Row(Indicator indicator, boolean actual, String label, String kindLabel) {
        String searchable() {
            return FilterModel.text(indicator.name(), indicator.category(), indicator.unit(), kindLabel);
        }
    }

    private final Clock clock;
    private final TableView<Row> table;
    private final ComboBox<Enums.Vintage> vintage = new ComboBox<>();
    private final TextField source = new TextField();
    private final TextField date = new TextField();
    private final Label message = new Label();
    private final List<TableColumn<Row, String>> yearColumns = new ArrayList<>();
    private final SheetGrid<Row> sheet;
    private Set<Integer> locked = Set.of();

    private final java.util.function.BiConsumer<String, java.nio.file.Path> notices;

    public ValuesView(I18n t, Session session, Clock clock,
                      java.util.function.BiConsumer<String, java.nio.file.Path> notices) {
        super(t, session, t.get("nav.values"), Row::searchable);
        this.clock = clock;
        this.notices = notices;
        table = Tables.table(t.get("common.loading"));
        table.setId("values-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        sheet = new SheetGrid<>(table, (row, column, text) -> enter(row, yearOf(column), text));
        sheet.editable((row, column) -> !locked.contains(yearOf(column)))
                .refused((row, column) -> message.setText(t.get("values.cellAt", row.indicator().name(),
                        yearOf(column)) + ErrorText.problem(t, new Problem("values", Problem.Kind.LOCKED_YEAR,
                        yearOf(column)))))
                .rowStep(this::nextOfKind)
                .paste(this::paste);
        TableColumn<Row, String> name = Tables.text(t.get("indicator.nameUnit"), Row::label, 230);
        TableColumn<Row, String> kind = Tables.text(t.get("values.kind"), Row::kindLabel, 70);
        name.setEditable(false);
        kind.setEditable(false);
        name.setReorderable(false);
        kind.setReorderable(false);
        table.getColumns().add(name);
        table.getColumns().add(kind);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            int year = y;
            TableColumn<Row, String> c = new TableColumn<>(String.valueOf(year));
            c.setPrefWidth(86);
            c.setMinWidth(Tables.headerWidth(t.get("values.lockedColumn", "2025")));
            c.setSortable(false);
            c.getStyleClass().add("numeric");
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cellText(cd.getValue(), year)));
            sheet.column(c, (cell, row) -> {
                cell.getStyleClass().remove("locked-cell");
                if (row != null && locked.contains(year)) {
                    cell.getStyleClass().add("locked-cell");
                }
                cell.setTooltip(row == null ? null : tooltip(row, year));
            });
            yearColumns.add(c);
            table.getColumns().add(c);
        }
        model.bind(table);

        vintage.getItems().setAll(Enums.Vintage.FINAL, Enums.Vintage.PRELIMINARY, Enums.Vintage.ESTIMATE);
        vintage.setValue(Enums.Vintage.FINAL);
        vintage.setId("values-vintage");
        vintage.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Enums.Vintage v) {
                return v == null ? "" : vintageLabel(v);
            }

            @Override
            public Enums.Vintage fromString(String s) {
                return null;
            }
        });
        source.setText(t.get("values.defaultSource"));
        source.setId("values-source");
        source.setPrefColumnCount(12);
        date.setText(LocalDate.now(clock).toString());
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
        for (Region r : List.of(lock, unlock, template, importXlsx)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox entry = new HBox(8, caption(t.get("values.vintage")), vintage, caption(t.get("values.source")), source,
                caption(t.get("values.date")), date, new Region(), template, importXlsx, lock, unlock);
        HBox.setHgrow(entry.getChildren().get(6), Priority.ALWAYS);
        entry.setAlignment(Pos.CENTER_LEFT);
        message.setId("values-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(t.get("values.hint"));
        hint.getStyleClass().add("secondary");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        VBox body = new VBox(8, entry, hint, message, table);
        body.getStyleClass().add("view-body");
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setCenter(body);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private String vintageLabel(Enums.Vintage v) {
        return cn.yanggu.workbench.app.Words.vintage(t, v);
    }

    @Override
    protected List<Row> rows(Plan plan) {
        List<Row> rows = new ArrayList<>();
        for (Indicator ind : plan.indicators()) {
            String label = ind.name() + (ind.unit() == null ? "" : "（" + ind.unit() + "）");
            rows.add(new Row(ind, false, label, t.get("values.planRow")));
            rows.add(new Row(ind, true, label, t.get("values.actualRow")));
        }
        return rows;
    }

    @Override
    public void show(Plan plan) {
        // not under the planner's fingers: rows rebuilt while a cell is edited would take the typed text away
        sheet.whenIdle(() -> {
            Session.Snapshot s = session.snapshot().get();
            locked = s == null ? Set.of() : s.locks().stream().map(YearLock::year).collect(Collectors.toSet());
            for (TableColumn<Row, String> c : yearColumns) {
                int year = FIRST_YEAR + yearColumns.indexOf(c);
                c.setText(locked.contains(year) ? t.get("values.lockedColumn", String.valueOf(year))
                        : String.valueOf(year));
            }
            sheet.keepSelection(r -> List.of(r.indicator().code(), r.actual()), () -> {
                super.show(plan);
                table.refresh();   // locks change which cells may be edited
            });
        });
    }

    /** The year of a year column; a column left of them counts as the first year (where a paste begins). */
    private int yearOf(TableColumn<Row, ?> column) {
        int i = yearColumns.indexOf(column);
        return FIRST_YEAR + Math.max(i, 0);
    }

    /** The next row of the same kind above or below (the next indicator's actuals, or its plan values), or −1. */
    private int nextOfKind(int row, int step) {
        List<Row> items = table.getItems();
        boolean actual = items.get(row).actual();
        for (int i = row + step; i >= 0 && i < items.size(); i += step) {
            if (items.get(i).actual() == actual) {
                return i;
            }
        }
        return -1;
    }

    /** The value a cell shows: the plan's baseline/target, or the best vintage of the actuals. */
    private static Optional<YearValue> cell(Row row, int year, int baseYear) {
        Indicator ind = row.indicator();
        if (row.actual()) {
            return ind.value(Enums.ValueKind.ACTUAL, year);
        }
        return year == baseYear ? ind.value(Enums.ValueKind.BASELINE, year)
                : ind.value(Enums.ValueKind.TARGET, year);
    }

    private int baseYear() {
        Plan p = session.plan();
        return p == null ? FIRST_YEAR : p.info().baseYear();
    }

    private String cellText(Row row, int year) {
        return cell(row, year, baseYear()).map(v -> Formats.number(v.value())).orElse("");
    }

    private Tooltip tooltip(Row row, int year) {
        return cell(row, year, baseYear()).map(v -> new Tooltip(
                (v.vintage() == null ? "" : vintageLabel(v.vintage()) + " · ")
                        + (v.asStated() == null ? "" : t.get("indicator.asStated", v.asStated()) + " · ")
                        + (v.source() == null ? "" : v.source()) + (v.date() == null ? "" : " · " + v.date())))
                .orElse(null);
    }

    /** One cell to write: an indicator's plan value (base or target) or actual of a year; a null value clears it. */
    private record CellValue(Row row, int year, Double value, String typed) {
        String code() {
            return row.indicator().code();
        }
    }

    /** What values are saved with: the vintage, source and date chosen above (read when the cell is committed). */
    private record Stamp(Enums.Vintage vintage, String source, String date, int baseYear) {
    }

    private Stamp stamp() {
        String src = source.getText() == null || source.getText().isBlank() ? null : source.getText().strip();
        String d = date.getText() == null || date.getText().isBlank() ? null : date.getText().strip();
        return new Stamp(vintage.getValue(), src, d, baseYear());
    }

    /** The indicator with one cell set or cleared. */
    private static Indicator withCell(Indicator ind, CellValue cell, Stamp stamp) {
        boolean actual = cell.row().actual();
        int year = cell.year();
        Enums.ValueKind kind = actual ? Enums.ValueKind.ACTUAL
                : year == stamp.baseYear() ? Enums.ValueKind.BASELINE : Enums.ValueKind.TARGET;
        Enums.Vintage v = actual ? stamp.vintage() : null;
        List<YearValue> values = new ArrayList<>();
        Enums.Comparator comparator = Enums.Comparator.EQ;
        for (YearValue old : ind.values()) {
            boolean same = old.year() == year && old.kind() == kind && (!actual || old.vintage() == v);
            if (same) {
                comparator = old.comparator();
            } else {
                values.add(old);
            }
        }
        if (cell.value() != null) {
            values.add(new YearValue(year, kind, cell.value(), comparator, v, cell.typed(), stamp.source(),
                    stamp.date(), null));
        }
        return ind.withValues(values);
    }

    /** A typed cell: saved (true), or refused with the reason shown above the grid (false). */
    private boolean enter(Row row, int year, String text) {
        List<String> errors = new ArrayList<>();
        CellValue v = check(row, year, text, errors, t.get("values.cellAt", row.indicator().name(), year));
        if (v == null) {
            refuse(errors);
            return false;
        }
        save(List.of(v), t.get("values.editLabel", row.indicator().name(), String.valueOf(year)));
        return true;
    }

    /**
     * Pastes a tab-separated block (as Excel and WPS copy it) from the focused cell on: one step, or nothing when
     * any cell is wrong. Empty cells of the block leave the grid's cells as they are. The block's rows go to the rows
     * of the kind it starts on: begun on an actual row, to the actual rows of the indicators below (a column of
     * actuals copied from a sheet pastes straight in, and no plan value changes); begun on a plan row, to the plan
     * rows, after asking.
     */
    public void paste(String text) {
        TablePosition<Row, ?> pos = table.getFocusModel().getFocusedCell();
        List<Row> items = table.getItems();
        if (text == null || text.isEmpty() || pos == null || pos.getRow() < 0 || pos.getRow() >= items.size()) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        boolean actual = items.get(pos.getRow()).actual();
        List<Row> rows = new ArrayList<>();
        for (int i = pos.getRow(); i < items.size(); i++) {
            if (items.get(i).actual() == actual) {
                rows.add(items.get(i));
            }
        }
        int firstYear = yearOf(pos.getTableColumn());
        List<CellValue> cells = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            String[] parts = lines.get(r).split("\t", -1);
            for (int c = 0; c < parts.length; c++) {
                if (parts[c].isBlank()) {
                    continue;
                }
                int year = firstYear + c;
                if (r >= rows.size() || year > LAST_YEAR) {
                    errors.add(t.get("values.outside", r + 1, c + 1));
                    continue;
                }
                Row target = rows.get(r);
                CellValue v = check(target, year, parts[c], errors,
                        t.get("values.pasteAt", r + 1, c + 1, target.indicator().name(), year));
                if (v != null) {
                    cells.add(v);
                }
            }
        }
        if (!errors.isEmpty()) {
            refuse(errors);
            return;
        }
        if (cells.isEmpty()) {
            return;
        }
        String label = t.get("values.pasteLabel", cells.size());
        if (actual) {
            save(cells, label);
        } else {
            confirmPlanPaste(cells, label);
        }
    }

    /**
     * Asks before a paste writes plan values, naming each cell with its value now and after: 改写规划值 saves the
     * block (one step), 取消 (the default) writes nothing. It does not wait on the JavaFX thread.
     */
    private void confirmPlanPaste(List<CellValue> cells, String label) {
        List<String> lines = cells.stream().map(v -> t.get("values.planPasteCell", v.row().indicator().name(),
                v.year(), t.get(v.year() == baseYear() ? "indicator.baseline" : "indicator.target"),
                cell(v.row(), v.year(), baseYear()).map(x -> Formats.number(x.value()))
                        .orElse(t.get("values.planPasteEmpty")),
                Formats.number(v.value()))).toList();
        confirmList(new Confirm(javafx.scene.control.Alert.AlertType.CONFIRMATION, t.get("values.planPasteTitle"),
                t.get("values.planPasteHeader", lines.size()), t.get("values.planPasteHint"),
                t.get("values.planPasteWrite"), "values-plan-paste-dialog", "values-plan-paste-cells",
                "values-plan-paste-write", 560, 300, true), lines, () -> save(cells, label));
    }

    /** A dialog that lists cells and asks before acting, with the ids tests and the window look for. */
    private record Confirm(javafx.scene.control.Alert.AlertType type, String title, String header, String hint,
                           String action, String dialogId, String listId, String actionId, double width,
                           double maxHeight, boolean cancelIsDefault) {
    }

    /**
     * Shows {@code c} listing {@code lines}; {@code onAction} runs when its action button is chosen, nothing on
     * 取消. It does not wait on the JavaFX thread; the focus goes back to the grid when it closes.
     */
    private void confirmList(Confirm c, List<String> lines, Runnable onAction) {
        ButtonType act = new ButtonType(c.action(), ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(c.type(), null, act, ButtonType.CANCEL);
        alert.setTitle(c.title());
        alert.setHeaderText(c.header());
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(lines));
        list.setId(c.listId());
        list.setPrefSize(c.width(), Math.min(c.maxHeight(), 28 * lines.size() + 8));
        Label hint = new Label(c.hint());
        hint.setWrapText(true);
        hint.setMaxWidth(c.width());
        alert.getDialogPane().setContent(new VBox(8, list, hint));
        alert.getDialogPane().setId(c.dialogId());
        Button actButton = (Button) alert.getDialogPane().lookupButton(act);
        actButton.setId(c.actionId());
        if (c.cancelIsDefault()) {
            actButton.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        alert.setResizable(true);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.setOnHidden(ev -> {
            if (alert.getResult() == act) {
                onAction.run();
            }
            table.requestFocus();
        });
        alert.show();
    }

    /** The cell a text makes (parsed in the indicator's unit, checked), or null with the reason added to errors. */
    private CellValue check(Row row, int year, String text, List<String> errors, String at) {
        if (locked.contains(year)) {
            errors.add(at + ErrorText.problem(t, new Problem("values", Problem.Kind.LOCKED_YEAR, year)));
            return null;
        }
        Quantity.Parsed parsed = Quantity.parse(text, row.indicator().unit());
        if (parsed.problem().isPresent()) {
            errors.add(at + ErrorText.problem(t, new Problem("values", parsed.problem().get(), parsed.unitTyped())));
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        Validation.value(problems, "values", parsed.value().orElse(null), row.indicator().unit());
        if (!problems.isEmpty()) {
            errors.add(at + ErrorText.problem(t, problems.get(0)));
            return null;
        }
        String typed = parsed.unitTyped() == null || parsed.unitTyped().isEmpty()
                || parsed.unitTyped().equals(row.indicator().unit()) ? null : text.strip();
        return new CellValue(row, year, parsed.value().orElse(null), typed);
    }

    private void refuse(List<String> errors) {
        String shown = String.join("\n", errors.stream().limit(10).toList())
                + (errors.size() > 10 ? "\n" + t.get("values.moreErrors", errors.size() - 10) : "");
        message.setText(t.get("values.notSaved") + "\n" + shown);
    }

    /**
     * Writes cells as one step in the background. The indicators are taken as the database has them when the step
     * is written, not as the grid showed them: cells typed one after another faster than the grid is redrawn all
     * stay (Tab, type, Tab …) instead of each one writing back an indicator without the one before.
     */
    private void save(List<CellValue> cells, String label) {
        Stamp stamp = stamp();
        message.setText("");
        session.writeWith("write", wb -> {
            Editor editor = wb.editor();
            Plan plan = editor.plan();
            Map<String, Indicator> before = new LinkedHashMap<>();
            Map<String, Indicator> after = new LinkedHashMap<>();
            for (CellValue v : cells) {
                Indicator current = after.containsKey(v.code()) ? after.get(v.code())
                        : plan.indicators().stream().filter(i -> i.code().equals(v.code())).findFirst().orElse(null);
                if (current != null) {
                    before.putIfAbsent(v.code(), current);
                    after.put(v.code(), withCell(current, v, stamp));
                }
            }
            List<Change> changes = new ArrayList<>();
            for (Indicator ind : after.values()) {
                if (!before.get(ind.code()).equals(ind)) {
                    changes.add(Change.update(before.get(ind.code()), ind));
                }
            }
            return changes.isEmpty() ? null : editor.apply(new Edit(label, changes));
        }, done -> {
        }, e -> {
            message.setText(t.get("values.notSaved") + "\n" + (e instanceof EditRejected r
                    ? String.join("\n", r.problems().stream().map(p -> ErrorText.located(t, p)).toList())
                    : ErrorText.describe(t, e)));
            sheet.whenIdle(table::refresh);
        });
    }

    private void lockDialog(boolean lock) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(lock ? t.get("values.lock") : t.get("values.unlock"));
        dialog.setHeaderText(lock ? t.get("values.lockHeader") : t.get("values.unlockHeader"));
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
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(t.get("values.year")), year);
        grid.addRow(1, new Label(t.get("values.reason")), reason);
        reason.setPrefColumnCount(24);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("lock-dialog");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK && year.getValue() != null).ifPresent(b -> {
            if (lock) {
                session.lockYear(year.getValue(), reason.getText(), rejected -> message.setText(String.join("\n",
                        rejected.problems().stream().map(p -> ErrorText.problem(t, p.problem())).toList())));
            } else {
                session.unlockYear(year.getValue(), reason.getText());
            }
        });
    }

    /** Asks for the year (the 口径 is the one chosen above), then where to save the template. */
    private void templateDialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(t.get("excel.ui.exportTemplate"));
        dialog.setHeaderText(t.get("excel.ui.templateHeader"));
        ChoiceBox<Integer> year = new ChoiceBox<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            year.getItems().add(y);
        }
        year.setValue(Math.max(FIRST_YEAR, Math.min(LocalDate.now(clock).getYear() - 1, LAST_YEAR)));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(t.get("values.year")), year);
        grid.addRow(1, new Label(t.get("values.vintage")), new Label(vintageLabel(vintage.getValue())));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("template-dialog");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK && year.getValue() != null).ifPresent(b -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setInitialFileName(t.get("excel.ui.templateFile", year.getValue()));
            fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Excel", "*.xlsx"));
            var f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) {
                exportTemplateTo(f.toPath(), year.getValue());
            }
        });
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
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(t.get("excel.ui.import"));
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        var f = fc.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            importFrom(f.toPath());
        }
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
            message.setText("");
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
        confirmList(new Confirm(javafx.scene.control.Alert.AlertType.WARNING, t.get("excel.ui.warningsTitle"),
                t.get("excel.ui.warningsHeader", file.getFileName(), lines.size()), t.get("excel.ui.warningsHint"),
                t.get("excel.ui.importAnyway"), "xlsx-warnings-dialog", "xlsx-import-warnings", "xlsx-import-anyway",
                640, 360, false), lines, () -> importFrom(file, true));
    }

    /** The dialog that lists every problem of a refused file, in the UI language. */
    private void importErrors(java.nio.file.Path file, List<String> lines) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.ERROR, null, ButtonType.OK);
        alert.setTitle(t.get("excel.ui.import"));
        alert.setHeaderText(t.get("excel.cli.rejected", file.getFileName(), lines.size(), "").replaceAll("[ —:：]+$",
                ""));
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(lines));
        list.setId("xlsx-import-errors");
        list.setPrefSize(640, Math.min(360, 28 * lines.size() + 8));
        Label hint = new Label(t.get("excel.ui.fixAndRetry"));
        hint.setWrapText(true);
        VBox box = new VBox(8, list, hint);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("xlsx-import-dialog");
        alert.setResizable(true);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.show();
    }

    public TableView<Row> table() {
        return table;
    }
}
