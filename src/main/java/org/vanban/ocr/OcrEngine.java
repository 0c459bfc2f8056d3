package org.vanban.ocr;

/**
 * An OCR engine bound to one thread. Engines hold native state and are not thread-safe: the
 * {@link OcrService} creates one per worker thread and never shares it.
 */
public interface OcrEngine extends AutoCloseable {
    /** Recognises the text of one page image. */
    Recognition recognize(GrayImage image) throws OcrEngineException;

    /** Releases the native engine. */
    @Override
    void close();
}
