package org.vanban.ocr;

import java.util.List;
import java.util.Objects;

/**
 * The text of one page.
 *
 * @param number     1-based page number in its source
 * @param text       the final text (after the correction hook), NFC
 * @param rawText    the text as the engine or text layer gave it, NFC, before correction
 * @param confidence mean word confidence 0-100; 100 for text-layer pages, 0 when no word was found
 * @param mode       where the text came from
 * @param dpi        resolution of the OCRed image; 0 for text-layer pages
 * @param millis     time spent on the page (decoding and recognition)
 * @param words      recognised words with boxes (empty for text-layer pages)
 */
public record PageText(int number, String text, String rawText, double confidence, PageMode mode, int dpi,
        long millis, List<Word> words) {
    public PageText {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1: " + number);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(mode, "mode");
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be 0-100: " + confidence);
        }
        if (dpi < 0 || (mode == PageMode.OCR && dpi == 0)) {
            throw new IllegalArgumentException("bad dpi " + dpi + " for a " + mode.label() + " page");
        }
        if (millis < 0) {
            throw new IllegalArgumentException("millis must be >= 0: " + millis);
        }
        words = List.copyOf(words);
    }

    /** The words the engine doubted, on their lines of the raw text; none for text-layer pages. */
    public List<DoubtfulWord> doubtful() {
        return mode == PageMode.OCR ? DoubtfulWords.of(rawText, words) : List.of();
    }
}
