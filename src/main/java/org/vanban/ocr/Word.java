package org.vanban.ocr;

import java.util.Objects;

/**
 * A recognised word with its box in page pixels (left/top inclusive, right/bottom exclusive), the
 * baseline of its text line (y in pixels), the index of that line on the page, and the engine's
 * confidence (0-100).
 */
public record Word(String text, int left, int top, int right, int bottom, int baseline, int line, float confidence) {
    public Word {
        Objects.requireNonNull(text, "text");
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("bad box for '" + text + "': " + left + "," + top + "," + right + "," + bottom);
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be 0-100: " + confidence);
        }
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }
}
