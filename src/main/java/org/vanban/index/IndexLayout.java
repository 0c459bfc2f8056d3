package org.vanban.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index directory holds: the Lucene index in {@code lucene/}, and in {@code artefacts/} the
 * text (and OCR JSON) made from each source, by content hash, so that re-indexing never re-does OCR.
 * The artefacts are a cache: the Lucene commit is the only state, and a lost artefact is remade.
 */
public record IndexLayout(Path root) {
    public IndexLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path lucene() {
        return root.resolve("lucene");
    }

    public Path artefacts() {
        return root.resolve("artefacts");
    }

    /** True when a committed index is there to be searched. */
    public boolean exists() throws IOException {
        if (!Files.isDirectory(lucene())) {
            return false;
        }
        try (Directory dir = FSDirectory.open(lucene())) {
            return DirectoryReader.indexExists(dir);
        }
    }
}
