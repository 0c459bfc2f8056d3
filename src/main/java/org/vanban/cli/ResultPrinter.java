package org.vanban.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints result rows as a table, NDJSON or CSV: one place for every query command's output. */
public final class ResultPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultPrinter() {}

    /** Rows as the format says: JSON serialises each row object whole; table and CSV use the columns. */
    public static <T> void print(PrintWriter out, OutputFormat format, List<T> rows, List<Column<T>> columns) {
        switch (format) {
            case JSON -> rows.forEach(r -> out.println(json(r)));
            case CSV -> csv(out, rows, columns);
            case TABLE -> table(out, rows, columns);
        }
        out.flush();
    }

    /** One value as a line of JSON. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result records always serialise", e);
        }
    }

    static <T> void csv(PrintWriter out, List<T> rows, List<Column<T>> columns) {
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(csvCell(c.header())));
        out.print(String.join(",", header) + "\r\n");
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            for (Column<T> c : columns) {
                cells.add(csvCell(text(c.value().apply(row))));
            }
            out.print(String.join(",", cells) + "\r\n");
        }
    }

    static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static <T> void table(PrintWriter out, List<T> rows, List<Column<T>> columns) {
        if (rows.isEmpty()) {
            out.println("(no results)");
            return;
        }
        int n = columns.size();
        String[][] cells = new String[rows.size()][n];
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = columns.get(c).header().length();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < n; c++) {
                String s = text(columns.get(c).value().apply(rows.get(r))).replaceAll("\\s+", " ").strip();
                if (s.length() > columns.get(c).maxWidth()) {
                    s = s.substring(0, Math.max(0, columns.get(c).maxWidth() - 1)) + "…";
                }
                cells[r][c] = s;
                widths[c] = Math.max(widths[c], s.length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < n; c++) {
            pad(line, columns.get(c).header(), widths[c], c == n - 1);
        }
        out.println(line.toString().stripTrailing());
        for (String[] row : cells) {
            line.setLength(0);
            for (int c = 0; c < n; c++) {
                pad(line, row[c], widths[c], c == n - 1);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void pad(StringBuilder line, String s, int width, boolean last) {
        line.append(s);
        if (!last) {
            line.append(" ".repeat(width - s.length() + 2));
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Float f) {
            return String.format(java.util.Locale.ROOT, "%.2f", f);
        }
        if (o instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return o.toString();
    }
}
