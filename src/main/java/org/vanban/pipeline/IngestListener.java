package org.vanban.pipeline;

import java.nio.file.Path;

/**
 * Hears what an ingest run does, as it happens (for logs and the progress bar). Called from
 * worker threads concurrently: implementations synchronise what they share.
 */
public interface IngestListener {
    IngestListener NONE = f -> {};

    /** The inputs were listed: {@code files} will be read (after sharding). */
    default void started(int files) {}

    /** A file was indexed, skipped as unchanged, or failed; {@code pagesOcred} pages went through OCR for it. */
    default void fileDone(Path file, int pagesOcred) {}

    /** A file could not be indexed; reported once per file. */
    void failed(FileFailure failure);

    /** A commit made the work so far durable. */
    default void committed(int documentsSoFar) {}
}
