package org.vanban.index;

import java.util.Objects;
import org.vanban.extract.Directive;

/**
 * One source file ready for the index: its identity, its text and what was extracted from it.
 *
 * @param id         stable document id (see {@link DocIds})
 * @param source     the source path as given to the index run, absolute and normalised
 * @param hash       SHA-256 of the source file's bytes: an unchanged file is not indexed again
 * @param text       the document's text in NFC, which every span of {@code directive} points into
 * @param textMethod how the text was obtained ("text" for text files, "ocr" for scans)
 * @param directive  what extraction found
 */
public record IndexedDocument(String id, String source, String hash, String text, String textMethod, Directive directive) {
    public IndexedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textMethod, "textMethod");
        Objects.requireNonNull(directive, "directive");
    }
}
