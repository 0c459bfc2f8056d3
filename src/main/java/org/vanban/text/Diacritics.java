package org.vanban.text;

import java.text.Normalizer;

/** Removing Vietnamese diacritics: the "skeleton" a word keeps when tones and hats are lost. */
public final class Diacritics {
    private Diacritics() {}

    /**
     * The text with every tone mark, hat, horn and breve removed and đ/Đ written d/D, in NFC.
     * Characters that are not letters are kept as they are, so offsets of ASCII text do not move.
     */
    public static String strip(CharSequence text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                continue;
            }
            out.append(switch (c) {
                case 'đ' -> 'd';
                case 'Đ' -> 'D';
                default -> c;
            });
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** True when the text carries any Vietnamese diacritic (including đ). */
    public static boolean hasAny(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ' || (c >= '\u0300' && c <= '\u036F')) {
                return true;
            }
            if (c > '\u007F' && Character.isLetter(c)
                    && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).length() > 1) {
                return true;
            }
        }
        return false;
    }
}
