package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.List;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Puts the space back between two words that a speck joined with a hyphen ({@code hỗ-trợ},
 * {@code phân-cấp}): the hyphen goes when the model finds the two words side by side far likelier than
 * with a dash between them. Loanwords ({@code ki-ốt}, {@code vắc-xin}), compounds set with a dash
 * ({@code kinh tế-xã hội}) and symbols ({@code TT-BTC}) keep theirs. Lines are never added or removed.
 */
final class HyphenatedPairs {
    /** log10 of how much likelier the spaced reading must be. */
    static final double MIN_GAIN = 2.0;

    private final NgramModel lm;
    private final int dash;

    HyphenatedPairs(NgramModel lm) {
        this.lm = lm;
        this.dash = lm.id("-");
    }

    private record Token(int start, int end, LmText.Kind kind) {}

    String split(String text) {
        if (text.indexOf('-') < 0 || dash == NgramModel.UNK) {
            return text;
        }
        List<Token> tokens = new ArrayList<>();
        LmText.tokenize(text, (s, e, k) -> tokens.add(new Token(s, e, k)));
        char[] out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token x = tokens.get(i - 1);
            Token d = tokens.get(i);
            Token y = tokens.get(i + 1);
            if (d.end() - d.start() != 1 || text.charAt(d.start()) != '-' || x.end() != d.start()
                    || d.end() != y.start() || x.kind() != LmText.Kind.WORD || y.kind() != LmText.Kind.WORD
                    || inSymbol(text, x.start(), y.end())) {
                continue;
            }
            String a = text.substring(x.start(), x.end());
            String b = text.substring(y.start(), y.end());
            if (Skeleton.isUpperCase(a) || Skeleton.isUpperCase(b)) { // abbreviations
                continue;
            }
            int ia = lm.id(LmText.wordForm(a));
            int ib = lm.id(LmText.wordForm(b));
            if (ia == NgramModel.UNK || ib == NgramModel.UNK) {
                continue;
            }
            int before = i >= 2 && tokens.get(i - 2).kind() == LmText.Kind.WORD
                    ? lm.id(LmText.wordForm(text.substring(tokens.get(i - 2).start(), tokens.get(i - 2).end()))) : -1;
            double spaced = lm.logProb(before, ia, ib);
            double dashed = lm.logProb(before, ia, dash) + lm.logProb(ia, dash, ib);
            if (spaced - dashed >= MIN_GAIN) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[d.start()] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * A chunk with a digit, a slash or an ampersand around the pair (a document symbol or a code), or
     * with a second hyphen (a loanword spelled syllable by syllable: {@code mô-tô-hôm}).
     */
    private static boolean inSymbol(String text, int from, int to) {
        int s = from;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = to;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        int hyphens = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '/' || c == '&') {
                return true;
            }
            hyphens += c == '-' ? 1 : 0;
        }
        return hyphens > 1;
    }
}
