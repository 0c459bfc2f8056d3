package org.vanban.ocr;

import java.io.IOException;

/**
 * Receives the pages of one file in order as they are done (e.g. to stream them into a searchable
 * PDF), so page images need not be kept until the whole file is finished.
 */
public interface PageSink {
    PageSink NONE = new PageSink() {
        @Override
        public void page(PageText page, GrayImage image) {}

        @Override
        public void finish(OcrResult result) {}

        @Override
        public void abort() {}
    };

    /** One page; {@code image} is null for text-layer pages unless images were asked for. */
    void page(PageText page, GrayImage image) throws IOException;

    /** All pages were delivered; write the outputs. Exceptions fail the file. */
    void finish(OcrResult result) throws IOException;

    /** The file failed: drop anything half-written. May be called from another thread. */
    void abort();
}
