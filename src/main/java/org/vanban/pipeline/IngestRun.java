package org.vanban.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.vanban.extract.Directive;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.DocIds;
import org.vanban.index.IndexedDocument;
import org.vanban.ocr.OcrEngineException;

/**
 * The ingest run: for every input file of this shard, read → hash → (skip when the index holds the
 * same hash) → text → extraction → index, on {@code jobs} worker threads; then, with prune, delete
 * the documents whose source disappeared. A file that fails is reported once with its reason and
 * the run goes on; only a failure of the index itself stops it.
 *
 * <p>Durability: the Lucene commit is the only record of progress. Content hashes live in the
 * index (a stored field of each document), OCR artefacts are written before the document that
 * needs them is handed to the writer, and documents are replaced by id as whole groups, so a run
 * killed at any moment leaves the last commit, and the next run redoes exactly the files whose
 * hash that commit does not hold, without duplicates.
 */
public final class IngestRun {
    private final IngestConfig config;
    private final SourceTexts sources;
    private final ThreadLocal<Extractor> extractor;
    /** Documents of single page images removed because the images are now pages of one document. */
    private final AtomicInteger joinedPages = new AtomicInteger();
    private final IngestListener listener;
    private final EnginesReady engines;

    /**
     * Waits for the run's OCR engines, which start in the background while the first files are
     * hashed and decoded; fails with the reason when they could not start.
     */
    @FunctionalInterface
    interface EnginesReady {
        EnginesReady NONE = () -> {};

        void await() throws OcrEngineException;
    }

    /** A run whose engines, if any, are already up. */
    public IngestRun(IngestConfig config, SourceTexts sources, Supplier<Extractor> extractors, IngestListener listener) {
        this(config, sources, extractors, listener, EnginesReady.NONE);
    }

    /**
     * @param extractors makes one extractor per worker thread
     * @param listener   told of each file and failure as it happens
     * @param engines    awaited before the index is first changed and before a failure is
     *                   reported: when the engines cannot start, the run ends with
     *                   {@link EnginesFailed} having changed nothing, instead of failing every
     *                   scan one by one
     */
    IngestRun(IngestConfig config, SourceTexts sources, Supplier<Extractor> extractors, IngestListener listener,
            EnginesReady engines) {
        this.config = config;
        this.sources = sources;
        this.extractor = ThreadLocal.withInitial(extractors);
        this.listener = listener;
        this.engines = engines;
    }

