package org.vanban.ocr;

import java.text.Normalizer;

/**
 * Decides whether a PDF page's text layer holds real text worth using instead of OCR.
 *
 * <p>Refused: empty or near-empty layers (scans, scans with a page number stamped on), and
 * legacy-encoded Vietnamese, where fonts like .VnTime (TCVN3) or VNI-Times map Vietnamese glyphs
 * onto Latin-1 code points, so the extracted text reads "Céng hßa X· héi" or "Coäng hoøa xaõ
 * hoäi". Such words contain characters no Vietnamese (or English) word has: ß, ·, ¸, µ, ä, ø, Ö …
 * A layer is accepted when at least {@value #MIN_LETTERS} letters are there and at most
 * {@value #MAX_BAD_SHARE} of its words contain such characters.
 */
public final class TextLayerJudge {
    static final int MIN_LETTERS = 20;
    static final double MAX_BAD_SHARE = 0.05;

    /** Letters with Vietnamese diacritics, lower case; upper case is checked through toLowerCase. */
    private static final String VIETNAMESE =
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    public enum Verdict {
        USE("real text"),
        EMPTY("empty or near-empty text layer"),
        GARBAGE("text layer in a legacy encoding (TCVN3/VNI) or garbled");

        private final String description;

        Verdict(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private TextLayerJudge() {}

    public static Verdict judge(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int letters = 0;
        int unmapped = 0;
        int visible = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
            // Fonts without a Unicode map come out as replacement or private-use characters.
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
                unmapped++;
            }
        }
        if (unmapped >= MIN_LETTERS / 2 && unmapped > MAX_BAD_SHARE * visible) {
            return Verdict.GARBAGE;
        }
        if (letters < MIN_LETTERS) {
            return Verdict.EMPTY;
        }
        int words = 0;
        int bad = 0;
        for (String token : nfc.split("\\s+")) {
            if (token.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            words++;
            if (!plausibleWord(token)) {
                bad++;
            }
        }
        return bad > MAX_BAD_SHARE * words ? Verdict.GARBAGE : Verdict.USE;
    }

    /**
     * True when every letter of the token is a letter of Vietnamese or English, and no symbol of
     * the Latin-1 supplement (where legacy fonts put Vietnamese glyphs) or replacement character
     * sits in it.
     */
    static boolean plausibleWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) || (c >= '\u0080' && c <= '\u00BF')
                    || c == '\u00D7' || c == '\u00F7') {
                return false;
            }
            if (Character.isLetter(c)) {
                char lower = Character.toLowerCase(c);
                boolean ascii = lower >= 'a' && lower <= 'z';
                if (!ascii && VIETNAMESE.indexOf(lower) < 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
