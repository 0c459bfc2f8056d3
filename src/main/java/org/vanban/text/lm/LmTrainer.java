package org.vanban.text.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a trigram {@link NgramModel} with interpolated modified Kneser-Ney smoothing (Chen and Goodman):
 * three discounts per order from the counts of counts, continuation counts for the lower orders, then
 * pruning of rare n-grams with the back-off weights recomputed so every distribution still sums to one.
 *
 * <p>Counts sit in primitive hash maps keyed by packed word ids, so a corpus of tens of millions of tokens
 * trains in a few minutes within a few GB of heap.
 */
public final class LmTrainer {
    /**
     * Share of table slots in use: lower means fewer probes for absent n-grams (about 3.6 at 0.6 against
     * 13 at 0.8, and most lookups of a decoder are for absent trigrams) at the price of size.
     */
    private static final double LOAD = 0.6;

    private final LmTrainingConfig config;
    private final PrintWriter log;

    public LmTrainer(LmTrainingConfig config, PrintWriter log) {
        this.config = config;
        this.log = log;
    }

    /** A line consumer for the training lines of the corpus. */
    private interface LineSink {
        void line(String line);
    }

    public NgramModel train() throws IOException {
        long t0 = System.nanoTime();
        // pass 1: the vocabulary
        Map<String, int[]> counts = new HashMap<>(1 << 20);
        long[] lines = {0};
        long tokens = forEachTrainingLine(line -> {
            lines[0]++;
            LmText.tokenize(line, (s, e, k) -> {
                String form = LmText.form(line.substring(s, e), k);
                counts.computeIfAbsent(form, f -> new int[1])[0]++;
            });
        });
        List<String> vocab = new ArrayList<>(List.of(LmText.BOS, LmText.EOS, LmText.UNK, LmText.NUM));
        counts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= config.minWordCount() && !vocab.contains(e.getKey()))
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> vocab.add(e.getKey()));
        if (vocab.size() >= NgramModel.MAX_WORDS) {
            throw new IOException("vocabulary too large: raise --min-word-count");
        }
        Map<String, Integer> ids = new HashMap<>(vocab.size() * 2);
        for (int i = 0; i < vocab.size(); i++) {
            ids.put(vocab.get(i), i);
        }
        int v = vocab.size();
        log("training lines: %,d, tokens: %,d, word types: %,d, vocabulary: %,d (%.0f s)",
                lines[0], tokens, counts.size(), v, seconds(t0));
        counts.clear();

        // pass 2: raw trigram counts and line-start bigrams
        LongIntMap tri = new LongIntMap(1 << 22);
        int[] startCount = new int[v];
        int[] seq = new int[1 << 16];
        forEachTrainingLine(line -> {
            int[] n = {0};
            int[][] buf = {seq};
            buf[0][n[0]++] = NgramModel.BOS;
            LmText.tokenize(line, (s, e, k) -> {
                if (n[0] + 2 >= buf[0].length) {
                    buf[0] = java.util.Arrays.copyOf(buf[0], buf[0].length * 2);
                }
                Integer id = ids.get(LmText.form(line.substring(s, e), k));
                buf[0][n[0]++] = id == null ? NgramModel.UNK : id;
            });
            buf[0][n[0]++] = NgramModel.EOS;
            int[] w = buf[0];
            startCount[w[1]]++;
            for (int i = 2; i < n[0]; i++) {
                tri.add(NgramModel.pack3(w[i - 2], w[i - 1], w[i]), 1);
            }
        });
        log("trigram types: %,d (%.0f s)", tri.size(), seconds(t0));

        // adjusted (continuation) bigram counts: distinct left words; line starts keep raw counts
        LongIntMap bi = new LongIntMap(tri.size() / 2);
        for (int s = 0; s < tri.capacity(); s++) {
            if (tri.occupied(s)) {
                long key = tri.keyAt(s);
                bi.add(key & ((1L << (2 * NgramModel.ID_BITS)) - 1), 1);
            }
        }
        for (int w = 0; w < v; w++) {
            if (startCount[w] > 0) {
                bi.add(NgramModel.pack2(NgramModel.BOS, w), startCount[w]);
            }
        }
        // adjusted unigram counts: distinct left words of each word
        int[] uniAdjusted = new int[v];
        int[] biSum = new int[v];
        int[][] biN = new int[3][v];
        long[][] coc = new long[4][5]; // counts of counts per order, index 1..4
        for (int s = 0; s < bi.capacity(); s++) {
            if (bi.occupied(s)) {
                long key = bi.keyAt(s);
                int b = (int) (key >>> NgramModel.ID_BITS);
                int c = (int) (key & (NgramModel.MAX_WORDS - 1));
                int a2 = bi.valueAt(s);
                uniAdjusted[c]++;
                biSum[b] += a2;
                biN[Math.min(a2, 3) - 1][b]++;
                if (a2 <= 4) {
                    coc[2][a2]++;
                }
            }
        }
        for (int w = 0; w < v; w++) {
            if (uniAdjusted[w] > 0 && uniAdjusted[w] <= 4) {
                coc[1][uniAdjusted[w]]++;
            }
        }
        // trigram contexts
        LongIntMap ctx = new LongIntMap(bi.size());
        for (int s = 0; s < tri.capacity(); s++) {
            if (tri.occupied(s)) {
                ctx.add(tri.keyAt(s) >>> NgramModel.ID_BITS, 0);
                int c3 = tri.valueAt(s);
                if (c3 <= 4) {
                    coc[3][c3]++;
                }
            }
        }
        int[] ctxSum = new int[ctx.capacity()];
        int[][] ctxN = new int[3][ctx.capacity()];
        for (int s = 0; s < tri.capacity(); s++) {
            if (tri.occupied(s)) {
                int cs = ctx.slotOf(tri.keyAt(s) >>> NgramModel.ID_BITS);
                int c3 = tri.valueAt(s);
                ctxSum[cs] += c3;
                ctxN[Math.min(c3, 3) - 1][cs]++;
            }
        }
        double[][] d = new double[4][];
        for (int order = 1; order <= 3; order++) {
            d[order] = discounts(coc[order]);
            log("order %d discounts: %.3f %.3f %.3f", order, d[order][1], d[order][2], d[order][3]);
        }

        // unigrams: interpolated with the uniform distribution
        long uniTotal = 0;
        long[] uniN = new long[3];
        for (int w = 0; w < v; w++) {
            uniTotal += uniAdjusted[w];
            if (uniAdjusted[w] > 0) {
                uniN[Math.min(uniAdjusted[w], 3) - 1]++;
            }
        }
        double gamma0 = (d[1][1] * uniN[0] + d[1][2] * uniN[1] + d[1][3] * uniN[2]) / uniTotal;
        double[] p1 = new double[v];
        for (int w = 1; w < v; w++) {
            p1[w] = (uniAdjusted[w] - discount(d[1], uniAdjusted[w])) / uniTotal + gamma0 / (v - 1);
        }
        p1[NgramModel.BOS] = 0;

        // bigram probabilities (interpolated), kept bigrams, and the sums needed for back-off weights
        float[] p2 = new float[bi.capacity()];
        boolean[] biKeep = new boolean[bi.capacity()];
        for (int s = 0; s < bi.capacity(); s++) {
            if (bi.occupied(s)) {
                long key = bi.keyAt(s);
                int b = (int) (key >>> NgramModel.ID_BITS);
                int c = (int) (key & (NgramModel.MAX_WORDS - 1));
                int a2 = bi.valueAt(s);
                double gamma = (d[2][1] * biN[0][b] + d[2][2] * biN[1][b] + d[2][3] * biN[2][b]) / biSum[b];
                p2[s] = (float) ((a2 - discount(d[2], a2)) / biSum[b] + gamma * p1[c]);
                biKeep[s] = a2 >= config.minBigramCount();
            }
        }
        // contexts of kept trigrams must stay as bigrams: they carry the trigram back-off weight
        int keptTri = 0;
        for (int s = 0; s < tri.capacity(); s++) {
            if (tri.occupied(s) && tri.valueAt(s) >= config.minTrigramCount()) {
                keptTri++;
                biKeep[bi.slotOf(tri.keyAt(s) >>> NgramModel.ID_BITS)] = true;
            }
        }
        double[] sumP2 = new double[v];
        double[] sumP1 = new double[v];
        int keptBi = 0;
        for (int s = 0; s < bi.capacity(); s++) {
            if (biKeep[s]) {
                keptBi++;
                long key = bi.keyAt(s);
                int b = (int) (key >>> NgramModel.ID_BITS);
                int c = (int) (key & (NgramModel.MAX_WORDS - 1));
                sumP2[b] += p2[s];
                sumP1[b] += p1[c];
            }
        }
        double[] bow1 = new double[v];
        for (int w = 0; w < v; w++) {
            bow1[w] = backoff(sumP2[w], sumP1[w]);
        }
        log("bigrams: %,d, kept %,d; trigrams kept %,d (%.0f s)", bi.size(), keptBi, keptTri, seconds(t0));

        // trigram probabilities of kept trigrams and their contexts' back-off weights
        long[] triKeys = new long[keptTri];
        float[] triLog = new float[keptTri];
        double[] ctxP3 = new double[ctx.capacity()];
        double[] ctxP2 = new double[ctx.capacity()];
        int k = 0;
        for (int s = 0; s < tri.capacity(); s++) {
            if (!tri.occupied(s) || tri.valueAt(s) < config.minTrigramCount()) {
                continue;
            }
            long key = tri.keyAt(s);
            long bcKey = key & ((1L << (2 * NgramModel.ID_BITS)) - 1);
            int b = (int) (bcKey >>> NgramModel.ID_BITS);
            int c = (int) (bcKey & (NgramModel.MAX_WORDS - 1));
            int cs = ctx.slotOf(key >>> NgramModel.ID_BITS);
            int bs = bi.slotOf(bcKey);
            int c3 = tri.valueAt(s);
            double gamma = (d[3][1] * ctxN[0][cs] + d[3][2] * ctxN[1][cs] + d[3][3] * ctxN[2][cs]) / ctxSum[cs];
            double p3 = (c3 - discount(d[3], c3)) / ctxSum[cs] + gamma * p2[bs];
            ctxP3[cs] += p3;
            ctxP2[cs] += biKeep[bs] ? p2[bs] : Math.pow(10, bow1[b]) * p1[c];
            triKeys[k] = key;
            triLog[k++] = (float) Math.log10(p3);
        }
        tri.capacity(); // the raw counts are no longer needed after this point

        // collect kept bigrams with their probability and (as a context) back-off weight
        long[] biKeys = new long[keptBi];
        float[] biLog = new float[keptBi];
        float[] biBowLog = new float[keptBi];
        k = 0;
        for (int s = 0; s < bi.capacity(); s++) {
            if (!biKeep[s]) {
                continue;
            }
            biKeys[k] = bi.keyAt(s);
            biLog[k] = (float) Math.log10(p2[s]);
            int cs = ctx.slotOf(bi.keyAt(s));
            biBowLog[k++] = cs < 0 ? 0f : (float) backoff(ctxP3[cs], ctxP2[cs]);
        }

        Quantizer qBi = Quantizer.fit(biLog, keptBi);
        Quantizer qBow = Quantizer.fit(biBowLog, keptBi);
        Quantizer qTri = Quantizer.fit(triLog, keptTri);
        byte[] biCodes = new byte[keptBi];
        byte[] bowCodes = new byte[keptBi];
        for (int i = 0; i < keptBi; i++) {
            biCodes[i] = (byte) qBi.encode(biLog[i]);
            bowCodes[i] = (byte) qBow.encode(biBowLog[i]);
        }
        byte[] triCodes = new byte[keptTri];
        for (int i = 0; i < keptTri; i++) {
            triCodes[i] = (byte) qTri.encode(triLog[i]);
        }
        int biSize = keptBi == 0 ? 0 : (int) Math.ceil(keptBi / LOAD) + 1;
        byte[] biBowTable = new byte[biSize];
        int[] biTable = NgramModel.buildTable(biKeys, biCodes, keptBi, LOAD, bowCodes, biBowTable);
        int[] triTable = NgramModel.buildTable(triKeys, triCodes, keptTri, LOAD, null, null);

        float[] uniProb = new float[v];
        float[] uniBow = new float[v];
        for (int w = 0; w < v; w++) {
            uniProb[w] = w == NgramModel.BOS ? -99f : (float) Math.log10(p1[w]);
            uniBow[w] = (float) bow1[w];
        }
        String description = String.format(
                "interpolated modified Kneser-Ney trigram model; corpus: %s; training lines %d, tokens %d; "
                        + "vocabulary %d (min count %d); bigrams %d (min count %d); trigrams %d (min count %d)",
                String.join(", ", config.corpus().stream().map(p -> p.getFileName().toString()).toList()),
                lines[0], tokens, v, config.minWordCount(), keptBi, config.minBigramCount(), keptTri,
                config.minTrigramCount());
        log("built model in %.0f s", seconds(t0));
        return new NgramModel(vocab.toArray(String[]::new), uniProb, uniBow, qBi.centers(), qBow.centers(),
                qTri.centers(), biTable, biBowTable, triTable, description);
    }

    /** log10 of the weight that makes the pruned distribution sum to one. */
    private static double backoff(double keptHigher, double keptLower) {
        double num = Math.max(1e-12, 1 - keptHigher);
        double den = Math.max(1e-12, 1 - keptLower);
        return Math.log10(num / den);
    }

    /** Modified Kneser-Ney discounts D1, D2, D3+ (index 1..3) from counts of counts n1..n4. */
    static double[] discounts(long[] n) {
        double[] d = new double[4];
        if (n[1] == 0 || n[2] == 0) {
            d[1] = d[2] = d[3] = 0.5;
            return d;
        }
        double y = n[1] / (double) (n[1] + 2 * n[2]);
        d[1] = clamp(1 - 2 * y * n[2] / n[1], 1);
        d[2] = clamp(2 - 3 * y * n[3] / n[2], 2);
        d[3] = n[3] == 0 ? d[2] : clamp(3 - 4 * y * n[4] / n[3], 3);
        return d;
    }

    private static double clamp(double value, double max) {
        return Math.max(0.05, Math.min(max, value));
    }

    private static double discount(double[] d, int count) {
        return count <= 0 ? 0 : d[Math.min(count, 3)];
    }

    /** Streams the training lines of every corpus file; returns the number of tokens. */
    private long forEachTrainingLine(LineSink sink) throws IOException {
        long[] tokens = {0};
        for (Path file : config.corpus()) {
            boolean[] held = heldOut(file);
            int lineNo = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    if (lineNo <= held.length && held[lineNo - 1]) {
                        continue;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    LmText.tokenize(line, (s, e, k) -> tokens[0]++);
                    sink.line(line);
                }
            }
        }
        return tokens[0];
    }

    private static boolean[] heldOut(Path file) throws IOException {
        Path manifest = file.toAbsolutePath().getParent().resolve("MANIFEST.tsv");
        if (!Files.exists(manifest)) {
            return new boolean[0];
        }
        CorpusSplit split = CorpusSplit.read(manifest);
        String name = file.getFileName().toString();
        int max = 0;
        for (CorpusSplit.Document doc : split.documents(name)) {
            max = Math.max(max, doc.firstLine() + doc.lineCount() - 1);
        }
        return split.heldOutLines(name, max);
    }

    private void log(String format, Object... args) {
        if (log != null) {
            log.println(String.format(format, args));
            log.flush();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
