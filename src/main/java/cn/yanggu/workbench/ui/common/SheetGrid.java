package cn.yanggu.workbench.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;

/**
 * A {@link TableView} with cell selection that is typed into like a sheet in Excel or WPS:
 * <ul>
 * <li>typing a character on a selected cell starts editing it with that character; Enter, F2 or a double-click opens
 * it with its current text, Backspace empties it first;</li>
 * <li>Enter saves and moves down (to the row {@link #rowStep} names), Shift+Enter up, Tab right, Shift+Tab left; after
 * a row typed with Tab, Enter goes on in the column the Tabs began in (as in Excel); in a cell begun by typing the
 * arrow keys save and move too, in one opened with Enter/F2 they move the caret;</li>
 * <li>Esc cancels; leaving the cell otherwise (a click elsewhere) saves it;</li>
 * <li>a value the view refuses keeps the cell open with the text to correct;</li>
 * <li>Tab and Shift+Tab move between cells when not editing, Delete clears the selected cell, Ctrl+V pastes a block.</li>
 * </ul>
 * The focus stays on the table after every save or cancel, never on whatever control happens to come first in the
 * window, and the selected cell survives the rows being rebuilt from a new snapshot ({@link #keepSelection}), which
 * waits while a cell is being edited ({@link #whenIdle}) so typed text is never overwritten.
 */
public final class SheetGrid<S> {
    /** Where the selection goes after a cell is saved. */
    public enum Move { STAY, DOWN, UP, RIGHT, LEFT }

    /** Saves a cell's text; false when the view refuses it (and has said why), true when it is on its way. */
    @FunctionalInterface
    public interface Commit<S> {
        boolean commit(S row, TableColumn<S, ?> column, String text);
    }

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final TableView<S> table;
    private final Commit<S> commit;
    private final Set<TableColumn<S, ?>> columns = new HashSet<>();
    private BiPredicate<S, TableColumn<S, ?>> editable = (row, column) -> true;
    private BiPredicate<S, TableColumn<S, ?>> unsaved = (row, column) -> false;
    private BiConsumer<S, TableColumn<S, ?>> refused = (row, column) -> {
    };
    private IntBinaryOperator rowStep = (row, step) -> row + step;
    private Consumer<String> paste = text -> {
    };
    /** True while nothing may be edited at all (a 只读 user): every key that would change a cell is refused. */
    private java.util.function.BooleanSupplier readOnly = () -> false;
    private Runnable readOnlyRefused = () -> {
    };
    /** The text the next edit starts with (typed), or null to start with the cell's own text. */
    private String seed;
    private boolean finishing;
    private Runnable deferred;
    /** The column a run of Tabs began in: Enter then goes on in the next row from there, as in Excel. */
    private TableColumn<S, ?> tabStart;
    /** The selection is being moved here (not by the mouse or the table's own keys). */
    private boolean moving;
    /** The text of an edit whose cell the table took away (reused for another row) for the cell that takes it over. */
    private Carried carried;

    private record Carried(int row, TableColumn<?, ?> column, String text, boolean typed) {
    }

    public SheetGrid(TableView<S> table, Commit<S> commit) {
        this.table = table;
        this.commit = commit;
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        table.getFocusModel().focusedCellProperty().addListener((o, was, now) -> {
            if (!moving) {
                tabStart = null;   // a click or an arrow key ends a run of Tabs
            }
        });
    }

    /** Which cells may be edited (e.g. not those of a locked year). */
    public SheetGrid<S> editable(BiPredicate<S, TableColumn<S, ?>> test) {
        this.editable = test;
        return this;
    }

    /** Which cells show text not saved yet: Enter saves them even when the text is left as it is. */
    public SheetGrid<S> unsaved(BiPredicate<S, TableColumn<S, ?>> test) {
        this.unsaved = test;
        return this;
    }

    /**
     * Makes the whole grid read-only while {@code when} holds (see {@link RoleGate#sheet}): typing, Enter/F2, Backspace,
     * Delete and Ctrl+V change nothing and {@code refused} says why.
     */
    public SheetGrid<S> readOnly(java.util.function.BooleanSupplier when, Runnable refused) {
        this.readOnly = when;
        this.readOnlyRefused = refused;
        return this;
    }

    /** Told when someone types on a cell of an editable column that may not be edited, to say why. */
    public SheetGrid<S> refused(BiConsumer<S, TableColumn<S, ?>> action) {
        this.refused = action;
        return this;
    }

