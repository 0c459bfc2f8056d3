package org.vanban.text.lm;

import java.util.Locale;
import org.vanban.text.TonePlacement;

/**
 * How text is cut into language-model tokens, shared by training and decoding so both see the same units.
 *
 * <p>A token is a maximal run of letters and digits (a "word", a "number" or a "mixed" run such as
 * {@code 12a} or OCR damage such as {@code s6}), or one single character of anything else except white
 * space (punctuation, symbols). Words become lower-case NFC with the tone placed canonically
 * ({@code Hoà → hòa}); numbers and mixed runs become the class {@code <num>}; punctuation stays itself.
 * The cent and euro signs count as letters, because legacy OCR writes them for {@code ệ} and {@code c}.
 */
public final class LmText {
    /** Sentence start, end, unknown word and number class: ids 0-3 of every vocabulary. */
    public static final String BOS = "<s>";
    public static final String EOS = "</s>";
    public static final String UNK = "<unk>";
    public static final String NUM = "<num>";

    /** What a token is made of. */
    public enum Kind {
        WORD,
        NUMBER,
        MIXED,
        PUNCT
    }

    /** Receives the tokens of a text in order. */
    @FunctionalInterface
    public interface TokenSink {
        void token(int start, int end, Kind kind);
    }

    private LmText() {}

    /** Letters of words: real letters, combining marks of NFD input, and the legacy OCR symbols for letters. */
    public static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c >= '\u0300' && c <= '\u036F') || c == '¢' || c == '€';
    }

    /** Calls the sink for every token of the text, in order. White space is skipped. */
    public static void tokenize(CharSequence text, TokenSink sink) {
        tokenize(text, false, sink);
    }

    /**
     * Like {@link #tokenize(CharSequence, TokenSink)}; with {@code ocrMarks}, the marks that OCR engines
     * unaware of Vietnamese write for a horn or a hat stay inside the word they damage: an apostrophe,
     * {@code @} or {@code &} right after a letter or digit ({@code tu’}, {@code thu'c}, {@code S@}), and
     * {@code ?} between two letters ({@code chi?c}) or before a lower-case word ({@code di? liệu}). Such a
     * word is a WORD token.
     */
    public static void tokenize(CharSequence text, boolean ocrMarks, TokenSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            boolean letter = isWordChar(c);
            boolean digit = !letter && Character.isDigit(c);
            if (!letter && !digit) {
                int end = i + 1;
                if (Character.isHighSurrogate(c) && end < n && Character.isLowSurrogate(text.charAt(end))) {
                    end++;
                }
                sink.token(i, end, Kind.PUNCT);
                i = end;
                continue;
            }
            int start = i;
            boolean letters = false;
            boolean digits = false;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d)) {
                    letters = true;
                } else if (Character.isDigit(d)) {
                    digits = true;
                } else if (ocrMarks && isOcrMark(text, i)) {
                    letters = true;
                } else {
                    break;
                }
                i++;
            }
            sink.token(start, i, letters && digits ? Kind.MIXED : letters ? Kind.WORD : Kind.NUMBER);
        }
    }

    /**
     * A mark right after a letter or digit that stands for part of a letter: an apostrophe, @ or &, or a
     * question mark followed by a letter, or by a space and a lower-case word (a real question mark would
     * end the sentence).
     */
    private static boolean isOcrMark(CharSequence text, int i) {
        return switch (text.charAt(i)) {
            case '’', '\'', '@', '&' -> true;
            case '?' -> {
                int j = i + 1;
                if (j < text.length() && Character.isLetter(text.charAt(j))) {
                    yield true;
                }
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                yield j > i + 1 && j < text.length() && Character.isLowerCase(text.charAt(j));
            }
            default -> false;
        };
    }

    /** The language-model form of one token. */
    public static String form(String token, Kind kind) {
        return switch (kind) {
            case WORD -> wordForm(token);
            case NUMBER, MIXED -> NUM;
            case PUNCT -> token;
        };
    }

    /** Lower-case NFC with canonical tone placement. */
    public static String wordForm(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return needsTonePlacement(lower) ? TonePlacement.normalize(lower) : lower;
    }

    /**
     * Only syllables with a tone on a vowel pair (or a decomposed input) can change under tone-placement
     * normalisation; checking that first keeps the common case free of Unicode normalisation.
     */
    private static boolean needsTonePlacement(String lower) {
        boolean previousVowel = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                return true;
            }
            boolean vowel = isVowelish(c);
            if (vowel && previousVowel) {
                return true;
            }
            previousVowel = vowel;
        }
        return false;
    }

    private static boolean isVowelish(char c) {
        if (c < 0x80) {
            return "aeiouy".indexOf(c) >= 0;
        }
        return c >= 0xC0; // any accented letter: cheap over-approximation, TonePlacement decides
    }
}
