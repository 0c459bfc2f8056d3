package org.vanban.text.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vanban.text.Diacritics;
import org.vanban.text.TonePlacement;
import org.vanban.text.channel.LinePairs;
import org.vanban.text.channel.OcrScore;
import org.vanban.text.lm.CorpusSplit;
import org.vanban.text.lm.LmText;

/**
 * Measures restoration on held-out corpus documents: every held-out line (by {@link CorpusSplit}) has its
 * diacritics stripped, is restored, and its words are compared with the original, syllable by syllable.
 * A syllable counts as exact when it equals the original up to tone placement (hoà = hòa); case must match.
 * Results are grouped by genre and document type, and listed per document so that a change to the
 * model can be judged by its gains and losses on each document.
 */
public final class RestoreBenchmark {
    /**
     * @param corpusDir a folder with {@code MANIFEST.tsv} and the corpus files
     * @param allLines evaluate every document (for a folder that is held out as a whole), not only held-out ones
     * @param maxDocs at most this many documents per file (0: all)
     */
    public record Config(Path corpusDir, boolean allLines, int maxDocs) {
        public Config {
            if (corpusDir == null || maxDocs < 0) {
                throw new IllegalArgumentException("corpus folder required, maxDocs >= 0");
            }
        }
    }

    /** Counts for one group of documents. */
    public static final class Tally {
        long lines;
        long syllables;
        long exact;
        long docs;

        void add(Tally t) {
            lines += t.lines;
            syllables += t.syllables;
            exact += t.exact;
            docs += t.docs;
        }

        public double accuracy() {
            return syllables == 0 ? 0 : exact / (double) syllables;
        }

        public long syllables() {
            return syllables;
        }

        public long lines() {
            return lines;
        }

        public long docs() {
            return docs;
        }
    }

    /** The outcome: tallies per genre and per document type, and the time spent restoring. */
    public record Report(Map<String, Tally> byGenre, Map<String, Tally> byType, Tally total, double seconds) {
        public double syllablesPerSecond() {
            return total.syllables / Math.max(1e-9, seconds);
        }
    }

    private final Restorer restorer;
    private final Map<String, Integer> errors = new java.util.HashMap<>();

    public RestoreBenchmark(Restorer restorer) {
        this.restorer = restorer;
    }

    /** The most frequent errors seen so far as "truth -> output" with their counts, most frequent first. */
    public List<Map.Entry<String, Integer>> topErrors(int n) {
        return errors.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(n)
                .toList();
    }

    public Report run(Config config, PrintWriter perDocument) throws IOException {
        CorpusSplit split = CorpusSplit.read(config.corpusDir().resolve("MANIFEST.tsv"));
        Map<String, Tally> byGenre = new TreeMap<>();
        Map<String, Tally> byType = new TreeMap<>();
        Tally total = new Tally();
        long nanos = 0;
        List<Path> files;
        try (var stream = Files.list(config.corpusDir())) {
            files = stream.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<CorpusSplit.Document> docs = new ArrayList<>();
            for (CorpusSplit.Document d : split.documents(name)) {
                if (config.allLines() || d.heldOut()) {
                    docs.add(d);
                }
            }
            if (config.maxDocs() > 0 && docs.size() > config.maxDocs()) {
                docs = docs.subList(0, config.maxDocs());
            }
            if (docs.isEmpty()) {
                continue;
            }
            List<String> lines = readLines(file);
            for (CorpusSplit.Document doc : docs) {
                int from = doc.firstLine() - 1;
                int to = Math.min(lines.size(), from + doc.lineCount());
                if (from >= to) {
                    continue;
                }
                String truth = String.join("\n", lines.subList(from, to));
                String input = Diacritics.strip(truth);
                long t0 = cpu();
                String output = restorer.restore(input);
                nanos += cpu() - t0;
                Tally t = compare(truth, output, errors);
                t.lines = to - from;
                t.docs = 1;
                byGenre.computeIfAbsent(doc.genre(), g -> new Tally()).add(t);
                String type = doc.docType().isEmpty() ? doc.genre() : doc.genre() + "/" + doc.docType();
                byType.computeIfAbsent(type, g -> new Tally()).add(t);
                total.add(t);
                if (perDocument != null) {
                    perDocument.printf("%s\t%d\t%s\t%d\t%.4f\t%s%n", name, doc.firstLine(), type, t.syllables,
                            t.accuracy(), doc.title());
                }
            }
        }
        return new Report(byGenre, byType, total, nanos / 1e9);
    }

    /** Syllable accuracy before and after restoration of OCR line pairs, and the time spent restoring. */
    public record PairsReport(Tally raw, Tally restored, OcrScore rawScore, OcrScore restoredScore, double seconds) {}