    /**
     * The row Enter moves to: {@code step} is +1 (down) or −1 (up); an index outside the rows means "stay". By default
     * the next row.
     */
    public SheetGrid<S> rowStep(IntBinaryOperator step) {
        this.rowStep = step;
        return this;
    }

    /** What Ctrl+V does outside an edit (the clipboard's text, maybe null). */
    public SheetGrid<S> paste(Consumer<String> action) {
        this.paste = action;
        return this;
    }

    /**
     * Makes {@code column} an editable sheet column: its cells edit as described above; {@code decorate} styles a cell
     * for its row (null for an empty cell) after each update.
     */
    public void column(TableColumn<S, String> column, BiConsumer<TableCell<S, String>, S> decorate) {
        columns.add(column);
        column.setEditable(true);
        column.setReorderable(false);
        column.setCellFactory(c -> new Cell(decorate));
        // the view saves through Commit; the default handler would write into the read-only cell value
        column.setOnEditCommit(e -> {
        });
    }

    /** True while a cell is being edited. */
    public boolean editing() {
        return table.getEditingCell() != null;
    }

    /**
     * Runs {@code refresh} now, or — while a cell is being edited — once the edit ends (only the last refresh asked
     * for), so rows rebuilt from a new snapshot never take the text being typed away.
     */
    public void whenIdle(Runnable refresh) {
        if (editing()) {
            deferred = refresh;
        } else {
            deferred = null;
            refresh.run();
        }
    }

