package org.vanban.index.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vanban.text.Diacritics;

/** Queries with the file name of the document expected first: {@code query TAB file TAB note} per line. */
public record RelevanceSet(List<Query> queries) {
    public record Query(String text, String expected, String note) {
        public boolean typedWithDiacritics() {
            return Diacritics.hasAny(text);
        }
    }

    public RelevanceSet {
        queries = List.copyOf(queries);
    }

    public static RelevanceSet read(Path tsv) throws IOException {
        List<Query> qs = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            if (cols.length < 2) {
                throw new IOException(tsv + ": not 'query TAB file' : " + line);
            }
            qs.add(new Query(cols[0].strip(), cols[1].strip(), cols.length > 2 ? cols[2].strip() : ""));
        }
        return new RelevanceSet(qs);
    }
}
