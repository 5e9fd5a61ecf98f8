package cn.yanggu.workbench.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;

import java.util.List;

/**
 * Cards in equal columns that fill the width: as many columns as fit at the cards' minimum width (in em, so the grid
 * follows the font size and the screen scaling), each card stretched to its column, each row as tall as its tallest
 * card. No third of a wide window left empty, no card squeezed below what its text needs.
 */
public final class CardGrid extends Pane {
    private final double minEm;
    private final double gap;
    private final boolean fewFill;

    /**
     * {@code minEm}: the narrowest a card may be, in em of the default font; {@code gap}: between cards, in px;
     * {@code fewFill}: fewer cards than fit in a row share the whole width (a fixed set such as the plan's figures)
     * rather than keeping their column width (a filtered list, where one card should not span the window).
     */
    public CardGrid(double minEm, double gap, boolean fewFill) {
        this.minEm = minEm;
        this.gap = gap;
        this.fewFill = fewFill;
    }

    private List<Node> cards() {
        return getManagedChildren();
    }

    /** Columns that fit in {@code width} (at least one). */
    int columns(double width) {
        double min = minEm * Font.getDefault().getSize();
        double inner = width - snappedLeftInset() - snappedRightInset();
        int fit = Math.max(1, (int) Math.floor((inner + gap) / (min + gap)));
        return fewFill ? Math.max(1, Math.min(fit, cards().size())) : fit;
    }

    private double cellWidth(double width, int cols) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return Math.max(0, (inner - gap * (cols - 1)) / cols);
    }

    /**
     * How many cards fill {@code height} from the grid's top at its present width: whole rows, as many as it takes,
     * each row as tall as the tallest card among the cards already in the first row (their style applied first). All
     * of {@code total} when the grid has not been laid out yet or holds no card to measure.
     */
    public int cardsToFill(double height, int total) {
        List<Node> cards = cards();
        if (getWidth() <= 0 || cards.isEmpty()) {
            return total;
        }
        applyCss();
        int cols = columns(getWidth());
        double cell = cellWidth(getWidth(), cols);
        double row = 0;
        for (int j = 0; j < Math.min(cols, cards.size()); j++) {
            row = Math.max(row, cards.get(j).prefHeight(cell));
        }
        if (row <= 0) {
            return total;
        }
        int rows = Math.max(1, (int) Math.ceil((height - snappedTopInset() + gap) / (row + gap)));
        return (int) Math.min(total, (long) rows * cols);
    }

    /** Columns at the grid's present width (at least one). */
    public int columns() {
        return columns(getWidth());
    }

    @Override
    protected double computeMinWidth(double height) {
        return minEm * Font.getDefault().getSize() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = Math.max(1, Math.min(4, cards().size()));
        return n * minEm * Font.getDefault().getSize() + (n - 1) * gap + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        // no width, or an unbounded one (a VBox asking for its minimum inside a scroll pane): the present width, for
        // all cards in one endless row would make the grid one row tall
        double w = width < 0 || width >= Double.MAX_VALUE / 2 ? getWidth() > 0 ? getWidth() : computePrefWidth(-1)
                : width;
        int cols = columns(w);
        double cell = cellWidth(w, cols);
        double h = 0;
        List<Node> cards = cards();
        for (int i = 0; i < cards.size(); i += cols) {
            double row = 0;
            for (int j = i; j < Math.min(cards.size(), i + cols); j++) {
                row = Math.max(row, cards.get(j).prefHeight(cell));
            }
            h += row + (i + cols < cards.size() ? gap : 0);
        }
        return h + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth();
        int cols = columns(w);
        double cell = cellWidth(w, cols);
        List<Node> cards = cards();
        double y = in.getTop();
        for (int i = 0; i < cards.size(); i += cols) {
            double row = 0;
            for (int j = i; j < Math.min(cards.size(), i + cols); j++) {
                row = Math.max(row, cards.get(j).prefHeight(cell));
            }
            for (int j = i; j < Math.min(cards.size(), i + cols); j++) {
                cards.get(j).resizeRelocate(snapPositionX(in.getLeft() + (j - i) * (cell + gap)), snapPositionY(y),
                        snapSizeX(cell), snapSizeY(row));
            }
            y += row + gap;
        }
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
