package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The only writer of an index. Opening it takes Lucene's write lock, so a second writer fails at
 * once ({@link IndexLockedException}); a document and its obligations and citations are replaced as
 * one block ({@link IndexWriter#updateDocuments}), so a reader never sees half a document; and
 * nothing but a Lucene commit records progress, so after a crash the index is the last commit and a
 * re-run redoes exactly the files whose hash it does not hold. Thread-safe: workers call
 * {@link #replace} concurrently.
 */
public final class ArchiveWriter implements Closeable {
    /** Stored in every commit; a reader refuses an index written with another schema. */
    public static final String SCHEMA_KEY = "vanban.schema";
    public static final String SCHEMA_VERSION = "1";

    private final IndexLayout layout;
    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper();
    /** The index as it was when this run started: what "unchanged" is judged against. */
    private final DirectoryReader before;
    private final IndexSearcher beforeSearcher;

    private ArchiveWriter(IndexLayout layout, Directory directory, IndexWriter writer) throws IOException {
        this.layout = layout;
        this.directory = directory;
        this.writer = writer;
        this.before = DirectoryReader.open(writer);
        this.beforeSearcher = new IndexSearcher(before);
    }

    /** Opens (creating when missing) the index of {@code layout} for writing. */
    public static ArchiveWriter open(IndexLayout layout) throws IOException {
        Files.createDirectories(layout.lucene());
        Directory dir = FSDirectory.open(layout.lucene());
        IndexWriterConfig config = new IndexWriterConfig(new IndexSchema().analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        IndexWriter writer;
        try {
            writer = new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexLockedException(layout, e);
        }
        try {
            return new ArchiveWriter(layout, dir, writer);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            dir.close();
            throw e;
        }
    }

    public IndexLayout layout() {
        return layout;
    }

    /** The content hash the index held for {@code source} when this run started, if any. */
    public Optional<String> hashOf(String source) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SOURCE, source)), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, Kind.DOCUMENT.value())), Occur.FILTER)
                .build();
        TopDocs top = beforeSearcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document d = beforeSearcher.storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(HASH));
        return Optional.ofNullable(d.get(HASH));
    }

    /** Adds the document, or replaces every Lucene document of the same id, atomically. */
    public void replace(IndexedDocument doc) throws IOException {
        writer.updateDocuments(new Term(DOC_ID, doc.id()), mapper.map(doc));
    }

    /** Removes a document with its obligations and citations. */
    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(DOC_ID, docId));
    }

    /** Makes everything added so far durable; the unit of crash safety. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
    }

    /** Commits and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            try {
                before.close();
                writer.close();
            } finally {
                directory.close();
            }
        }
    }

    /** Drops everything since the last commit and releases the lock: for a run that must change nothing. */
    public void abandon() throws IOException {
        try {
            before.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
