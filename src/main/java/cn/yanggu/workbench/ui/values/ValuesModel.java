package cn.yanggu.workbench.ui.values;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PastedBlock;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.common.Dialogs;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The state and rules of 年度数据 without the window: which rows the grid has (规划值 and 实际值 of each indicator, or
 * 实际值 only), where the cursor is and where Enter/Tab/arrows take it, what a typed or pasted text becomes (parsed in
 * the indicator's unit, converted, checked, named by indicator and year when wrong), and the {@link Edit} a set of
 * cells makes. The view shows the rows, asks the planner when {@link #paste} says so, and sends the edit.
 */
public final class ValuesModel {
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2035;

    /** The rows the grid shows: each indicator's 规划值 and 实际值 rows, or its 实际值 row alone (years across). */
    public enum Layout { PLAN_AND_ACTUALS, ACTUALS_ONLY }

    /** Where the cursor goes after a cell is saved (as {@code SheetGrid.Move}). */
    public enum Move { STAY, DOWN, UP, RIGHT, LEFT }

    /** One grid row: an indicator's plan values or its actuals. */
    public record Row(Indicator indicator, boolean actual, String label, String kindLabel) {
        public String searchable() {
            return FilterModel.text(indicator.name(), indicator.category(), indicator.unit(), kindLabel);
        }

        /** The same row in another snapshot (the selection follows it). */
        public List<Object> key() {
            return List.of(indicator.code(), actual);
        }
    }

    /** The selected cell: a row index of {@link #rows()} and a year. */
    public record Cursor(int row, int year) {
    }

    /** One cell to write: an indicator's plan value (base or target) or actual of a year; a null value clears it. */
    public record CellValue(Row row, int year, Double value, String typed) {
        String code() {
            return row.indicator().code();
        }
    }

    /** What values are saved with: the vintage, source and date chosen above the grid. */
    public record Stamp(Enums.Vintage vintage, String source, String date, int baseYear) {
    }

    /** What a typed or pasted text comes to. */
    public sealed interface Outcome permits Nothing, Refused, Write, AskFirst {
    }

    /** Nothing to write (an empty paste, a cell outside the grid). */
    public record Nothing() implements Outcome {
    }

    /** Not saved: the reasons, each naming the cell (indicator and year, or the block's row and column). */
    public record Refused(List<String> errors) implements Outcome {
        /** The message above the grid: 未保存 and at most ten reasons. */
        public String message(I18n t) {
            String shown = String.join("\n", errors.stream().limit(10).toList())
                    + (errors.size() > 10 ? "\n" + t.get("values.moreErrors", errors.size() - 10) : "");
            return t.get("values.notSaved") + "\n" + shown;
        }
    }

    /** Cells to write as one step labelled {@code label}; {@link #edit} makes the step from the current plan. */
    public record Write(List<CellValue> cells, String label, Stamp stamp) implements Outcome {
        public Write {
            cells = List.copyOf(cells);
        }

        /** The step against {@code plan} (as the database has it when it is written), or null when nothing changes. */
        public Edit edit(Plan plan) {
            return ValuesModel.edit(plan, cells, stamp, label);
        }
    }

    /** A paste that would change 规划值: ask first, listing each cell now → after; write only when confirmed. */
    public record AskFirst(List<String> lines, Write write) implements Outcome {
    }

    private final I18n t;
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(Layout.PLAN_AND_ACTUALS);
    private final ObjectProperty<Enums.Vintage> vintage = new SimpleObjectProperty<>(Enums.Vintage.FINAL);
    private final StringProperty source = new SimpleStringProperty();
    private final StringProperty date = new SimpleStringProperty();
    private final ObjectProperty<Cursor> cursor = new SimpleObjectProperty<>();
    private List<Row> rows = List.of();
    private Plan plan;
    private final cn.yanggu.workbench.app.Judgements words;
    private Set<Integer> locked = Set.of();
    /** The year a run of Tabs began in: Enter then goes on from there in the next row, as in Excel. */
    private Integer tabStart;

    public ValuesModel(I18n t, LocalDate today) {
        this.t = t;
        this.words = new cn.yanggu.workbench.app.Judgements(t);
        source.set(t.get("values.defaultSource"));
        date.set(today.toString());
    }

    // ------------------------------------------------------------------ state

    public ObjectProperty<Layout> layout() {
        return layout;
    }

    public ObjectProperty<Enums.Vintage> vintage() {
        return vintage;
    }

    public StringProperty source() {
        return source;
    }

    public StringProperty date() {
        return date;
    }

    public ObjectProperty<Cursor> cursor() {
        return cursor;
    }

    /** Takes a new snapshot: the plan and the locked years. */
    public void show(Plan p, Set<Integer> lockedYears) {
        this.plan = p;
        this.locked = Set.copyOf(lockedYears);
        rebuild();
    }

    /** The rows for the plan and layout shown now, top to bottom. */
    public List<Row> rows() {
        return rows;
    }

    private void rebuild() {
        List<Row> out = new ArrayList<>();
        if (plan != null) {
            for (Indicator ind : plan.indicators()) {
                String label = ind.name() + (ind.unit() == null ? "" : "（" + ind.unit() + "）");
                if (layout.get() == Layout.PLAN_AND_ACTUALS) {
                    out.add(new Row(ind, false, label, t.get("values.planRow")));
                }
                out.add(new Row(ind, true, label, t.get("values.actualRow")));
            }
        }
        rows = List.copyOf(out);
    }

    /** Switches the layout; the rows are rebuilt (the view shows them again). */
    public void setLayout(Layout l) {
        layout.set(l);
        rebuild();
    }

    public boolean locked(int year) {
        return locked.contains(year);
    }

    public Set<Integer> lockedYears() {
        return locked;
    }

    public int baseYear() {
        return plan == null ? FIRST_YEAR : plan.info().baseYear();
    }

    /** The value a cell shows: the plan's baseline/target, or the best vintage of the actuals. */
    public Optional<YearValue> value(Row row, int year) {
        Indicator ind = row.indicator();
        if (row.actual()) {
            return ind.value(Enums.ValueKind.ACTUAL, year);
        }
        return ind.value(year == baseYear() ? Enums.ValueKind.BASELINE : Enums.ValueKind.TARGET, year);
    }

    public String text(Row row, int year) {
        String typed = unsaved.get(unsavedKey(row, year));
        return typed != null ? typed : value(row, year).map(v -> Formats.number(v.value())).orElse("");
    }

    /**
     * Cells typed but not saved because the server was away (and the user chose 取消 over 重试): shown as typed, marked,
     * until a save of them succeeds — the input is not lost with the connection.
     */
    private final Map<List<Object>, String> unsaved = new java.util.HashMap<>();

    private static List<Object> unsavedKey(Row row, int year) {
        return List.of(row.indicator().code(), row.actual(), year);
    }

    /** Keeps {@code cells} as typed in the grid, not saved ({@link #text} shows them). */
    public void keepUnsaved(List<CellValue> cells) {
        cells.forEach(c -> unsaved.put(unsavedKey(c.row(), c.year()), c.typed() != null ? c.typed()
                : c.value() == null ? "" : Formats.number(c.value())));
    }

    /** {@code cells} are saved: the grid shows them as stored. True when any of them was shown unsaved. */
    public boolean saved(List<CellValue> cells) {
        boolean any = false;
        for (CellValue c : cells) {
            any |= unsaved.remove(unsavedKey(c.row(), c.year())) != null;
        }
        return any;
    }

    /** How many cells hold typing not saved yet (all of them, when several writes were left unsaved at once). */
    public int unsavedCount() {
        return unsaved.size();
    }

    /** Whether the cell holds typing not saved yet ({@link #keepUnsaved}). */
    public boolean unsaved(Row row, int year) {
        return unsaved.containsKey(unsavedKey(row, year));
    }

    /**
     * For a 规划值 cell whose target an approved version sets for its year (an adjustment, or the next period's):
     * "调整版本2（阳政字〔2023〕15号）：2025年目标 6.1万元/亩（原规划 7.3万元/亩）"; null otherwise. The cell keeps the
     * plan's own value (version 1 is corrected here, never adjusted); the mark and this line say what is in force.
     */
    public String adjustment(Row row, int year) {
        if (plan == null || row.actual() || year == baseYear()) {
            return null;
        }
        Indicator ind = row.indicator();
        Optional<YearValue> own = ind.target(year);
        return cn.yanggu.workbench.app.Judgements.inForce(plan, ind, year).target(year)
                .filter(v -> own.map(o -> !o.equals(v)).orElse(true))
                .map(v -> t.get("values.adjusted", v.source(), year, words.target(ind, v),
                        own.map(o -> words.target(ind, o)).orElse("—"))).orElse(null);
    }

    /** Where a cell's value came from (口径 · as typed · source · date), or null for an empty cell. */
    public String origin(Row row, int year) {
        return value(row, year).map(v -> (v.vintage() == null ? "" : vintageLabel(v.vintage()) + " · ")
                + (v.asStated() == null ? "" : t.get("indicator.asStated", v.asStated()) + " · ")
                + (v.source() == null ? "" : v.source()) + (v.date() == null ? "" : " · " + v.date())).orElse(null);
    }

    public String vintageLabel(Enums.Vintage v) {
        return cn.yanggu.workbench.app.Words.vintage(t, v);
    }

    /** Why a cell of a locked year cannot be typed into. */
    public String lockedMessage(Row row, int year) {
        return t.get("values.cellAt", row.indicator().name(), year, row.kindLabel())
                + ErrorText.problem(t, new Problem("values", Problem.Kind.LOCKED_YEAR, year));
    }

    // ------------------------------------------------------------------ the cursor

    /** The next row of the same kind above or below (the next indicator's actuals, or its plan values), or −1. */
    public int nextOfKind(int row, int step) {
        return nextOfKind(rows, row, step);
    }

    /** {@link #nextOfKind(int, int)} among {@code rows} (the rows the grid shows, maybe filtered). */
    public static int nextOfKind(List<Row> rows, int row, int step) {
        if (row < 0 || row >= rows.size()) {
            return -1;
        }
        boolean actual = rows.get(row).actual();
        for (int i = row + step; i >= 0 && i < rows.size(); i += step) {
            if (rows.get(i).actual() == actual) {
                return i;
            }
        }
        return -1;
    }

    /** Puts the cursor on a cell (a click or an arrow key: a run of Tabs ends). */
    public void select(int row, int year) {
        tabStart = null;
        cursor.set(new Cursor(row, Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year))));
    }

    /**
     * Moves the cursor as the grid does after a cell is saved: Enter down/up to the next row of the same kind (in the
     * year a run of Tabs began in), Tab right/left within the years; at an edge it stays.
     */
    public void move(Move move) {
        Cursor c = cursor.get();
        if (c == null || move == Move.STAY) {
            return;
        }
        int row = c.row();
        int year = c.year();
        switch (move) {
            case RIGHT, LEFT -> {
                tabStart = tabStart == null ? year : tabStart;
                year = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year + (move == Move.RIGHT ? 1 : -1)));
            }
            default -> {
                int next = nextOfKind(row, move == Move.DOWN ? 1 : -1);
                row = next < 0 ? row : next;
                year = tabStart == null ? year : tabStart;
                tabStart = null;
            }
        }
        cursor.set(new Cursor(row, year));
    }

    /** Types {@code text} into the cell under the cursor; when it is not refused the cursor moves by {@code move}. */
    public Outcome type(String text, Move move) {
        Cursor c = cursor.get();
        if (c == null || c.row() < 0 || c.row() >= rows.size()) {
            return new Nothing();
        }
        Outcome o = enter(rows.get(c.row()), c.year(), text);
        if (!(o instanceof Refused)) {
            move(move);
        }
        return o;
    }

    // ------------------------------------------------------------------ typing and pasting

    /** What a text typed into one cell comes to: a write of that cell, or refused with the reason. */
    public Outcome enter(Row row, int year, String text) {
        List<String> errors = new ArrayList<>();
        CellValue v = check(row, year, text, errors, t.get("values.cellAt", row.indicator().name(), year, row.kindLabel()));
        if (v == null) {
            return new Refused(errors);
        }
        return new Write(List.of(v), t.get("values.editLabel", row.indicator().name(), String.valueOf(year)),
                stamp());
    }

    /**
     * What a tab-separated block pasted at the cursor comes to: all of it or nothing. Empty cells of the block leave the
     * grid's cells as they are. The block's rows go to the rows of the kind it starts on: begun on an actual row, to
     * the actual rows of the indicators below (a column of actuals copied from a sheet pastes straight in, and no plan
     * value changes); begun on a plan row, to the plan rows, after asking ({@link AskFirst}).
     */
    public Outcome paste(String text) {
        Cursor c = cursor.get();
        return c == null ? new Nothing() : paste(text, rows, c.row(), c.year());
    }

    /** {@link #paste(String)} at row {@code row} of {@code shown} (the rows the grid shows, maybe filtered), {@code year}. */
    public Outcome paste(String text, List<Row> shown, int row, int year) {
        if (text == null || text.isEmpty() || row < 0 || row >= shown.size()) {
            return new Nothing();
        }
        boolean actual = shown.get(row).actual();
        List<Row> targets = new ArrayList<>();
        for (int i = row; i < shown.size(); i++) {
            if (shown.get(i).actual() == actual) {
                targets.add(shown.get(i));
            }
        }
        List<CellValue> cells = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (PastedBlock.Cell cell : PastedBlock.cells(text)) {
            int y = year + cell.column();
            if (cell.row() >= targets.size() || y > LAST_YEAR) {
                errors.add(t.get("values.outside", cell.rowNumber(), cell.columnNumber()));
                continue;
            }
            Row target = targets.get(cell.row());
            CellValue v = check(target, y, cell.text(), errors, t.get("values.pasteAt", cell.rowNumber(),
                    cell.columnNumber(), target.indicator().name(), y, target.kindLabel()));
            if (v != null) {
                cells.add(v);
            }
        }
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        if (cells.isEmpty()) {
            return new Nothing();
        }
        Write write = new Write(cells, t.get("values.pasteLabel", cells.size()), stamp());
        if (actual) {
            return write;
        }
        return new AskFirst(cells.stream().map(v -> t.get("values.planPasteCell", v.row().indicator().name(),
                v.year(), t.get(v.year() == baseYear() ? "indicator.baseline" : "indicator.target"),
                value(v.row(), v.year()).map(x -> Formats.number(x.value())).orElse(t.get("values.planPasteEmpty")),
                Formats.number(v.value()))).toList(), write);
    }

    /**
     * Pastes as {@link #paste(String, List, int, int)} decides: a block for 实际值 rows goes to {@code write} at once; one
     * that would change 规划值 is listed in a dialog first and written only when 改写规划值 is chosen (取消 is the
     * default); a refused block goes to {@code refused}. {@code closed} runs when a dialog closes, either way.
     */
    public void pasteAsking(String text, List<Row> shown, int row, int year, Dialogs dialogs, Consumer<Write> write,
                            Consumer<Refused> refused, Runnable closed) {
        Outcome o = paste(text, shown, row, year);
        if (o instanceof Write w) {
            write.accept(w);
        } else if (o instanceof Refused r) {
            refused.accept(r);
        } else if (o instanceof AskFirst a) {
            dialogs.confirmList(new Dialogs.ListDialog(Dialogs.Kind.CONFIRM, t.get("values.planPasteTitle"),
                    t.get("values.planPasteHeader", a.lines().size()), t.get("values.planPasteHint"),
                    t.get("values.planPasteWrite"), "values-plan-paste-dialog", "values-plan-paste-cells",
                    "values-plan-paste-write", 560, 300, true), a.lines(), yes -> {
                        if (yes) {
                            write.accept(a.write());
                        }
                        closed.run();
                    });
        }
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

    private Stamp stamp() {
        String src = source.get() == null || source.get().isBlank() ? null : source.get().strip();
        String d = date.get() == null || date.get().isBlank() ? null : date.get().strip();
        return new Stamp(vintage.get(), src, d, baseYear());
    }

    // ------------------------------------------------------------------ the edit

    /**
     * The step that writes {@code cells} into the indicators as {@code plan} has them (cells typed faster than the
     * grid is redrawn all stay), or null when nothing changes.
     */
    static Edit edit(Plan plan, List<CellValue> cells, Stamp stamp, String label) {
        Map<String, Indicator> before = new LinkedHashMap<>();
        Map<String, Indicator> after = new LinkedHashMap<>();
        for (CellValue v : cells) {
            Indicator current = after.containsKey(v.code()) ? after.get(v.code())
                    : plan.indicator(v.code()).orElse(null);
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
        return changes.isEmpty() ? null : new Edit(label, changes);
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
}
