package org.vanban.ocr;

import java.util.Objects;

/**
 * A word the engine read with low confidence, placed on its line of the page's raw text: what a
 * corrector may read again from context.
 *
 * @param line       0-based line of the page's raw text (blank lines counted)
 * @param word       the word as the engine wrote it
 * @param confidence the engine's confidence, 0-100
 */
public record DoubtfulWord(int line, String word, float confidence) {
    public DoubtfulWord {
        Objects.requireNonNull(word, "word");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be 0-100: " + confidence);
        }
    }
}
