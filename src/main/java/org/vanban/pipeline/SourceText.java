package org.vanban.pipeline;

import java.util.Objects;
import org.vanban.ocr.OcrResult;

/**
 * The text of a source file, in NFC.
 *
 * @param text   the text, NFC
 * @param method how it was obtained: "text" (a text file), "legacy-tcvn3"/"legacy-vni" (a text file
 *               converted from a legacy encoding), "ocr" (a scan), "text-layer" (a PDF's own text)
 * @param pages  pages OCR'd to make it (0 for text files and for text read from the artefact cache)
 * @param ocr    the OCR engine's full output (pages, raw and corrected text, confidences), stored
 *               beside the index; null for text files and for text read back from the cache
 */
public record SourceText(String text, String method, int pages, OcrResult ocr) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        if (pages < 0) {
            throw new IllegalArgumentException("pages < 0");
        }
    }

    public SourceText(String text, String method, int pages) {
        this(text, method, pages, null);
    }
}
