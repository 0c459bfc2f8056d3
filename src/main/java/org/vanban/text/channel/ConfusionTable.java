package org.vanban.text.channel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned OCR channel model: how often Tesseract read each intended syllable as each observed token, and each
 * intended substring as each observed substring. Loaded from {@code confusions.tsv} (see {@link #RESOURCE});
 * the file's '#' header says how it was made.
 *
 * <p>Format, one row per line, tab-separated: token rows {@code observed intended count} (observed OCR token
 * lower-cased NFC, intended syllable lower-cased, identity rows included when frequent); character rows
 * {@code c:observed intended count} (substrings of one token, case kept, identity rows for single characters
 * give how often each character was read right).
 */
public final class ConfusionTable {
    public static final String RESOURCE = "/org/vanban/text/channel/confusions.tsv";

    private final List<String> header;
    private final Map<String, Map<String, Integer>> byObserved = new HashMap<>();
    private final Map<String, Integer> intendedTotals = new HashMap<>();
    private final List<Confusion> tokens = new ArrayList<>();
    private final List<Confusion> chars = new ArrayList<>();

    private ConfusionTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** The table shipped with vanban. */
    public static ConfusionTable load() {
        try (InputStream in = ConfusionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a table; a malformed row fails with its line number. */
    public static ConfusionTable read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                header.add(line.substring(1).strip());
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IOException("line " + number + ": expected 3 tab-separated fields, found " + f.length);
            }
            rows.add(new String[] {f[0], f[1], f[2], String.valueOf(number)});
        }
        ConfusionTable table = new ConfusionTable(header);
        for (String[] r : rows) {
            int count;
            try {
                count = Integer.parseInt(r[2]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + r[3] + ": count is not a number: " + r[2]);
            }
            try {
                if (r[0].startsWith("c:")) {
                    table.chars.add(new Confusion(r[0].substring(2), r[1], count));
                } else {
                    Confusion c = new Confusion(r[0], r[1], count);
                    table.tokens.add(c);
                    table.byObserved.computeIfAbsent(c.observed(), k -> new HashMap<>()).merge(c.intended(), count, Integer::sum);
                    table.intendedTotals.merge(c.intended(), count, Integer::sum);
                }
            } catch (IllegalArgumentException e) {
                throw new IOException("line " + r[3] + ": " + e.getMessage());
            }
        }
        return table;
    }

    /** The '#' lines of the file without the '#': how and from what the table was made. */
    public List<String> header() {
        return header;
    }

    /** Intended syllables seen behind an observed token (lower-case NFC), with counts; empty when never seen. */
    public Map<String, Integer> intendedFor(String observed) {
        return Collections.unmodifiableMap(byObserved.getOrDefault(observed, Map.of()));
    }

    /** How often {@code intended} was read as {@code observed} (token rows). */
    public int count(String observed, String intended) {
        return byObserved.getOrDefault(observed, Map.of()).getOrDefault(intended, 0);
    }

    /** How often {@code intended} occurs in the token rows, whatever it was read as. */
    public int intendedTotal(String intended) {
        return intendedTotals.getOrDefault(intended, 0);
    }

    public List<Confusion> tokenConfusions() {
        return Collections.unmodifiableList(tokens);
    }

    public List<Confusion> charConfusions() {
        return Collections.unmodifiableList(chars);
    }
}
