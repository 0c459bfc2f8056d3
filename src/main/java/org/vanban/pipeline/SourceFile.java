package org.vanban.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A source file read once: its bytes and their SHA-256, which decides whether it changed since the
 * last run and names its cached artefacts.
 */
public record SourceFile(Path path, byte[] content, String hash) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hash, "hash");
    }
}
