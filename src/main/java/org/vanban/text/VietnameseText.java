package org.vanban.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * NFC normalisation and tokenisation of Vietnamese text into syllables, other words, numbers, symbols and
 * punctuation, each with its offsets. Spaces separate tokens; punctuation at the edges of a space-free chunk is
 * cut off ("(Điều", "2022,"), while punctuation inside it stays, so document symbols ("12-CT/TW",
 * "362/KH-SGD&ĐT-VP"), dates and OCR damage ("s6", "hi¢n") stay whole. A chunk whose inner punctuation joins
 * real syllables ("và/hoặc", "Rịa-Vũng") is split at it.
 */
public final class VietnameseText {
    private VietnameseText() {}

    /** The text in Unicode NFC (composed accents), as everything in vanban expects. */
    public static String nfc(CharSequence text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** True when the text is already NFC. */
    public static boolean isNfc(CharSequence text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * The tokens of the text in order, with offsets into {@code text} itself (pass NFC text: offsets are
     * not mapped through normalisation). Whitespace produces no token.
     */
    public static List<Token> tokenize(CharSequence text) {
        String s = text.toString();
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(s.charAt(end))) {
                end++;
            }
            chunk(s, i, end, out);
            i = end;
        }
        return out;
    }

    private static void chunk(String s, int start, int end, List<Token> out) {
        int coreStart = start;
        while (coreStart < end && isPunctuation(s.charAt(coreStart))) {
            coreStart++;
        }
        if (coreStart == end) {
            out.add(new Token(s.substring(start, end), TokenType.PUNCTUATION, start, end));
            return;
        }
        int coreEnd = end;
        while (isPunctuation(s.charAt(coreEnd - 1))) {
            coreEnd--;
        }
        if (coreStart > start) {
            out.add(new Token(s.substring(start, coreStart), TokenType.PUNCTUATION, start, coreStart));
        }
        core(s, coreStart, coreEnd, out);
        if (coreEnd < end) {
            out.add(new Token(s.substring(coreEnd, end), TokenType.PUNCTUATION, coreEnd, end));
        }
    }

    private static void core(String s, int start, int end, List<Token> out) {
        String text = s.substring(start, end);
        if (allLetters(text)) {
            out.add(new Token(text, SyllableInventory.isValid(text) ? TokenType.SYLLABLE : TokenType.WORD, start, end));
            return;
        }
        if (isNumber(text)) {
            out.add(new Token(text, TokenType.NUMBER, start, end));
            return;
        }
        if (!splitJoinedSyllables(s, start, end, out)) {
            out.add(new Token(text, TokenType.SYMBOL, start, end));
        }
    }

    /** "và/hoặc", "Rịa-Vũng": letters-only parts that are all syllables, joined by punctuation. */
    private static boolean splitJoinedSyllables(String s, int start, int end, List<Token> out) {
        List<Token> parts = new ArrayList<>();
        int i = start;
        while (i < end) {
            int j = i;
            boolean punct = isPunctuation(s.charAt(i));
            while (j < end && isPunctuation(s.charAt(j)) == punct) {
                j++;
            }
            String part = s.substring(i, j);
            if (punct) {
                parts.add(new Token(part, TokenType.PUNCTUATION, i, j));
            } else if (allLetters(part) && SyllableInventory.isValid(part)) {
                parts.add(new Token(part, TokenType.SYLLABLE, i, j));
            } else {
                return false;
            }
            i = j;
        }
        out.addAll(parts);
        return true;
    }

    private static boolean allLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return Character.isLetter(text.charAt(0));
    }

    /** Digits, with single separators between digit groups: 12, 05/01/2022, 1.000.000, 3,5, 2021-2025. */
    static boolean isNumber(String text) {
        if (!Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && ".,/:-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Unicode punctuation, except characters that live inside symbols and addresses (&, @, #, %, *). */
    static boolean isPunctuation(char c) {
        if ("&@#*".indexOf(c) >= 0) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