    /**
     * Runs {@code refresh}, which replaces the rows, and selects the same cell again: the row with the same
     * {@code key}, the same column.
     */
    public void keepSelection(Function<S, ?> key, Runnable refresh) {
        TablePosition<S, ?> pos = focusedCell();
        boolean selected = !table.getSelectionModel().isEmpty();
        Object k = null;
        TableColumn<S, ?> column = null;
        if (selected && pos != null && pos.getRow() >= 0 && pos.getRow() < table.getItems().size()) {
            k = key.apply(table.getItems().get(pos.getRow()));
            column = pos.getTableColumn();
        }
        boolean was = moving;
        moving = true;   // the rows being replaced move the focus about; a run of Tabs goes on
        try {
            refresh.run();
            // rebuild the cells now rather than at the next frame: an edit begun in between (keys come in bursts)
            // would lose its cell, and the text typed into it, when the rows are rebuilt
            table.applyCss();
            table.layout();
            if (k == null) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (Objects.equals(k, key.apply(table.getItems().get(i)))) {
                    select(i, column);
                    return;
                }
            }
            tabStart = null;
        } finally {
            moving = was;
        }
    }

    /** Selects and focuses one cell and scrolls it into view (as little as needed). */
    public void select(int row, TableColumn<S, ?> column) {
        boolean was = moving;
        moving = true;
        try {
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
        } finally {
            moving = was;
        }
        reveal(row, column);
    }

    private void reveal(int row, TableColumn<S, ?> column) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            reveal(flow, row);
        } else {
            table.scrollTo(row);
        }
        if (column != null) {
            table.scrollToColumn(column);
        }
    }

    /** Scrolls only as far as needed (TableView.scrollTo puts the row at the top, so the grid would jump). */
    private static <C extends javafx.scene.control.IndexedCell<?>> void reveal(VirtualFlow<C> flow, int row) {
        C cell = flow.getVisibleCell(row);
        C first = flow.getFirstVisibleCell();
        C last = flow.getLastVisibleCell();
        if (cell != null) {
            flow.scrollTo(cell);
        } else if (first == null || last == null || row < first.getIndex()) {
            flow.scrollToTop(row);
        } else {
            flow.scrollToTop(Math.max(0, row - (last.getIndex() - first.getIndex()) + 1));
        }
    }

    // ------------------------------------------------------------------ keys on the table (no cell being edited)

    /** The focused cell (TableViewFocusModel hands it out as a raw type). */
    @SuppressWarnings("unchecked")
    private TablePosition<S, ?> focusedCell() {
        return (TablePosition<S, ?>) table.getFocusModel().getFocusedCell();
    }

    private TablePosition<S, ?> focused() {
        TablePosition<S, ?> pos = focusedCell();
        return pos == null || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()
                || pos.getTableColumn() == null ? null : pos;
    }

    private void keyPressed(KeyEvent e) {
        if (editing()) {
            return;   // the cell's text field has the keys
        }
        if (PASTE.match(e)) {
            if (readOnly.getAsBoolean()) {
                readOnlyRefused.run();
            } else {
                paste.accept(Clipboard.getSystemClipboard().getString());
            }
            e.consume();
            return;
        }
        TablePosition<S, ?> pos = focused();
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown() && !e.isMetaDown();
        if (pos == null || !plain) {
            return;
        }
        switch (e.getCode()) {
            case ENTER, F2 -> {
                if (!e.isShiftDown() && start(pos, null)) {
                    e.consume();
                }
            }
            case BACK_SPACE -> {
                if (start(pos, "")) {
                    e.consume();
                }
            }
            case DELETE -> {
                if (columns.contains(pos.getTableColumn())) {
                    if (readOnly.getAsBoolean()) {
                        readOnlyRefused.run();
                    } else {
                        commit.commit(table.getItems().get(pos.getRow()), pos.getTableColumn(), "");
                    }
                    e.consume();
                }
            }
            case TAB -> {
                move(pos.getRow(), pos.getTableColumn(), e.isShiftDown() ? Move.LEFT : Move.RIGHT, true);
                e.consume();
            }
            default -> {
            }
        }
    }

    private void keyTyped(KeyEvent e) {
        if (editing() || e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
            return;
        }
        String c = e.getCharacter();
        if (c == null || c.isEmpty() || c.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(c.codePointAt(0))) {
            return;
        }
        TablePosition<S, ?> pos = focused();
        if (pos != null && start(pos, c)) {
            e.consume();
        }
    }

    /** Opens the cell at {@code pos} for editing, starting with {@code text} (null: its own); false if not a sheet cell. */
    private boolean start(TablePosition<S, ?> pos, String text) {
        TableColumn<S, ?> column = pos.getTableColumn();
        if (!columns.contains(column)) {
            return false;
        }
        S row = table.getItems().get(pos.getRow());
        if (readOnly.getAsBoolean()) {
            readOnlyRefused.run();
            return true;
        }
        if (!editable.test(row, column)) {
            refused.accept(row, column);
            return true;
        }
        seed = text;
        select(pos.getRow(), column);
        table.edit(pos.getRow(), column);
        return true;
    }

    /**
     * Moves the selection from a cell: down/up to the row {@link #rowStep} gives (in the column a run of Tabs began
     * in, if {@code tab} moves came before), right/left to the next column.
     */
    private void move(int row, TableColumn<S, ?> column, Move move, boolean tab) {
        TableColumn<S, ?> from = column;
        if (tab) {
            tabStart = tabStart == null ? column : tabStart;
        } else {
            if ((move == Move.DOWN || move == Move.UP) && tabStart != null && tabStart.getTableView() == table) {
                from = tabStart;
            }
            tabStart = null;
        }
        int r = row;
        int c = table.getVisibleLeafIndex(from);
        int first = firstColumn();
        switch (move) {
            case DOWN, UP -> {
                int next = rowStep.applyAsInt(row, move == Move.DOWN ? 1 : -1);
                if (next >= 0 && next < table.getItems().size()) {
                    r = next;
                }
            }
            case RIGHT -> c = Math.max(first, Math.min(c + 1, table.getVisibleLeafColumns().size() - 1));
            case LEFT -> c = Math.max(first, c - 1);
            default -> {
            }
        }
        select(r, table.getVisibleLeafColumn(c));
    }

    /** The first sheet column from the left: Tab and Shift+Tab move among the sheet columns. */
    private int firstColumn() {
        for (int i = 0; i < table.getVisibleLeafColumns().size(); i++) {
            if (columns.contains(table.getVisibleLeafColumn(i))) {
                return i;
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ ending an edit

    private void finish(Cell cell, Move move, boolean tab) {
        if (finishing || !cell.isEditing()) {
            return;
        }
        finishing = true;
        carried = null;
        try {
            int row = cell.getIndex();
            TableColumn<S, String> column = cell.getTableColumn();
            String text = cell.field.getText() == null ? "" : cell.field.getText();
            String before = cell.getItem() == null ? "" : cell.getItem();
            S item = row >= 0 && row < table.getItems().size() ? table.getItems().get(row) : null;
            boolean changed = !text.strip().equals(before.strip()) || item != null && unsaved.test(item, column);
            if (item != null && changed && !commit.commit(item, column, text)) {
                if (move == Move.STAY) {
                    cell.cancelEdit();   // the focus has gone elsewhere: the view has said why it was not saved
                } else {
                    cell.field.selectAll();   // stays open with the text to correct
                }
                return;
            }
            if (move != Move.STAY) {
                // before the text field goes: a focused node removed from the window hands the focus to the first
                // control of the window (the navigation rail's ≡), where the next Enter would press it
                table.requestFocus();
            }
            cell.commitEdit(text);
            if (move != Move.STAY) {
                move(row, column, move, tab);
            }
        } finally {
            finishing = false;
        }
        runDeferred();
    }

    private void runDeferred() {
        if (deferred != null && !editing()) {
            Runnable r = deferred;
            deferred = null;
            r.run();
        }
    }

    /** A cell that shows its text and edits it in a text field. */
    private final class Cell extends TableCell<S, String> {
        private final BiConsumer<TableCell<S, String>, S> decorate;
        private TextField field;
        /** This edit began by typing: the arrow keys save and move. */
        private boolean typed;

        Cell(BiConsumer<TableCell<S, String>, S> decorate) {
            this.decorate = decorate;
        }

        private S row() {
            int i = getIndex();
            return isEmpty() || getTableView() == null || i < 0 || i >= getTableView().getItems().size() ? null
                    : getTableView().getItems().get(i);
        }

        @Override
        public void startEdit() {
            S row = row();
            if (row == null || readOnly.getAsBoolean() || !editable.test(row, getTableColumn())) {
                // the table has already taken this cell as the one being edited (a double click): it is not
                if (getTableView() != null && getTableView().getEditingCell() != null) {
                    getTableView().edit(-1, null);
                }
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            if (field == null) {
                field = field();
            }
            Carried c = carried;
            carried = null;
            if (c != null && c.row() == getIndex() && c.column() == getTableColumn()) {
                typed = c.typed();
                field.setText(c.text());
            } else {
                typed = seed != null;
                field.setText(seed != null ? seed : getItem() == null ? "" : getItem());
            }
            seed = null;
            setText(null);
            setGraphic(field);
            field.applyCss();   // its skin now: the keys typed before the next frame go into it
            field.requestFocus();
            if (!field.isFocused()) {
                // a cell being laid out is not shown yet and cannot take the focus
                javafx.application.Platform.runLater(() -> {
                    if (isEditing() && getGraphic() == field) {
                        field.requestFocus();
                        if (typed) {
                            field.end();
                        }
                    }
                });
            }
            if (typed) {
                field.end();
            } else {
                field.selectAll();
            }
        }

        @Override
        public void cancelEdit() {
            if (!isEditing()) {
                return;
            }
            boolean was = finishing;
            finishing = true;
            try {
                if (field != null && field.isFocused()) {
                    table.requestFocus();
                }
                super.cancelEdit();
            } finally {
                finishing = was;
            }
            show(getItem());
            if (!finishing) {
                runDeferred();
            }
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            S row = empty ? null : row();
            if (!isEditing()) {
                show(empty ? null : item);   // while editing the text typed so far stays
            }
            setEditable(row != null && !readOnly.getAsBoolean() && editable.test(row, getTableColumn()));
            decorate.accept(this, row);
        }

        @Override
        public void updateIndex(int i) {
            if (isEditing() && i != getIndex() && field != null) {
                carried = new Carried(getIndex(), getTableColumn(), field.getText(), typed);
            }
            super.updateIndex(i);
        }

        private void show(String item) {
            setText(item);
            setGraphic(null);
        }

        private TextField field() {
            TextField f = new TextField();
            f.getStyleClass().add("sheet-editor");
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                Move move = switch (e.getCode()) {
                    case ENTER -> e.isShiftDown() ? Move.UP : Move.DOWN;
                    case TAB -> e.isShiftDown() ? Move.LEFT : Move.RIGHT;
                    case UP -> typed ? Move.UP : null;
                    case DOWN -> typed ? Move.DOWN : null;
                    case LEFT -> typed ? Move.LEFT : null;
                    case RIGHT -> typed ? Move.RIGHT : null;
                    default -> null;
                };
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    carried = null;
                    cancelEdit();
                } else if (move != null) {
                    e.consume();
                    finish(this, move, e.getCode() == KeyCode.TAB);
                }
            });
            // a workbench undo or redo pressed while editing drops what was typed, like Esc, so the grid can show the
            // undone value (the redraw waits while a cell is being edited)
            f.addEventHandler(Typing.DISCARD, e -> {
                carried = null;
                cancelEdit();
                getTableView().requestFocus();
            });
            // leaving the cell (a click on another cell or control) saves it, as in a spreadsheet; a window losing
            // the focus to another program does not
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing() && !finishing && getScene() != null && getScene().getWindow() != null
                        && getScene().getWindow().isFocused()) {
                    finish(this, Move.STAY, false);
                }
            });
            return f;
        }
    }
}
