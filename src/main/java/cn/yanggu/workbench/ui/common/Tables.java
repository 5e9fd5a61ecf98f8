package cn.yanggu.workbench.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.Comparator;
import java.util.function.Function;

/** Column factories: text left-aligned and wrapping on demand; numbers right-aligned and sorted numerically. */
public final class Tables {
    private Tables() {
    }

    public static <T> TableView<T> table(String emptyText) {
        TableView<T> table = new TableView<>();
        // the empty table's sentence wraps within the table (a hint cut off at "…" on a 1366×768 screen says nothing)
        Label placeholder = new Label(emptyText);
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);   // a one-line sentence centred too, not at the left
        placeholder.maxWidthProperty().bind(table.widthProperty().subtract(48));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scrollWhenNarrow(table);
        return table;
    }

    /** A table with its id (for tests and styles) and its columns, in order. */
    @SafeVarargs
    public static <T> TableView<T> table(String emptyText, String id, TableColumn<T, ?>... columns) {
        TableView<T> table = table(emptyText);
        table.setId(id);
        table.getColumns().addAll(columns);
        return table;
    }

    /**
     * Columns share the width while they fit; on a narrow window (1366×768, or 150 %) they keep their widths and
     * the table scrolls sideways instead — a constrained table has no horizontal scroll bar and would push its last
     * columns out of sight.
     */
    public static void scrollWhenNarrow(TableView<?> table) {
        javafx.beans.InvalidationListener fit = o -> {
            double need = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getPrefWidth()).sum() + 18;
            var policy = table.getWidth() > 0 && table.getWidth() < need ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        table.widthProperty().addListener(fit);
        table.getVisibleLeafColumns().addListener(fit);
    }

    /**
     * The width a header needs so that it is never cut off (CJK and full-width characters 1 em, others about
     * 0.62 em, at the base size of 14 px, plus the header's padding and sort arrow).
     */
    public static double headerWidth(String title) {
        return Math.ceil(ems(title) * 14.5 + 26);
    }

    /**
     * How wide a text is in em at most: CJK, full-width forms and symbols (○ ● ▲ …) 1 em, others about 0.62 em —
     * generous for digits and Latin letters of the bundled font, so an estimate never cuts.
     */
    private static double ems(String text) {
        return text.codePoints().mapToDouble(cp -> Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x2000 && cp <= 0x2BFF) ? 1.0 : 0.62).sum();
    }

    /** The width a cell needs to show {@code text} whole (the base size of 14 px, plus the cell's padding). */
    public static double cellWidth(String text) {
        return text == null ? 0 : Math.ceil(ems(text) * 14.5 + 20);
    }

    /**
     * Keeps {@code column} as wide as its longest value (and never narrower), so a reader sees every value whole —
     * "5.1（2023年估计）", "○ 尚无实际值" — and a narrow window scrolls sideways instead of eliding.
     */
    public static <T> void fitContent(TableView<T> table, TableColumn<T, String> column) {
        double header = column.getMinWidth();
        javafx.beans.InvalidationListener fit = o -> {
            double need = header;
            for (int i = 0; i < table.getItems().size(); i++) {
                need = Math.max(need, cellWidth(column.getCellData(i)));
            }
            column.setMinWidth(need);
            column.setPrefWidth(Math.max(need, column.getPrefWidth()));
        };
        javafx.collections.ListChangeListener<T> rows = c -> fit.invalidated(null);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            fit.invalidated(null);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(rows);
        }
        fit.invalidated(null);
    }

    /** Every column is at least as wide as its header (and short columns keep their width), so narrowing the window scrolls instead of cutting. */
    public static <T, V> TableColumn<T, V> column(String title, double prefWidth) {
        TableColumn<T, V> c = new TableColumn<>(title);
        c.setMinWidth(Math.max(headerWidth(title), Math.min(prefWidth, 90)));
        c.setPrefWidth(Math.max(prefWidth, c.getMinWidth()));
        return c;
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double prefWidth) {
        TableColumn<T, String> c = column(title, prefWidth);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 12 ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /**
     * A numeric column: shows {@code format(value)}, right-aligned, sorts by value with empty last;
     * {@code hover} gives an optional tooltip (e.g. the value in 亿元).
     */
    public static <T> TableColumn<T, Double> number(String title, Function<T, Double> value,
                                                    Function<Double, String> format,
                                                    Function<T, String> hover, double prefWidth) {
        TableColumn<T, Double> c = column(title, prefWidth);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.getStyleClass().add("numeric");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(format.apply(item));
                String h = hover == null ? null : hover.apply(getTableRow().getItem());
                setTooltip(h == null ? null : new Tooltip(h));
            }
        });
        return c;
    }
}
