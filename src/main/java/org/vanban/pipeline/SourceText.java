package org.vanban.pipeline;

import java.util.Objects;

/**
 * The text of a source file, in NFC.
 *
 * @param text   the text, NFC
 * @param method how it was obtained: "text" (a text file), "ocr" (a scan), or an engine's own name
 * @param pages  pages OCR'd to make it (0 for text files and for text read from the artefact cache)
 */
public record SourceText(String text, String method, int pages) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        if (pages < 0) {
            throw new IllegalArgumentException("pages < 0");
        }
    }
}
