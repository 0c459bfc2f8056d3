package org.vanban.text.legacy;

import java.util.Objects;
import java.util.Optional;
import org.vanban.text.Token;
import org.vanban.text.TokenType;
import org.vanban.text.VietnameseText;

/**
 * Detects whether a text is Vietnamese in a legacy encoding. Each candidate encoding is tried: the text is
 * decoded and the share of words that are well-formed Vietnamese syllables is compared before and after. Legacy
 * text gains many syllables ("Céng hßa" → "Cộng hòa"); Unicode Vietnamese, English or French text gains none
 * or loses some, so it is left alone.
 */
public final class LegacyEncoding {
    /** Minimal gain in the share of syllables among words for the text to count as legacy-encoded. */
    static final double MIN_GAIN = 0.15;
    /** Minimal share of syllables among the decoded words: decoding must give Vietnamese, not other noise. */
    static final double MIN_DECODED_SHARE = 0.5;

    /** How well one encoding explains a text. */
    public record Detection(Encoding encoding, double score, int wordsGained, int words) {
        public Detection {
            Objects.requireNonNull(encoding, "encoding");
            if (words < 0 || wordsGained > words) {
                throw new IllegalArgumentException("gained " + wordsGained + " of " + words + " words");
            }
        }
    }

    private LegacyEncoding() {}

    /** The legacy encoding of the text, or empty when it reads better as it is (Unicode, ASCII, other languages). */
    public static Optional<Encoding> detect(String text) {
        return best(text).map(Detection::encoding);
    }

    /** The best-scoring encoding with its score, when one passes the thresholds. */
    public static Optional<Detection> best(String text) {
        if (isPlainlyUnicode(text)) {
            return Optional.empty();
        }
        Detection best = null;
        for (Encoding e : Encoding.values()) {
            Detection d = score(text, e);
            if (d.wordsGained() >= 1 && d.score() >= MIN_GAIN && (best == null || d.score() > best.score())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The gain in the share of Vietnamese syllables among word tokens when the text is decoded from
     * {@code encoding} (negative when decoding spoils it), or 0 when the text has no code of the encoding or the
     * decoded text is not mostly Vietnamese.
     */
    public static Detection score(String text, Encoding encoding) {
        Objects.requireNonNull(text, "text");
        boolean hasCode = false;
        for (int i = 0; i < text.length() && !hasCode; i++) {
            hasCode = LegacyTables.isCode(text.charAt(i), encoding);
        }
        if (!hasCode) {
            return new Detection(encoding, 0, 0, 0);
        }
        String decoded = LegacyDecoder.toUnicode(text, encoding);
        int[] before = count(VietnameseText.nfc(text));
        int[] after = count(decoded);
        int words = after[1];
        if (words == 0 || after[0] < MIN_DECODED_SHARE * words) {
            return new Detection(encoding, 0, 0, words);
        }
        int gained = Math.max(0, after[0] - before[0]);
        double score = (after[0] - before[0]) / (double) words;
        return new Detection(encoding, score, Math.min(gained, words), words);
    }

    /**
     * Letters only Unicode can hold (ă, đ, ĩ, ũ, ơ, ư and the whole Latin Extended
     * Additional block of tone-marked vowels) make up at least this share of the letters: legacy text is
     * read byte by byte into Latin-1 or Windows-1252 characters and can contain none of them.
     */
    static final double PLAIN_UNICODE_SHARE = 0.03;

    /**
     * True when the text is evidently Unicode Vietnamese. Every text file is checked on import and
     * decoding and tokenising it once per legacy encoding was a tenth of the cost of indexing it;
     * this scan is a small fraction of that.
     */
    static boolean isPlainlyUnicode(String text) {
        int letters = 0;
        int unicodeOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (isUnicodeOnlyVietnamese(c)) {
                    unicodeOnly++;
                }
            }
        }
        return unicodeOnly > 0 && unicodeOnly >= PLAIN_UNICODE_SHARE * letters;
    }

    private static boolean isUnicodeOnlyVietnamese(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9')
                || c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ĩ' || c == 'Ĩ'
                || c == 'ũ' || c == 'Ũ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư';
    }

    /** Convenience: the text converted to Unicode when it is detected as legacy-encoded, else unchanged (NFC). */
    public static String toUnicodeIfLegacy(String text) {
        return detect(text).map(e -> LegacyDecoder.toUnicode(text, e)).orElseGet(() -> VietnameseText.nfc(text));
    }

    /** {syllables, words}: tokens with letters that are syllables, and all tokens with letters. */
    private static int[] count(String text) {
        int syllables = 0;
        int words = 0;
        for (Token t : VietnameseText.tokenize(text)) {
            if (t.type() == TokenType.PUNCTUATION || t.type() == TokenType.NUMBER) {
                continue;
            }
            if (t.text().chars().anyMatch(Character::isLetter)) {
                words++;
                if (t.type() == TokenType.SYLLABLE) {
                    syllables++;
                }
            }
        }
        return new int[] {syllables, words};
    }
}
