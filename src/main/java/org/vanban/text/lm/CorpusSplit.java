package org.vanban.text.lm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one rule that splits the training corpus into a training part and a held-out part, shared by the
 * language model, the channel model and every benchmark so that no model ever sees the lines it is
 * evaluated on.
 *
 * <p>The rule: in {@code MANIFEST.tsv} (a header line, then one row per source document with the columns
 * {@code file, first_line, n_lines, ..., doc_type, ...}; {@code first_line} is 1-based), data row {@code i}
 * (0-based, header excluded) is held out iff {@code i % 20 == 0}. A held-out document is held out whole.
 * Lines of a file not covered by any row count as training lines.
 */
public final class CorpusSplit {
    /** Every 20th document is held out. */
    public static final int HOLD_OUT_EVERY = 20;

    /** One source document of the corpus: a line range of one file. */
    public record Document(int row, String file, int firstLine, int lineCount, String docType, String title) {
        public Document {
            if (row < 0 || firstLine < 1 || lineCount < 0) {
                throw new IllegalArgumentException("bad manifest row " + row + ": " + file);
            }
            docType = docType == null ? "" : docType;
            title = title == null ? "" : title;
        }

        public boolean heldOut() {
            return row % HOLD_OUT_EVERY == 0;
        }

        /** True when the 1-based line number belongs to this document. */
        public boolean contains(int line) {
            return line >= firstLine && line < firstLine + lineCount;
        }

        /**
         * The coarse genre used in reports: {@code phapdien} (codified legal articles), {@code wiki}
         * (encyclopaedic prose) or {@code admin} (complete administrative and legal documents).
         */
        public String genre() {
            if (file.startsWith("legal-phapdien")) {
                return "phapdien";
            }
            if (file.startsWith("wiki")) {
                return "wiki";
            }
            return "admin";
        }
    }

    private final Map<String, List<Document>> byFile;

    private CorpusSplit(Map<String, List<Document>> byFile) {
        this.byFile = byFile;
    }

    /** Reads a manifest; the rows keep their file order. */
    public static CorpusSplit read(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("file\t")) {
            throw new IOException(manifest + ": not a corpus manifest (no 'file' header)");
        }
        String[] header = lines.get(0).split("\t", -1);
        int typeColumn = indexOf(header, "doc_type");
        int titleColumn = indexOf(header, "title");
        Map<String, List<Document>> byFile = new TreeMap<>();
        int row = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            Document doc = new Document(row++, cols[0], Integer.parseInt(cols[1].trim()), Integer.parseInt(cols[2].trim()),
                    column(cols, typeColumn), column(cols, titleColumn));
            byFile.computeIfAbsent(doc.file(), f -> new ArrayList<>()).add(doc);
        }
        return new CorpusSplit(byFile);
    }

    /** The split for a corpus file found next to its manifest ({@code MANIFEST.tsv} in the same folder). */
    public static CorpusSplit forCorpusFile(Path corpusFile) throws IOException {
        Path dir = corpusFile.toAbsolutePath().getParent();
        return read(dir.resolve("MANIFEST.tsv"));
    }

    /** Every document of every file, in manifest order. */
    public List<Document> all() {
        return byFile.values().stream()
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(Document::row))
                .toList();
    }

    /** The documents of one file (by file name, without folder), in manifest order. */
    public List<Document> documents(String fileName) {
        return byFile.getOrDefault(fileName, List.of());
    }

    /** The document a 1-based line of a file belongs to, or null when no row covers it. */
    public Document documentOf(String fileName, int line) {
        for (Document d : documents(fileName)) {
            if (d.contains(line)) {
                return d;
            }
        }
        return null;
    }

    /**
     * A per-line table for one file: entry {@code line - 1} is true when the line is held out. Built once,
     * so callers can stream a large file without searching the manifest per line.
     */
    public boolean[] heldOutLines(String fileName, int lineCount) {
        boolean[] held = new boolean[lineCount];
        for (Document d : documents(fileName)) {
            if (!d.heldOut()) {
                continue;
            }
            for (int l = d.firstLine(); l < d.firstLine() + d.lineCount() && l <= lineCount; l++) {
                held[l - 1] = true;
            }
        }
        return held;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String column(String[] cols, int index) {
        return index >= 0 && index < cols.length ? cols[index].trim() : "";
    }
}
