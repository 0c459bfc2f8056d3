package org.vanban.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vanban.index.DocIds;

/**
 * A source file as the run saw it: its path and the SHA-256 of its bytes, which decides whether it
 * changed since the last run and names its cached artefacts.
 *
 * @param path    the file (for a document kept as one image per page: its first page)
 * @param hash    SHA-256 of its bytes, lower-case hex; for page images, {@link #ofParts} of theirs;
 *                null when the scan was not hashed before reading ({@link #unhashed}): the OCR source
 *                then hashes the bytes it reads, and the document takes that hash
 * @param content the bytes that were hashed, for text files (read once, so the text indexed is
 *                exactly what was hashed); null for scans, which are hashed as a stream and read
 *                again, page by page, by the OCR engine
 * @param parts   the files of the document in page order: {@code [path]}, or its page images
 */
public record SourceFile(Path path, String hash, byte[] content, List<Path> parts) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        parts = List.copyOf(parts);
    }

    public SourceFile(Path path, String hash, byte[] content) {
        this(path, hash, content, List.of(path));
    }

    /**
     * A scan (or a document's page images) to be read without hashing it first. Nothing can be
     * skipped or found in the cache for a source that a new index has never seen, and hashing a
     * scan before OCR would read it twice and hold back its first page while the engines wait.
     */
    public static SourceFile unhashed(List<Path> parts) {
        return new SourceFile(parts.get(0), null, null, parts);
    }

    /**
     * The hash the document is known by once {@code text} was read from it: its own, or for a file
     * read unhashed, the one OCR took of the bytes it read; null when there is neither (text without
     * OCR output, read from a file never hashed).
     */
    public String hashAfterReading(SourceText text) {
        return hash != null ? hash : text.ocr() != null ? text.ocr().sha256() : null;
    }

    /**
     * The hash of a document made of several files: SHA-256 of their hashes, one per line, in page
     * order. Any page changing, or a page added or removed, changes it.
     */
    public static String ofParts(List<String> partHashes) {
        StringBuilder lines = new StringBuilder();
        for (String h : partHashes) {
            lines.append(h).append('\n');
        }
        return DocIds.sha256(lines.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
