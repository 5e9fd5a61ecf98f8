package cn.yanggu.workbench.ui.common;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Rows of a table with a filter text: every whitespace-separated term must occur (case-insensitive) in a row's
 * searchable text. Sorting follows the table's column headers.
 */
public final class FilterModel<T> {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final Function<T, String> searchable;
    /** A filter beside the text (e.g. choice boxes by chain or stage); every row passes when none is set. */
    private java.util.function.Predicate<T> also = row -> true;

    public FilterModel(Function<T, String> searchable) {
        this.searchable = searchable;
        filter.addListener((obs, old, now) -> refilter());
    }

    private void refilter() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        java.util.function.Predicate<T> besides = also;
        if (f.isEmpty()) {
            visible.setPredicate(besides::test);
            return;
        }
        List<String> terms = Arrays.asList(f.split("\\s+"));
        visible.setPredicate(row -> {
            String text = searchable.apply(row).toLowerCase(Locale.ROOT);
            return besides.test(row) && terms.stream().allMatch(text::contains);
        });
    }

    /** Rows must also pass {@code only} (the view's choice filters); the count and table follow at once. */
    public void setAlso(java.util.function.Predicate<T> only) {
        also = only == null ? row -> true : only;
        refilter();
    }

    public void setAll(List<T> rows) {
        all.setAll(rows);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<T> all() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public ObservableList<T> visible() {
        return visible;
    }

    /** Shows the filtered rows in {@code table}, sorted by its columns. */
    public void bind(TableView<T> table) {
        SortedList<T> sorted = new SortedList<>(visible);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** Shows the filtered rows that also pass {@code only} in {@code table}, sorted by its columns. */
    public void bind(TableView<T> table, java.util.function.Predicate<T> only) {
        SortedList<T> sorted = new SortedList<>(new FilteredList<>(visible, only));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** Joins the non-null parts into one searchable string. */
    public static String text(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p != null) {
                b.append(p).append(' ');
            }
        }
        return b.toString();
    }
}
