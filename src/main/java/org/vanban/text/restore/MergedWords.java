package org.vanban.text.restore;

import org.vanban.text.SyllableInventory;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Splits two syllables that OCR glued together when the space between them was lost ({@code Độclập},
 * {@code Hạnhphúc}, {@code anninh}): a word the model does not know and that is no syllable itself is cut
 * where both halves are known syllables and the model has seen them together often enough. Everything
 * else (names, abbreviations, codes, known words) stays as it is; lines are never added or removed.
 */
final class MergedWords {
    /** log10 p(first) + log10 p(second | first) at least this: a pair the corpus uses, not a chance one. */
    static final double MIN_PAIR_LOG_PROB = -6.0;
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 14;

    private final NgramModel lm;

    MergedWords(NgramModel lm) {
        this.lm = lm;
    }

    /** The text with glued syllable pairs split by a space. */
    String split(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] copied = {0};
        LmText.tokenize(text, (s, e, k) -> {
            if (k == LmText.Kind.WORD && e - s >= MIN_LENGTH && e - s <= MAX_LENGTH) {
                int cut = cut(text.substring(s, e));
                if (cut > 0) {
                    out.append(text, copied[0], s + cut).append(' ');
                    copied[0] = s + cut;
                }
            }
        });
        return copied[0] == 0 ? text : out.append(text, copied[0], text.length()).toString();
    }

    /** Where to cut the token, or 0 to keep it whole. */
    int cut(String token) {
        String form = LmText.wordForm(token);
        if (lm.contains(form) || SyllableInventory.isValid(token) || !Character.isLetter(token.charAt(0))) {
            return 0;
        }
        int best = 0;
        double bestScore = MIN_PAIR_LOG_PROB;
        for (int i = 1; i < token.length(); i++) {
            String a = token.substring(0, i);
            String b = token.substring(i);
            // a capital inside a word starts the second syllable ("Tựdo" is fine, "cacxdPhin" has three)
            if (!SyllableInventory.isValid(a) || !SyllableInventory.isValid(b) || !sameCase(a, b)) {
                continue;
            }
            String fa = LmText.wordForm(a);
            String fb = LmText.wordForm(b);
            if (!lm.contains(fa) || !lm.contains(fb)) {
                continue;
            }
            int ia = lm.id(fa);
            double score = lm.unigram(ia) + lm.bigramLogProb(ia, lm.id(fb));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Both halves lower case after their first letter, or both upper case ("Độclập", "ĐỘCLẬP"). */
    private static boolean sameCase(String a, String b) {
        boolean upperA = Skeleton.isUpperCase(a);
        boolean upperB = Skeleton.isUpperCase(b);
        if (upperA || upperB) {
            return upperA && upperB;
        }
        return a.substring(1).equals(a.substring(1).toLowerCase(java.util.Locale.ROOT))
                && b.substring(1).equals(b.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
}