    /**
     * Corrects (speck removal, then restoration: {@link Corrector#of}) the OCR side of truth/OCR line pairs ({@code truth<TAB>ocr} rows; {@code #} comments, a
     * {@code # page} comment starts a new page, and each page is restored as one text) and compares both
     * the raw and the restored OCR with the truth, word by word after aligning them.
     */
    public PairsReport runPairs(Path pairs) throws IOException {
        List<List<String[]>> pages = new ArrayList<>();
        List<String[]> page = new ArrayList<>();
        for (String line : readLines(pairs)) {
            if (line.startsWith("# page") && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length >= 2) {
                page.add(cols);
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return score(pages);
    }

    /**
     * Restores the raw OCR pages of a folder written by {@code vanban bench ocr --save}: every
     * {@code NAME.gt.txt} with its {@code NAME.raw.txt} is one page, cut into line pairs by {@link LinePairs}
     * and restored as one text, exactly like the pages of a pairs file.
     */
    public PairsReport runPages(Path folder) throws IOException {
        List<Path> truths;
        try (var stream = Files.list(folder)) {
            truths = stream.filter(p -> p.getFileName().toString().endsWith(".gt.txt")).sorted().toList();
        }
        List<List<String[]>> pages = new ArrayList<>();
        for (Path truth : truths) {
            Path raw = folder.resolve(truth.getFileName().toString().replaceFirst("\\.gt\\.txt$", ".raw.txt"));
            if (!Files.isRegularFile(raw)) {
                continue;
            }
            List<String[]> page = new ArrayList<>();
            for (LinePairs.Pair pair : LinePairs.pair(Files.readString(truth), Files.readString(raw))) {
                page.add(new String[] {pair.truth(), pair.ocr()});
            }
            if (!page.isEmpty()) {
                pages.add(page);
            }
        }
        return score(pages);
    }

    private PairsReport score(List<List<String[]>> pages) {
        Tally raw = new Tally();
        Tally restored = new Tally();
        OcrScore rawScore = OcrScore.ZERO;
        OcrScore restoredScore = OcrScore.ZERO;
        long nanos = 0;
        for (List<String[]> p : pages) {
            StringBuilder ocr = new StringBuilder();
            for (String[] row : p) {
                ocr.append(row == p.get(0) ? "" : "\n").append(row[1]); // a first line may be empty
            }
            long t0 = cpu();
            String[] out = Corrector.of(restorer).correct(ocr.toString()).split("\n", -1);
            nanos += cpu() - t0;
            for (int i = 0; i < p.size(); i++) {
                raw.add(aligned(p.get(i)[0], p.get(i)[1], null));
                restored.add(aligned(p.get(i)[0], out[i], errors));
                rawScore = rawScore.plus(OcrScore.of(p.get(i)[0], p.get(i)[1]));
                restoredScore = restoredScore.plus(OcrScore.of(p.get(i)[0], out[i]));
                restored.lines++;
            }
            restored.docs++;
        }
        return new PairsReport(raw, restored, rawScore, restoredScore, nanos / 1e9);
    }

    /** Words of the truth read exactly in the output, after a minimum-edit alignment of the two word lists. */
    static Tally aligned(String truth, String output, Map<String, Integer> errors) {
        List<String> a = ocrWords(truth);
        List<String> b = ocrWords(output);
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                } else {
                    int sub = d[i - 1][j - 1] + (same(a.get(i - 1), b.get(j - 1)) ? 0 : 1);
                    d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                }
            }
        }
        Tally t = new Tally();
        t.syllables = a.size();
        int i = a.size();
        int j = b.size();
        while (i > 0 && j > 0) {
            boolean match = same(a.get(i - 1), b.get(j - 1));
            if (d[i][j] == d[i - 1][j - 1] + (match ? 0 : 1)) {
                if (match) {
                    t.exact++;
                } else if (errors != null) {
                    errors.merge(a.get(i - 1) + " -> " + b.get(j - 1), 1, Integer::sum);
                }
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        return t;
    }

    private static boolean same(String a, String b) {
        return a.equals(b) || TonePlacement.normalize(a).equals(TonePlacement.normalize(b));
    }

    private static List<String> ocrWords(String text) {
        List<String> out = new ArrayList<>();
        LmText.tokenize(text, (s, e, k) -> {
            if (k == LmText.Kind.WORD || k == LmText.Kind.MIXED) {
                out.add(text.substring(s, e));
            }
        });
        return out;
    }

    /** Syllable accuracy of a restored text against the truth; both must have the same tokens. */
    public static Tally compare(String truth, String output) {
        return compare(truth, output, null);
    }

    private static Tally compare(String truth, String output, Map<String, Integer> errors) {
        String[] truthLines = truth.split("\n", -1);
        String[] outputLines = output.split("\n", -1);
        Tally t = new Tally();
        if (truthLines.length != outputLines.length) {
            t.syllables = words(truth).size(); // lines lost or added: count everything as wrong
            if (errors != null) {
                errors.merge("(line count changed)", 1, Integer::sum);
            }
            return t;
        }
        for (int i = 0; i < truthLines.length; i++) {
            compareLine(truthLines[i], outputLines[i], errors, t);
        }
        return t;
    }

    private static void compareLine(String truth, String output, Map<String, Integer> errors, Tally t) {
        List<String> a = words(truth);
        List<String> b = words(output);
        t.syllables += a.size();
        if (a.size() != b.size()) {
            if (errors != null) {
                errors.merge("(words changed) " + output, 1, Integer::sum);
            }
            return; // token structure changed: count the line as wrong
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i)) || TonePlacement.normalize(a.get(i)).equals(TonePlacement.normalize(b.get(i)))) {
                t.exact++;
            } else if (errors != null) {
                errors.merge(a.get(i) + " -> " + b.get(i), 1, Integer::sum);
            }
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        LmText.tokenize(text, (s, e, k) -> {
            if (k == LmText.Kind.WORD) {
                out.add(text.substring(s, e));
            }
        });
        return out;
    }

    /** CPU time of this thread: the machine may be shared, and the target is per core. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static List<String> readLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
