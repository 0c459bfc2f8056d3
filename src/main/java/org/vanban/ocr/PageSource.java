package org.vanban.ocr;

/**
 * The pages of one input, decoded one at a time so a batch never holds more than a few page
 * images in memory. Not thread-safe: one source is read by one thread.
 */
public interface PageSource extends AutoCloseable {
    /** The next page, or null after the last one. */
    SourcePage next() throws InputException;

    /** How many pages the file says it has (may be wrong for damaged files); -1 when unknown. */
    int declaredPages();

    @Override
    void close();
}
