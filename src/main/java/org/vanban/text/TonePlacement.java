package org.vanban.text;

import java.text.Normalizer;

/**
 * Normalises where the tone mark sits in a Vietnamese syllable, so that "hoà" and "hòa", "thuỷ" and
 * "thủy" compare equal. The canonical form is the traditional placement used by most government
 * documents ("Hòa Bình", "thủy lợi"): in the open rhymes oa, oe, uy the tone sits on the first vowel.
 * Use it where text is compared (index terms, keyword matching); store the source form.
 */
public final class TonePlacement {
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String HATTED = "ăâêôơư";

    private TonePlacement() {}

    /** The text in NFC with the tone of every syllable placed canonically. Other characters are unchanged. */
    public static String normalize(CharSequence text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int i = 0;
        while (i < nfc.length()) {
            if (!Character.isLetter(nfc.charAt(i))) {
                out.append(nfc.charAt(i++));
                continue;
            }
            int end = i;
            while (end < nfc.length() && Character.isLetter(nfc.charAt(end))) {
                end++;
            }
            out.append(normalizeSyllable(nfc.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** One word of letters; returned unchanged when it carries no tone or is not a Vietnamese syllable. */
    static String normalizeSyllable(String word) {
        char[] base = new char[word.length()];
        char tone = 0;
        int toneCount = 0;
        for (int i = 0; i < word.length(); i++) {
            String nfd = Normalizer.normalize(String.valueOf(word.charAt(i)), Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(2);
            for (int k = 0; k < nfd.length(); k++) {
                char c = nfd.charAt(k);
                if (isTone(c)) {
                    tone = c;
                    toneCount++;
                } else {
                    kept.append(c);
                }
            }
            String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
            if (composed.length() != 1) {
                return word;
            }
            base[i] = composed.charAt(0);
        }
        if (toneCount != 1) {
            return word;
        }
        int target = tonePosition(base);
        if (target < 0) {
            return word;
        }
        String withTone = Normalizer.normalize(base[target] + String.valueOf(tone), Normalizer.Form.NFC);
        if (withTone.length() != 1) {
            return word;
        }
        base[target] = withTone.charAt(0);
        return new String(base);
    }

    /** Index of the vowel that carries the tone in a toneless syllable, or -1 when there is no vowel. */
    static int tonePosition(char[] s) {
        int start = 0;
        String lower = new String(s).toLowerCase(java.util.Locale.ROOT);
        // "qu" and "gi" before another vowel are onsets: their u/i never carry the tone.
        if (lower.startsWith("qu") && lower.length() > 2 && isVowel(lower.charAt(2))) {
            start = 2;
        } else if (lower.startsWith("gi") && lower.length() > 2 && isVowel(lower.charAt(2))) {
            start = 2;
        }
        int first = -1;
        int last = -1;
        for (int i = start; i < lower.length(); i++) {
            if (isVowel(lower.charAt(i))) {
                if (first < 0) {
                    first = i;
                }
                if (last >= 0 && last != i - 1) {
                    return -1; // vowels in two places: not one syllable
                }
                last = i;
            }
        }
        if (first < 0) {
            return lower.length() == 2 && start == 2 ? -1 : fallbackGi(lower);
        }
        int horn = lower.indexOf('ơ', first);
        if (horn >= 0 && horn <= last) {
            return horn;
        }
        for (int i = first; i <= last; i++) {
            if (HATTED.indexOf(lower.charAt(i)) >= 0) {
                return i;
            }
        }
        boolean hasCoda = last < lower.length() - 1;
        int length = last - first + 1;
        if (hasCoda) {
            return last;
        }
        return switch (length) {
            case 1 -> first;
            case 2 -> first;
            default -> first + 1;
        };
    }

    /** "gì", "gỉ": the i of "gi" carries the tone when no other vowel follows. */
    private static int fallbackGi(String lower) {
        return lower.startsWith("gi") ? 1 : -1;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
