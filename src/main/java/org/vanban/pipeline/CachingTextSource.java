package org.vanban.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Wraps an expensive source (OCR): text already made from the same bytes is read back instead. */
public final class CachingTextSource implements TextSource {
    private final TextSource inner;
    private final ArtefactStore store;

    public CachingTextSource(TextSource inner, ArtefactStore store) {
        this.inner = inner;
        this.store = store;
    }

    @Override
    public SourceText read(SourceFile file) throws UnreadableSourceException {
        if (file.hash() != null) {
            var cached = store.get(file.hash());
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        SourceText made = inner.read(file);
        // A file read before it was hashed (a new index) is stored under the hash of the bytes OCR read.
        String key = file.hashAfterReading(made);
        if (key == null) {
            return made;
        }
        try {
            // Before the document is handed to the index, so before the commit that records its hash.
            store.put(key, made);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write artefact for " + file.path() + ": " + e.getMessage(), e);
        }
        return made;
    }
}
