package org.vanban.index;

import static org.vanban.index.IndexFields.*;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * Combines shard indexes (built by {@code vanban index --shard I/N} on several machines) into one:
 * Lucene's {@link IndexWriter#addIndexes(CodecReader...)} over every shard's live documents, so the
 * result answers exactly as one index built from all the inputs (deleted documents are dropped,
 * not carried over into term statistics). OCR artefacts are copied (hard-linked when possible)
 * before the commit that references them. Each shard's write lock is held during the merge so no
 * run can change a shard half-way; a document id found in two shards is refused (the shards were
 * not built with the same N), one already in the output is replaced.
 */
public final class IndexMerger {
    private IndexMerger() {}

    /** What a merge did. */
    public record MergeSummary(int shards, long documents, long replaced, long artefacts, double seconds) {}

    public static MergeSummary merge(IndexLayout out, List<IndexLayout> shards) throws IOException {
        long t0 = System.nanoTime();
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("no shards to merge");
        }
        Set<Path> distinct = new HashSet<>();
        for (IndexLayout s : shards) {
            if (!distinct.add(s.root())) {
                throw new IllegalArgumentException("shard " + s.root() + " is given twice");
            }
            if (s.root().equals(out.root())) {
                throw new IllegalArgumentException("the output " + out.root() + " is also given as a shard");
            }
            if (!s.exists()) {
                throw new IndexMissingException(s);
            }
        }
        List<Directory> dirs = new ArrayList<>();
        List<Lock> locks = new ArrayList<>();
        List<DirectoryReader> readers = new ArrayList<>();
        ArchiveWriter writer = ArchiveWriter.open(out);
        boolean merged = false;
        try {
            for (IndexLayout s : shards) {
                Directory d = FSDirectory.open(s.lucene());
                dirs.add(d);
                try {
                    locks.add(d.obtainLock(IndexWriter.WRITE_LOCK_NAME));
                } catch (LockObtainFailedException e) {
                    throw new IndexLockedException(s, LockInfo.read(s), e);
                }
                DirectoryReader r = DirectoryReader.open(d);
                readers.add(r);
                String schema = r.getIndexCommit().getUserData().get(ArchiveWriter.SCHEMA_KEY);
                if (schema != null && !schema.equals(ArchiveWriter.SCHEMA_VERSION)) {
                    throw new IllegalStateException("shard " + s.root() + " has schema " + schema + ", not " + ArchiveWriter.SCHEMA_VERSION);
                }
            }
            Map<String, Path> owner = new HashMap<>();
            long documents = 0;
            for (int i = 0; i < readers.size(); i++) {
                for (String id : documentIds(readers.get(i))) {
                    Path previous = owner.putIfAbsent(id, shards.get(i).root());
                    if (previous != null) {
                        throw new IllegalStateException("document " + id + " is in both " + previous + " and " + shards.get(i).root()
                                + ": shards must be built from one --shard I/N split");
                    }
                    documents++;
                }
            }
            Set<String> existing = new HashSet<>();
            writer.forEachDocument((id, source) -> {
                if (owner.containsKey(id)) {
                    existing.add(id);
                }
            });
            long artefacts = 0;
            for (IndexLayout s : shards) {
                artefacts += copyArtefacts(s.artefacts(), out.artefacts());
            }
            List<CodecReader> leaves = new ArrayList<>();
            for (DirectoryReader r : readers) {
                for (LeafReaderContext leaf : r.leaves()) {
                    leaves.add(SlowCodecReaderWrapper.wrap(leaf.reader()));
                }
            }
            writer.addShards(leaves, new ArrayList<>(existing));
            writer.close(); // the commit: all shards at once, or (on any failure before it) nothing
            merged = true;
            return new MergeSummary(shards.size(), documents, existing.size(), artefacts, (System.nanoTime() - t0) / 1e9);
        } finally {
            if (!merged) {
                try {
                    writer.abandon();
                } catch (IOException | RuntimeException e) {
                    // the failure that stopped the merge is the one to report
                }
            }
            for (DirectoryReader r : readers) {
                r.close();
            }
            for (Lock l : locks) {
                l.close();
            }
            for (Directory d : dirs) {
                d.close();
            }
        }
    }

    /** Ids of the live directives of an index. */
    static List<String> documentIds(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight w = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(KIND, Kind.DOCUMENT.value()))),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<String> ids = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            var stored = leaf.reader().storedFields();
            DocIdSetIterator it = s.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    ids.add(stored.document(doc, Set.of(DOC_ID)).get(DOC_ID));
                }
            }
        }
        return ids;
    }

    /** Links (or copies) artefacts missing from {@code to}; they are keyed by content, so an existing one is the same. */
    private static long copyArtefacts(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long n = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // a temporary file of a killed run
                }
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                // Each file lands whole (renamed into place); an artefact missing its other half is
                // only a cache miss, which costs one OCR, never a wrong text.
                Path tmp = target.resolveSibling(".merge-" + name);
                Files.deleteIfExists(tmp);
                try {
                    Files.createLink(tmp, f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, tmp);
                }
                try {
                    Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp);
                }
                n++;
            }
        }
        return n;
    }
}
