package org.vanban.text.restore;

import java.util.ArrayList;
import java.util.List;
import org.vanban.text.SyllableInventory;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Joins a syllable that OCR cut after its first consonants ({@code Sở N ông nghiệp} for
 * {@code Sở Nông nghiệp}, {@code N guyên}). A run of one to three consonant letters, followed after
 * one space by a lower-case word that starts with a vowel (or is no word the model knows), is joined
 * when the joined word is a known syllable and the model, reading the neighbouring words, finds the
 * joined reading likelier: by at least {@link #MIN_GAIN} orders of magnitude when the second part is
 * a word of its own ({@code ông}). Labels stay apart ({@code khoản B ở}, {@code điểm C tới}: their
 * joined forms are not words the context wants). Lines are never added or removed.
 */
final class CutSyllables {
    /** log10 of how much likelier the joined reading must be, given the words before and after. */
    static final double MIN_GAIN = 3.0;

    private final NgramModel lm;

    CutSyllables(NgramModel lm) {
        this.lm = lm;
    }

    private record Token(int start, int end, LmText.Kind kind) {}

    /** The text with cut syllables joined. */
    String join(String text) {
        List<Token> tokens = new ArrayList<>();
        LmText.tokenize(text, (s, e, k) -> tokens.add(new Token(s, e, k)));
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            if (a.kind() != LmText.Kind.WORD || b.kind() != LmText.Kind.WORD || b.start() != a.end() + 1
                    || text.charAt(a.end()) != ' ') {
                continue;
            }
            String first = text.substring(a.start(), a.end());
            String second = text.substring(b.start(), b.end());
            boolean secondIsWord = isWord(second);
            if (!cutAt(first, second, secondIsWord)) {
                continue;
            }
            int ij = lm.id(LmText.wordForm(first + second));
            int prev = i > 0 && sameLine(text, tokens.get(i - 1), a) ? id(text, tokens.get(i - 1)) : -1;
            int next = i + 2 < tokens.size() && sameLine(text, b, tokens.get(i + 2)) ? id(text, tokens.get(i + 2)) : -1;
            int ia = id(text, a);
            int ib = id(text, b);
            double apart = lm.bigramLogProb(prev, ia) + lm.bigramLogProb(ia, ib) + (next < 0 ? 0 : lm.bigramLogProb(ib, next));
            double together = lm.bigramLogProb(prev, ij) + (next < 0 ? 0 : lm.bigramLogProb(ij, next));
            // a second half that is no word of its own ("guyên") needs no more than the context's nod
            if (together - apart < (secondIsWord ? MIN_GAIN : 0)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, a.end());
            copied = b.start(); // the space goes
            i++;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * One to three consonant letters, then a lower-case word from a vowel ("N ông"), or from a
     * consonant when it is no word ("N guyên"), together a known syllable.
     */
    private boolean cutAt(String first, String second, boolean secondIsWord) {
        if (first.length() > 3 || first.chars().anyMatch(c -> isVowel((char) c))) {
            return false;
        }
        char start = second.charAt(0);
        if (!Character.isLowerCase(start) || !(isVowel(start) || !secondIsWord)) {
            return false;
        }
        return isWord(first + second);
    }

    /** A syllable the model knows. */
    private boolean isWord(String token) {
        return SyllableInventory.isValid(token) && lm.contains(LmText.wordForm(token));
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(Skeleton.map(Character.toLowerCase(c))) >= 0;
    }

    private static boolean sameLine(String text, Token x, Token y) {
        int newline = text.indexOf('\n', x.end());
        return newline < 0 || newline > y.start();
    }

    private int id(String text, Token t) {
        return lm.id(LmText.form(text.substring(t.start(), t.end()), t.kind()));
    }
}