    /** The run's OCR engines could not start (the cause says why); the index was not changed. */
    static final class EnginesFailed extends RuntimeException {
        EnginesFailed(OcrEngineException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private void awaitEngines() {
        try {
            engines.await();
        } catch (OcrEngineException e) {
            throw new EnginesFailed(e);
        }
    }

    private enum Outcome { ADDED, UPDATED, UNCHANGED, FAILED }

    /** The files this run would read: the walk of the inputs, then this run's shard of them. */
    public static InputFiles.Found plan(IngestConfig config) {
        InputFiles.Found all = InputFiles.walk(config.inputs(), config.index().root());
        List<InputFiles.Input> mine = all.files().stream().filter(f -> config.shard().takes(f.shardKey())).toList();
        return new InputFiles.Found(mine, all.failures());
    }

    /** Walks the inputs and runs. */
    public IngestSummary run(ArchiveWriter writer) throws IOException {
        return run(writer, plan(config));
    }

    /** Runs over the files of {@code plan} (from {@link #plan}), reporting its walk failures first. */
    public IngestSummary run(ArchiveWriter writer, InputFiles.Found plan) throws IOException {
        long start = System.nanoTime();
        ConcurrentLinkedQueue<FileFailure> failures = new ConcurrentLinkedQueue<>();
        for (FileFailure f : plan.failures()) {
            fail(failures, f);
        }
        List<InputFiles.Input> files = largestFirst(plan.files());
        listener.started(files.size());
        AtomicInteger[] counts = new AtomicInteger[Outcome.values().length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new AtomicInteger();
        }
        AtomicInteger pages = new AtomicInteger();
        Committer committer = new Committer(writer);
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        // A new index has nothing to compare a scan with: it is read without hashing it first.
        boolean hashScansFirst = sources.mayHaveCachedText();
        // Bounded in-flight work: memory stays flat however many files there are.
        // With OCR, two workers per engine: a worker holds its file from hashing to indexing, so
        // while one waits for its page to be read, another has the next page decoded and queued.
        // With only one spare worker an engine that finished at the same time as the other waited
        // about half a second (the correction, extraction and indexing of a file, then the hashing
        // and decoding of the next) for its next page.
        int workers = config.jobs() * (sources.hasOcr() ? 2 : 1);
        Semaphore inFlight = new Semaphore(workers * 2);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "vanban-index");
            t.setDaemon(true);
            return t;
        });
        try {
            for (InputFiles.Input file : files) {
                inFlight.acquireUninterruptibly();
                if (fatal.get() != null) {
                    break;
                }
                pool.execute(() -> {
                    try {
                        int[] filePages = {0};
                        Outcome o = one(file, writer, failures, filePages, hashScansFirst);
                        counts[o.ordinal()].incrementAndGet();
                        pages.addAndGet(filePages[0]);
                        listener.fileDone(file.path(), filePages[0]);
                        if (o == Outcome.ADDED || o == Outcome.UPDATED) {
                            committer.documentAdded();
                        }
                    } catch (Throwable e) {
                        fatal.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the workers; a fatal error lets them finish their current file
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Throwable f = fatal.get();
        if (f instanceof EnginesFailed e) {
            throw e;
        }
        if (f != null) {
            // Only index failures escape a file: the index is unusable, so the run stops at its last commit.
            throw f instanceof IOException io ? io : new IOException("indexing failed: " + f.getMessage(), f);
        }
        awaitEngines(); // a run of unchanged files still ends as one whose engines failed
        int deleted = (config.prune() ? prune(writer) : 0) + joinedPages.get();
        writer.commit();
        List<FileFailure> failed = new ArrayList<>(failures);
        failed.sort(Comparator.comparing(FileFailure::path));
        return new IngestSummary(
                counts[Outcome.ADDED.ordinal()].get(),
                counts[Outcome.UPDATED.ordinal()].get(),
                counts[Outcome.UNCHANGED.ordinal()].get(),
                deleted,
                failed,
                pages.get(),
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The files, largest first. OCR time grows with a scan's size; a batch that reaches its largest
     * scan last ends with one engine working alone on it while the others wait, so the longest jobs
     * go first (the classic longest-processing-time-first rule). Files that cannot be measured keep
     * their place among the smallest and fail later with their reason.
     */
    static List<InputFiles.Input> largestFirst(List<InputFiles.Input> files) {
        record Sized(InputFiles.Input input, long bytes) {}
        List<Sized> sized = new ArrayList<>(files.size());
        for (InputFiles.Input f : files) {
            long bytes = 0;
            for (Path part : f.parts()) {
                try {
                    bytes += Files.size(part);
                } catch (IOException e) {
                    // measured as empty; reading it will report the problem
                }
            }
            sized.add(new Sized(f, bytes));
        }
        sized.sort(Comparator.comparingLong(Sized::bytes).reversed()); // stable: equal sizes keep walk order
        return sized.stream().map(Sized::input).toList();
    }

    /**
     * Indexes one input. A scan is hashed before it is read only when the hash can save its OCR:
     * the index holds its source already (unchanged: skipped), or the artefact store may hold its
     * text ({@code hashScansFirst}). Otherwise OCR hashes the bytes it reads, once.
     */
    private Outcome one(InputFiles.Input input, ArchiveWriter writer, ConcurrentLinkedQueue<FileFailure> failures, int[] pages,
            boolean hashScansFirst) throws IOException {
        Path file = input.path();
        String source = file.toString();
        Optional<TextSource> textSource = sources.forFile(file);
        if (textSource.isEmpty()) {
            fail(failures, new FileFailure(source, "not a text file or a scan (unknown extension)"));
            return Outcome.FAILED;
        }
        Optional<String> indexed = writer.hashOf(source);
        SourceFile read;
        try {
            if (SourceTexts.isText(file)) {
                read = readText(file);
            } else if (indexed.isEmpty() && !hashScansFirst) {
                read = SourceFile.unhashed(input.parts());
            } else {
                read = hashScans(input.parts());
            }
        } catch (PartException e) {
            fail(failures, new FileFailure(source, "page file " + e.part.getFileName() + ": " + InputFiles.reason(e.part, e.failure)));
            return Outcome.FAILED;
        } catch (IOException e) {
            fail(failures, new FileFailure(source, InputFiles.reason(file, e)));
            return Outcome.FAILED;
        }
        if (indexed.isPresent() && indexed.get().equals(read.hash())) {
            return Outcome.UNCHANGED;
        }
        SourceText text = null;
        Directive directive = null;
        String failure = null;
        try {
            text = textSource.get().read(read);
            directive = extractor.get().extract(source, text.text());
        } catch (UnreadableSourceException | java.io.UncheckedIOException e) {
            failure = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a stage must cost one file, not the run; the reason names the stage's complaint.
            failure = "extraction failed: " + e;
        }
        // Nothing enters the index before the run is known to be able to finish, and a scan whose
        // engines could not start ends the run with their reason instead of failing on its own.
        awaitEngines();
        if (failure != null) {
            fail(failures, new FileFailure(source, failure));
            return Outcome.FAILED;
        }
        pages[0] = text.pages();
        writer.replace(new IndexedDocument(DocIds.forSource(source), source, read.hashAfterReading(text), text.text(), text.method(),
                directive));
        // Page images indexed on their own by an earlier run (or before their first page came) are
        // now pages of this document: their separate documents go, in the same commit.
        for (Path part : input.parts().subList(1, input.parts().size())) {
            if (writer.hashOf(part.toString()).isPresent()) {
                writer.delete(DocIds.forSource(part.toString()));
                joinedPages.incrementAndGet();
            }
        }
        return indexed.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
    }

    /** A text file is read once: the bytes hashed are the bytes indexed. */
    private static SourceFile readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new SourceFile(file, DocIds.sha256(bytes), bytes);
    }

    /** A file of a several-file document that could not be read. */
    private static final class PartException extends IOException {
        final Path part;
        final IOException failure;

        PartException(Path part, IOException failure) {
            super(failure.getMessage(), failure);
            this.part = part;
            this.failure = failure;
        }
    }

    /** The scan, or a document's page images, hashed (see {@link SourceFile#ofParts}). */
    private static SourceFile hashScans(List<Path> parts) throws IOException {
        if (parts.size() == 1) {
            return new SourceFile(parts.get(0), hashScan(parts.get(0)), null);
        }
        List<String> hashes = new ArrayList<>();
        for (Path part : parts) {
            try {
                hashes.add(hashScan(part));
            } catch (IOException e) {
                throw new PartException(part, e);
            }
        }
        return new SourceFile(parts.get(0), SourceFile.ofParts(hashes), null, parts);
    }

    /** A scan is hashed as a stream: it may be hundreds of megabytes, and OCR reads it page by page. */
    private static String hashScan(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /**
     * Deletes the documents whose source lay under an input of this run and no longer exists. A
     * source whose existence cannot be told (an unreadable folder) is kept: prune removes only
     * what is certainly gone.
     */
    private int prune(ArchiveWriter writer) throws IOException {
        List<Path> roots = config.inputs().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<String> gone = new ArrayList<>();
        writer.forEachDocument((id, source) -> {
            if (source == null) {
                return;
            }
            Path p = Path.of(source);
            if (roots.stream().anyMatch(p::startsWith) && Files.notExists(p)) {
                gone.add(id);
            }
        });
        for (String id : gone) {
            writer.delete(id);
        }
        return gone.size();
    }

    private void fail(ConcurrentLinkedQueue<FileFailure> failures, FileFailure f) {
        failures.add(f);
        listener.failed(f);
    }

    /** Commits every {@code commitEvery} documents, or when {@code commitInterval} has passed since the last commit. */
    private final class Committer {
        private final ArchiveWriter writer;
        private int since;
        private int total;
        private long last = System.nanoTime();

        Committer(ArchiveWriter writer) {
            this.writer = writer;
        }

        synchronized void documentAdded() throws IOException {
            since++;
            total++;
            if (since >= config.commitEvery() || System.nanoTime() - last >= config.commitInterval().toNanos()) {
                writer.commit();
                since = 0;
                last = System.nanoTime();
                listener.committed(total);
            }
        }
    }
}
