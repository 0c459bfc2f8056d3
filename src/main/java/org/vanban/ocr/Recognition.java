package org.vanban.ocr;

import java.util.List;
import java.util.Objects;

/** What the engine found on one page image: the text in reading order and the words with boxes. */
public record Recognition(String text, List<Word> words) {
    public Recognition {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
    }

    /** Mean word confidence, 0 when there are no words. */
    public double meanConfidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
