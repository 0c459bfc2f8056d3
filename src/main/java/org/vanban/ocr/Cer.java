package org.vanban.ocr;

import java.text.Normalizer;

/**
 * Character error rate: edit distance between recognised and true text over the true length,
 * after NFC and collapsing all whitespace runs (line breaks differ between layout and OCR and are
 * not errors of the characters).
 */
public final class Cer {
    private Cer() {}

    public static double of(String truth, String recognised) {
        int[] t = normalise(truth);
        int[] r = normalise(recognised);
        if (t.length == 0) {
            return r.length == 0 ? 0 : 1;
        }
        return (double) distance(t, r) / t.length;
    }

    /**
     * The length CER divides by: code points after normalisation. Weighting each page's CER by it gives
     * the CER of a set of pages as one text (edits over characters), where a short page weighs as little
     * as it holds.
     */
    public static int length(String truth) {
        return normalise(truth).length;
    }

    static int[] normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").codePoints().toArray();
    }

    /** Levenshtein distance in code points, two rows of memory. */
    static int distance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length];
    }
}
