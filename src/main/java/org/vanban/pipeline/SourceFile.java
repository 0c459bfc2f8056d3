package org.vanban.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A source file as the run saw it: its path and the SHA-256 of its bytes, which decides whether it
 * changed since the last run and names its cached artefacts.
 *
 * @param path    the file
 * @param hash    SHA-256 of its bytes, lower-case hex
 * @param content the bytes that were hashed, for text files (read once, so the text indexed is
 *                exactly what was hashed); null for scans, which are hashed as a stream and read
 *                again, page by page, by the OCR engine
 */
public record SourceFile(Path path, String hash, byte[] content) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
    }
}
