package org.vanban.pipeline;

import java.util.List;
import java.util.Objects;
import org.vanban.ocr.DoubtfulWord;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.PageText;

/**
 * The text of a source file, in NFC.
 *
 * @param text   the text, NFC
 * @param method how it was obtained: "text" (a text file), "legacy-tcvn3"/"legacy-vni" (a text file
 *               converted from a legacy encoding), "ocr" (a scan), "text-layer" (a PDF's own text)
 * @param pages  pages OCR'd to make it (0 for text files and for text read from the artefact cache)
 * @param ocr    the OCR engine's full output (pages, raw and corrected text, confidences), stored
 *               beside the index; null for text files and for text read back from the cache
 * @param doubtful for each page of OCR text, the words the engine doubted (what {@link Correction} may
 *               read again); empty when there is no such list, as for text files
 */
public record SourceText(String text, String method, int pages, OcrResult ocr, List<List<DoubtfulWord>> doubtful) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        if (pages < 0) {
            throw new IllegalArgumentException("pages < 0");
        }
        doubtful = doubtful.stream().map(List::copyOf).toList();
    }

    public SourceText(String text, String method, int pages) {
        this(text, method, pages, null, List.of());
    }

    /** Text made by OCR now: the doubted words are those of its pages. */
    public SourceText(String text, String method, int pages, OcrResult ocr) {
        this(text, method, pages, ocr, ocr == null ? List.of() : ocr.pages().stream().map(PageText::doubtful).toList());
    }
}
