package cn.yanggu.workbench.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of cells as Excel and WPS copy it (rows on lines, cells separated by tabs), read once for every grid that
 * takes a paste (年度数据, 企业数据). Blank cells are left out: a paste leaves the grid's cells under them as they are.
 */
public final class PastedBlock {
    /** A non-blank cell of the block: its row and column from the block's top left (0-based), and its text. */
    public record Cell(int row, int column, String text) {
        /** The position as a person counts it (1-based), for messages: 第 row 行第 column 列. */
        public int rowNumber() {
            return row + 1;
        }

        public int columnNumber() {
            return column + 1;
        }
    }

    private PastedBlock() {
    }

    /** The block's non-blank cells, row by row; an empty list for null or empty text. Trailing empty lines are dropped. */
    public static List<Cell> cells(String text) {
        List<Cell> cells = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return cells;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (int r = 0; r < lines.size(); r++) {
            String[] parts = lines.get(r).split("\t", -1);
            for (int c = 0; c < parts.length; c++) {
                if (!parts[c].isBlank()) {
                    cells.add(new Cell(r, c, parts[c]));
                }
            }
        }
        return cells;
    }
}
