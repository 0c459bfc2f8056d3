package org.vanban.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Matching keys for Vietnamese text: lower case with the tone mark placed the modern way
 * ("hoà" and "hòa" both give "hòa", "thuỷ" gives "thủy"). Keys have exactly the length of the
 * input, char for char, so an offset found in a key is an offset into the source text.
 */
public final class VietnameseKeys {
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";
    /** toned vowel -> {base vowel, tone index}; built from the Unicode tables, not typed by hand. */
    private static final Map<Character, char[]> SPLIT = new HashMap<>();
    /** base vowel + tone index -> toned vowel. */
    private static final Map<String, Character> JOIN = new HashMap<>();

    static {
        for (char base : "aăâeêioôơuưy".toCharArray()) {
            for (int t = 0; t < TONES.length(); t++) {
                String composed = Normalizer.normalize(base + TONES.substring(t, t + 1), Normalizer.Form.NFC);
                if (composed.length() == 1) {
                    SPLIT.put(composed.charAt(0), new char[] {base, (char) t});
                    JOIN.put(base + ":" + t, composed.charAt(0));
                }
            }
        }
    }

    /** Folded form of every char below U+2000 (all Vietnamese letters), computed once. */
    private static final char[] FOLD = new char[0x2000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            char[] split = SPLIT.get(c);
            char base = split == null ? c : split[0];
            if (base == 'đ') {
                FOLD[c] = 'd';
            } else if (base < 0x80) {
                FOLD[c] = base;
            } else {
                String plain = Normalizer.normalize(String.valueOf(base), Normalizer.Form.NFD);
                FOLD[c] = plain.charAt(0) < 0x80 ? plain.charAt(0) : base;
            }
        }
    }

    private VietnameseKeys() {}

    /** The matching key of {@code text}: same length, lower case, tone placement normalised. */
    public static String key(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            // Keep the length: a char whose lower case is not one char (none in Vietnamese) stays as is.
            out[i] = lower;
        }
        int i = 0;
        while (i < out.length) {
            if (!Character.isLetter(out[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < out.length && Character.isLetter(out[i])) {
                i++;
            }
            retone(out, start, i);
        }
        return new String(out);
    }

    /** The key with tones and the đ stroke removed too: for tolerant matching of OCR'd keywords. */
    public static String fold(CharSequence text) {
        return foldKey(key(text));
    }

    /** {@link #fold} of a text whose {@link #key} is already computed: the folding alone, no second key pass. */
    static String foldKey(String key) {
        char[] out = key.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < FOLD.length) {
                out[i] = FOLD[c];
            }
        }
        return new String(out);
    }

    /**
     * Moves the tone of a syllable ending in "oa", "oe" or "uy" (no final consonant) from the second
     * vowel to the first: "hoà" becomes "hòa", "khoẻ" becomes "khỏe". "quý" keeps its tone: the u of
     * "qu" is not a vowel of the rhyme.
     */
    private static void retone(char[] w, int start, int end) {
        if (end - start < 2) {
            return;
        }
        char last = w[end - 1];
        char[] split = SPLIT.get(last);
        if (split == null) {
            return;
        }
        char first = w[end - 2];
        char base = split[0];
        boolean pair = (first == 'o' && (base == 'a' || base == 'e')) || (first == 'u' && base == 'y');
        if (!pair || (end - 3 >= start && w[end - 3] == 'q')) {
            return;
        }
        Character toned = JOIN.get(first + ":" + (int) split[1]);
        if (toned != null) {
            w[end - 2] = toned;
            w[end - 1] = base;
        }
    }
}
