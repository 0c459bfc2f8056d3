package org.vanban.text.channel;

import java.util.List;
import org.vanban.text.Token;
import org.vanban.text.TokenType;
import org.vanban.text.VietnameseText;

/**
 * Accuracy of OCR (or corrected) text against the truth, line by line: the share of true syllables read exactly
 * (tokens aligned by edit distance, case and diacritics must match) and the character error rate (character
 * edit distance over true characters, whitespace collapsed).
 */
public record OcrScore(long syllables, long syllablesExact, long chars, long charErrors) {
    public OcrScore {
        if (syllables < 0 || syllablesExact < 0 || syllablesExact > syllables || chars < 0 || charErrors < 0) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    public static final OcrScore ZERO = new OcrScore(0, 0, 0, 0);

    public double syllableAccuracy() {
        return syllables == 0 ? 1.0 : syllablesExact / (double) syllables;
    }

    public double cer() {
        return chars == 0 ? 0.0 : charErrors / (double) chars;
    }

    public OcrScore plus(OcrScore o) {
        return new OcrScore(syllables + o.syllables, syllablesExact + o.syllablesExact, chars + o.chars,
                charErrors + o.charErrors);
    }

    /** The score of one line pair. */
    public static OcrScore of(String truth, String observed) {
        String t = TokenAligner.collapseSpaces(truth);
        String o = TokenAligner.collapseSpaces(observed);
        List<Token> tt = words(t);
        List<Token> ot = words(o);
        // token-level edit distance, remembering which true syllables lined up with an identical token
        int n = tt.size();
        int m = ot.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (tt.get(i - 1).text().equals(ot.get(j - 1).text()) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        long syllables = 0;
        long exact = 0;
        int i = n;
        int j = m;
        while (i > 0) {
            boolean same = j > 0 && tt.get(i - 1).text().equals(ot.get(j - 1).text());
            boolean isSyllable = tt.get(i - 1).type() == TokenType.SYLLABLE;
            if (j > 0 && d[i][j] == d[i - 1][j - 1] + (same ? 0 : 1)) {
                if (isSyllable) {
                    syllables++;
                    exact += same ? 1 : 0;
                }
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                syllables += isSyllable ? 1 : 0;
                i--;
            } else {
                j--;
            }
        }
        return new OcrScore(syllables, exact, t.length(), CharAlignment.align(o, t).distance());
    }

    public static OcrScore of(List<LinePairs.Pair> pairs) {
        OcrScore s = ZERO;
        for (LinePairs.Pair p : pairs) {
            s = s.plus(of(p.truth(), p.ocr()));
        }
        return s;
    }

    private static List<Token> words(String s) {
        return VietnameseText.tokenize(s).stream().filter(x -> x.type() != TokenType.PUNCTUATION).toList();
    }
}
