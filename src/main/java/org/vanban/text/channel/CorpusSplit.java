package org.vanban.text.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The training/held-out split of the shared corpus, by document: in {@code MANIFEST.tsv} (header, then one row
 * per source document with file, first_line, n_lines, …, doc_type), data row i (0-based) is held out iff
 * {@code i % 20 == 0}. The language model and the channel model both learn only from the other rows.
 */
public final class CorpusSplit {
    public static final int HOLD_OUT_EVERY = 20;

    /** One source document: its lines [firstLine, firstLine + lines) of {@code file} (1-based lines). */
    public record Document(int row, String file, int firstLine, int lines, String docType, String title) {
        public Document {
            Objects.requireNonNull(file, "file");
            if (firstLine < 1 || lines < 0) {
                throw new IllegalArgumentException("bad line range " + firstLine + "+" + lines + " in row " + row);
            }
        }

        public boolean heldOut() {
            return row % HOLD_OUT_EVERY == 0;
        }
    }

    private CorpusSplit() {}

    /** Every document of the manifest, in row order. */
    public static List<Document> read(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("file\tfirst_line\tn_lines")) {
            throw new IOException(manifest + ": not a corpus manifest (header 'file, first_line, n_lines, …' expected)");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int typeColumn = header.indexOf("doc_type");
        int titleColumn = header.indexOf("title");
        List<Document> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            try {
                out.add(new Document(out.size(), f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        typeColumn >= 0 && typeColumn < f.length ? f[typeColumn] : "",
                        titleColumn >= 0 && titleColumn < f.length ? f[titleColumn] : ""));
            } catch (RuntimeException e) {
                throw new IOException(manifest + ": line " + (i + 1) + " is malformed: " + e.getMessage());
            }
        }
        return out;
    }
}
