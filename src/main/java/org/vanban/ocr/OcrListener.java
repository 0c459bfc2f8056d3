package org.vanban.ocr;

import java.nio.file.Path;

/**
 * Hears about each file of a batch. Calls come from worker threads, one file at a time per file
 * but several files at once: implementations synchronise what they share.
 */
public interface OcrListener {
    /** Where the pages of a file go as they are done; called once per file before its first page. */
    default PageSink sink(Path file) throws java.io.IOException {
        return PageSink.NONE;
    }

    /** A page of some file is done (for progress display). */
    default void pageDone(Path file, PageText page) {}

    /** The file is done and its sink finished. */
    void succeeded(Path file, OcrResult result);

    /** The file failed; {@code reason} is one line for the user. */
    void failed(Path file, String reason);
}
