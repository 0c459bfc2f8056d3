package org.vanban.text.restore;

import java.util.Objects;
import org.vanban.text.lm.LmText;

/**
 * One input token as the channel models see it.
 *
 * @param text the token as written (NFC)
 * @param kind word, number, mixed letters and digits, or punctuation
 * @param form its language-model form (lower case, canonical tone placement)
 * @param skeleton lower case without diacritics
 * @param inVocabulary whether the language model knows the form
 * @param hasDiacritics whether the token carries any Vietnamese diacritic
 * @param protectedSymbol an upper-case part of a document symbol ({@code 12-CT/TW}): only đ may be restored
 * @param suspicious a token that may be damaged although the model may know it: unknown to the model, or
 *     not a Vietnamese syllable and not an upper-case abbreviation ({@code Pang}, {@code cwong}), or any
 *     word but an abbreviation in legacy OCR text
 */
public record Observation(String text, LmText.Kind kind, String form, String skeleton, boolean inVocabulary,
        boolean hasDiacritics, boolean protectedSymbol, boolean suspicious) {
    public Observation {
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(form);
        Objects.requireNonNull(skeleton);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
    }
}
