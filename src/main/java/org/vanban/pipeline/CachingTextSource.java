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
        var cached = store.get(file.hash());
        if (cached.isPresent()) {
            return cached.get();
        }
        SourceText made = inner.read(file);
        try {
            store.put(file.hash(), made);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write artefact for " + file.path() + ": " + e.getMessage(), e);
        }
        return made;
    }
}
