package org.vanban.text.restore;

import java.util.Locale;
import org.vanban.text.Diacritics;

/**
 * The lower-case, diacritic-free form of a word ("Đường" → "duong"), computed through a per-character
 * table built once from {@link Diacritics#strip}, so the hot path needs no Unicode normalisation.
 */
final class Skeleton {
    private static final int FIRST = 0x00C0;
    private static final int LAST = 0x1EFF;
    private static final char[] TABLE = new char[LAST - FIRST + 1];

    static {
        for (int c = FIRST; c <= LAST; c++) {
            String s = Diacritics.strip(String.valueOf((char) c)).toLowerCase(Locale.ROOT);
            TABLE[c - FIRST] = s.length() == 1 ? s.charAt(0) : 0;
        }
    }

    private Skeleton() {}

    /** The skeleton of an NFC word; characters outside the table are only lower-cased. */
    static String of(CharSequence word) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char s = map(c);
            if (s != c && out == null) {
                out = new StringBuilder(word.length());
                out.append(word, 0, i);
            }
            if (out != null) {
                out.append(s);
            }
        }
        return out == null ? word.toString() : out.toString();
    }

    static char map(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= FIRST && c <= LAST && TABLE[c - FIRST] != 0) {
            return TABLE[c - FIRST];
        }
        return Character.toLowerCase(c);
    }

    /**
     * True when the word has a letter only Vietnamese uses (ă â ê ô ơ ư đ, or a hook, tilde or dot below
     * tone): letters an OCR engine that does not know Vietnamese never produces, unlike é or à.
     */
    static boolean hasVietnameseLetter(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x100 && map(c) != Character.toLowerCase(c)) {
                return true; // beyond Latin-1: ă ơ ư đ ĩ ũ and the whole Latin Extended Additional block
            }
            if (c == 'â' || c == 'ê' || c == 'ô' || c == 'ã' || c == 'õ' || c == 'Â' || c == 'Ê' || c == 'Ô'
                    || c == 'Ã' || c == 'Õ') {
                return true;
            }
        }
        return false;
    }

    /** Two or more characters, none of them lower case: an abbreviation or a word set in capitals. */
    static boolean isUpperCase(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** True when the word has a Vietnamese diacritic (any letter whose skeleton differs but for case). */
    static boolean hasDiacritics(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && map(c) != Character.toLowerCase(c)) {
                return true;
            }
        }
        return false;
    }
}
