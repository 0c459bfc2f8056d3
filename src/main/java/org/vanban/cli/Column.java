package org.vanban.cli;

import java.util.function.Function;

/**
 * One column of a table or CSV printout.
 *
 * @param header   the column title
 * @param maxWidth widest a table cell may be before it is cut with "…" (CSV is never cut)
 * @param value    the cell of a row; null prints as empty
 */
public record Column<T>(String header, int maxWidth, Function<T, Object> value) {
    public static <T> Column<T> of(String header, int maxWidth, Function<T, Object> value) {
        return new Column<>(header, maxWidth, value);
    }
}
