package org.vanban.text.lm;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A trigram language model over syllables in a compact binary form, in back-off representation: a stored
 * n-gram has its (smoothed) log10 probability, a stored context its log10 back-off weight, and
 * {@code p(c|a b) = p3(a b c)} if stored, else {@code bow(a b) · p(c|b)}, recursively down to unigrams.
 *
 * <p>Bigrams and trigrams live in open-addressing tables of ints: the high 24 bits of a slot are a
 * fingerprint of the n-gram's hash, the low 8 bits a code into a 256-entry codebook of log10
 * probabilities. The words themselves are not stored per n-gram, so a lookup of an absent n-gram can
 * hit a wrong slot with probability about 2<sup>-24</sup> per probe. Unigrams are plain floats.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class NgramModel {
    private static final int MAGIC = 0x56424C4D; // "VBLM"
    private static final int VERSION = 1;
    static final int ID_BITS = 21;
    static final int MAX_WORDS = 1 << ID_BITS;
    private static final int FP_MASK = 0xFFFFFF;

    /** Ids of the special tokens, the same in every model. */
    public static final int BOS = 0;
    public static final int EOS = 1;
    public static final int UNK = 2;
    public static final int NUM = 3;

    private final String[] words;
    private final Map<String, Integer> ids;
    private final float[] uniProb;
    private final float[] uniBow;
    private final float[] biCodebook;
    private final float[] biBowCodebook;
    private final float[] triCodebook;
    private final int[] biTable;
    private final byte[] biBow;
    private final int[] triTable;
    private final String description;

    NgramModel(String[] words, float[] uniProb, float[] uniBow, float[] biCodebook, float[] biBowCodebook,
            float[] triCodebook, int[] biTable, byte[] biBow, int[] triTable, String description) {
        if (words.length < 4 || !LmText.BOS.equals(words[BOS]) || !LmText.EOS.equals(words[EOS])
                || !LmText.UNK.equals(words[UNK]) || !LmText.NUM.equals(words[NUM])) {
            throw new IllegalArgumentException("vocabulary must start with <s> </s> <unk> <num>");
        }
        if (words.length > MAX_WORDS || uniProb.length != words.length || uniBow.length != words.length
                || biBow.length != biTable.length) {
            throw new IllegalArgumentException("inconsistent model arrays");
        }
        this.words = words;
        this.uniProb = uniProb;
        this.uniBow = uniBow;
        this.biCodebook = biCodebook;
        this.biBowCodebook = biBowCodebook;
        this.triCodebook = triCodebook;
        this.biTable = biTable;
        this.biBow = biBow;
        this.triTable = triTable;
        this.description = description;
        this.ids = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            ids.put(words[i], i);
        }
    }

    /** The number of words, special tokens included. */
    public int vocabularySize() {
        return words.length;
    }

    /** The word of an id. */
    public String word(int id) {
        return words[id];
    }

    /** The id of a token in its language-model form (see {@link LmText#form}), or {@link #UNK}. */
    public int id(String form) {
        Integer id = ids.get(form);
        return id == null ? UNK : id;
    }

    /** True when the form is in the vocabulary. */
    public boolean contains(String form) {
        return ids.containsKey(form);
    }

    /** How the model was built (corpus, counts, pruning), as written by the trainer. */
    public String description() {
        return description;
    }

    public int bigramSlots() {
        return biTable.length;
    }

    public int trigramSlots() {
        return triTable.length;
    }

    /** log10 p(w). */
    public double unigram(int w) {
        return uniProb[w];
    }

    /**
     * log10 p(w | w2 w1): w1 is the previous token, w2 the one before; pass a negative id when there is
     * no such token (start of text).
     */
    public double logProb(int w2, int w1, int w) {
        if (w1 < 0) {
            return uniProb[w];
        }
        double backoff = 0;
        if (w2 >= 0) {
            int code = lookup(triTable, pack3(w2, w1, w));
            if (code >= 0) {
                return triCodebook[code];
            }
            int ctx = slot(biTable, pack2(w2, w1));
            if (ctx >= 0) {
                backoff = biBowCodebook[biBow[ctx] & 0xFF];
            }
        }
        int code = lookup(biTable, pack2(w1, w));
        if (code >= 0) {
            return backoff + biCodebook[code];
        }
        return backoff + uniBow[w1] + uniProb[w];
    }

    /** log10 p(w | w1) with back-off to the unigram; the middle part of {@link #logProb}. */
    public double bigramLogProb(int w1, int w) {
        if (w1 < 0) {
            return uniProb[w];
        }
        int code = lookup(biTable, pack2(w1, w));
        return code >= 0 ? biCodebook[code] : uniBow[w1] + uniProb[w];
    }

    /** log10 of the stored trigram probability p(w | w2 w1), or NaN when the trigram is not stored. */
    public double storedTrigram(int w2, int w1, int w) {
        if (w2 < 0 || w1 < 0) {
            return Double.NaN;
        }
        int code = lookup(triTable, pack3(w2, w1, w));
        return code >= 0 ? triCodebook[code] : Double.NaN;
    }

    /** log10 back-off weight of the context (w2, w1), 0 when it has none. */
    public double contextBackoff(int w2, int w1) {
        if (w2 < 0 || w1 < 0) {
            return 0;
        }
        int ctx = slot(biTable, pack2(w2, w1));
        return ctx >= 0 ? biBowCodebook[biBow[ctx] & 0xFF] : 0;
    }

    static long pack2(int a, int b) {
        return ((long) a << ID_BITS) | b;
    }

    static long pack3(int a, int b, int c) {
        return ((long) a << (2 * ID_BITS)) | ((long) b << ID_BITS) | c;
    }

    static long hash(long key) {
        long h = key ^ 0x2545F4914F6CDD1DL;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    static int home(long h, int size) {
        return (int) (((h >>> 32) * size) >>> 32);
    }

    static int fingerprint(long h) {
        int fp = (int) h & FP_MASK;
        return fp == 0 ? 1 : fp;
    }

    /** The code stored for the key, or -1. */
    private static int lookup(int[] table, long key) {
        int s = slot(table, key);
        return s < 0 ? -1 : table[s] & 0xFF;
    }

    private static int slot(int[] table, long key) {
        int size = table.length;
        if (size == 0) {
            return -1;
        }
        long h = hash(key);
        int i = home(h, size);
        int fp = fingerprint(h);
        while (true) {
            int v = table[i];
            if (v == 0) {
                return -1;
            }
            if ((v >>> 8) == fp) {
                return i;
            }
            if (++i == size) {
                i = 0;
            }
        }
    }

    /**
     * Builds a fingerprint table for n keys with their codes; when {@code extra} is given, its entries are
     * moved to the slots the keys land in (for the back-off codes that sit beside the bigrams).
     */
    static int[] buildTable(long[] keys, byte[] codes, int n, double load, byte[] extraIn, byte[] extraOut) {
        int size = n == 0 ? 0 : (int) Math.ceil(n / load) + 1;
        int[] table = new int[size];
        for (int k = 0; k < n; k++) {
            long h = hash(keys[k]);
            int i = home(h, size);
            while (table[i] != 0) {
                if (++i == size) {
                    i = 0;
                }
            }
            table[i] = (fingerprint(h) << 8) | (codes[k] & 0xFF);
            if (extraIn != null) {
                extraOut[i] = extraIn[k];
            }
        }
        return table;
    }

    /** Writes the model in its binary format. */
    public void writeTo(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(description.length() > 20000 ? description.substring(0, 20000) : description);
        ByteArrayOutputStream vocab = new ByteArrayOutputStream();
        for (String w : words) {
            vocab.writeBytes(w.getBytes(StandardCharsets.UTF_8));
            vocab.write('\n');
        }
        out.writeInt(words.length);
        out.writeInt(vocab.size());
        vocab.writeTo(out);
        writeFloats(out, uniProb);
        writeFloats(out, uniBow);
        writeFloats(out, biCodebook);
        writeFloats(out, biBowCodebook);
        writeFloats(out, triCodebook);
        out.writeInt(biTable.length);
        writeInts(out, biTable);
        out.write(biBow);
        out.writeInt(triTable.length);
        writeInts(out, triTable);
        out.flush();
    }

    /** Reads a model written by {@link #writeTo}. */
    public static NgramModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a vanban language model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported language model version " + version);
        }
        String description = in.readUTF();
        int n = in.readInt();
        byte[] vocab = in.readNBytes(in.readInt());
        String[] words = new String[n];
        int w = 0;
        int start = 0;
        for (int i = 0; i < vocab.length && w < n; i++) {
            if (vocab[i] == '\n') {
                words[w++] = new String(vocab, start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
            }
        }
        if (w != n) {
            throw new IOException("truncated language model vocabulary");
        }
        float[] uniProb = readFloats(in, n);
        float[] uniBow = readFloats(in, n);
        float[] bi = readFloats(in, Quantizer.LEVELS);
        float[] biBowCodes = readFloats(in, Quantizer.LEVELS);
        float[] tri = readFloats(in, Quantizer.LEVELS);
        int biSize = in.readInt();
        int[] biTable = readInts(in, biSize);
        byte[] biBow = in.readNBytes(biSize);
        int triSize = in.readInt();
        int[] triTable = readInts(in, triSize);
        if (biBow.length != biSize) {
            throw new IOException("truncated language model");
        }
        return new NgramModel(words, uniProb, uniBow, bi, biBowCodes, tri, biTable, biBow, triTable, description);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4);
        buf.asFloatBuffer().put(values);
        out.write(buf.array());
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        int chunk = 1 << 20;
        ByteBuffer buf = ByteBuffer.allocate(chunk * 4);
        for (int off = 0; off < values.length; off += chunk) {
            int len = Math.min(chunk, values.length - off);
            buf.clear();
            buf.asIntBuffer().put(values, off, len);
            out.write(buf.array(), 0, len * 4);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n * 4);
        if (bytes.length != n * 4) {
            throw new IOException("truncated language model");
        }
        float[] values = new float[n];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        int[] values = new int[n];
        int chunk = 1 << 20;
        for (int off = 0; off < n; off += chunk) {
            int len = Math.min(chunk, n - off);
            byte[] bytes = in.readNBytes(len * 4);
            if (bytes.length != len * 4) {
                throw new IOException("truncated language model");
            }
            ByteBuffer.wrap(bytes).asIntBuffer().get(values, off, len);
        }
        return values;
    }
}
