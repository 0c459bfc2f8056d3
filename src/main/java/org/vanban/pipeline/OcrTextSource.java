package org.vanban.pipeline;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.vanban.ocr.InputException;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.PageMode;
import org.vanban.ocr.PageText;

/**
 * Scans (PDF, TIFF, PNG, JPEG) to text through the OCR library's public entry point. The service
 * runs one engine per core; ingest workers call {@link #read} concurrently and each file's pages
 * are streamed through the shared engines, so at most a few page images are in memory at once.
 * The service runs without a corrector: its text is cached as Tesseract gave it, and corrected
 * afterwards ({@link Correction}).
 */
public final class OcrTextSource implements TextSource {
    private final OcrService service;

    public OcrTextSource(OcrService service) {
        this.service = service;
    }

    @Override
    public SourceText read(SourceFile file) throws UnreadableSourceException {
        OcrResult result = file.parts().size() == 1 ? one(file) : pageImages(file);
        return new SourceText(Normalizer.normalize(result.text(), Normalizer.Form.NFC), method(result), ocrPages(result), result);
    }

    private OcrResult one(SourceFile file) throws UnreadableSourceException {
        OcrResult result;
        try {
            result = service.process(file.path());
        } catch (InputException e) {
            throw new UnreadableSourceException(e.getMessage(), e);
        }
        // The engine hashes the bytes it read; a file rewritten between our hash and its read would
        // store this text under the wrong hash, so it is refused and picked up again next run. (A file
        // not hashed before is guarded by the engine: it refuses a file whose size, modification
        // time or inode changed while it was read.)
        if (file.hash() != null && !result.sha256().equals(file.hash())) {
            throw new UnreadableSourceException("changed while being read (it will be indexed on the next run)");
        }
        return result;
    }

    /**
     * A document kept as one image per page: the images are OCR'd together (the engines take
     * pages of several images at once) and their pages joined in order, numbered from 1.
     */
    private OcrResult pageImages(SourceFile file) throws UnreadableSourceException {
        OcrService.Collected ocr = service.collect(file.parts());
        List<PageText> pages = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Path part : file.parts()) {
            OcrResult r = ocr.results().get(part);
            if (r == null) {
                throw new UnreadableSourceException("page file " + part.getFileName() + ": "
                        + ocr.failures().getOrDefault(part, "interrupted"));
            }
            hashes.add(r.sha256());
            for (PageText p : r.pages()) {
                pages.add(new PageText(pages.size() + 1, p.text(), p.rawText(), p.confidence(), p.mode(), p.dpi(), p.millis(), p.words()));
            }
        }
        String hash = SourceFile.ofParts(hashes);
        if (file.hash() != null && !hash.equals(file.hash())) {
            throw new UnreadableSourceException("changed while being read (it will be indexed on the next run)");
        }
        return new OcrResult(file.path().toString(), hash, pages);
    }

    /** "ocr" when any page went through the engine; "text-layer" for a PDF whose own text was used throughout. */
    static String method(OcrResult result) {
        return result.pages().stream().anyMatch(p -> p.mode() == PageMode.OCR) ? "ocr" : "text-layer";
    }

    static int ocrPages(OcrResult result) {
        int n = 0;
        for (PageText p : result.pages()) {
            if (p.mode() == PageMode.OCR) {
                n++;
            }
        }
        return n;
    }
}
