package org.vanban.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vanban.extract.Directive;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.DocIds;
import org.vanban.index.IndexedDocument;

/**
 * The ingest run: for every input file, read → hash → (skip when unchanged) → text → extraction →
 * index, on {@code jobs} worker threads. A file that fails is reported once with its reason and the
 * run goes on. Stages are the pieces passed in; this class only orchestrates them.
 */
public final class IngestRun {
    private final IngestConfig config;
    private final SourceTexts sources;
    private final ThreadLocal<Extractor> extractor;
    private final Consumer<FileFailure> onFailure;

    /**
     * @param extractors makes one extractor per worker thread
     * @param onFailure  told of each failure as it happens (the command prints it to stderr)
     */
    public IngestRun(IngestConfig config, SourceTexts sources, Supplier<Extractor> extractors, Consumer<FileFailure> onFailure) {
        this.config = config;
        this.sources = sources;
        this.extractor = ThreadLocal.withInitial(extractors);
        this.onFailure = onFailure;
    }

    private enum Outcome { ADDED, UPDATED, UNCHANGED, FAILED }

    public IngestSummary run(ArchiveWriter writer) throws IOException {
        long start = System.nanoTime();
        InputFiles.Found found = InputFiles.walk(config.inputs());
        ConcurrentLinkedQueue<FileFailure> failures = new ConcurrentLinkedQueue<>();
        for (FileFailure f : found.failures()) {
            fail(failures, f);
        }
        AtomicInteger[] counts = new AtomicInteger[Outcome.values().length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new AtomicInteger();
        }
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger sinceCommit = new AtomicInteger();
        // Bounded in-flight work: memory stays flat however many files there are.
        Semaphore inFlight = new Semaphore(config.jobs() * 4);
        ExecutorService pool = Executors.newFixedThreadPool(config.jobs(), r -> {
            Thread t = new Thread(r, "vanban-index");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (Path file : found.files()) {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        Outcome o = one(file, writer, failures, pages);
                        counts[o.ordinal()].incrementAndGet();
                        if ((o == Outcome.ADDED || o == Outcome.UPDATED)
                                && sinceCommit.incrementAndGet() % config.commitEvery() == 0) {
                            writer.commit();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // Only index failures escape a task: the index is unusable, so the run stops.
                    Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
                    throw new IOException("indexing failed: " + cause.getMessage(), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<FileFailure> failed = new ArrayList<>(failures);
        failed.sort(Comparator.comparing(FileFailure::path));
        return new IngestSummary(
                counts[Outcome.ADDED.ordinal()].get(),
                counts[Outcome.UPDATED.ordinal()].get(),
                counts[Outcome.UNCHANGED.ordinal()].get(),
                0,
                failed,
                pages.get(),
                (System.nanoTime() - start) / 1e9);
    }

    private Outcome one(Path file, ArchiveWriter writer, ConcurrentLinkedQueue<FileFailure> failures, AtomicInteger pages)
            throws IOException {
        String source = file.toString();
        Optional<TextSource> textSource = sources.forFile(file);
        if (textSource.isEmpty()) {
            fail(failures, new FileFailure(source, "not a text file or a scan (unknown extension)"));
            return Outcome.FAILED;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            fail(failures, new FileFailure(source, "disappeared while indexing"));
            return Outcome.FAILED;
        } catch (AccessDeniedException e) {
            fail(failures, new FileFailure(source, "permission denied"));
            return Outcome.FAILED;
        } catch (IOException e) {
            fail(failures, new FileFailure(source, "cannot read: " + e.getMessage()));
            return Outcome.FAILED;
        }
        String hash = DocIds.sha256(bytes);
        Optional<String> indexed = writer.hashOf(source);
        if (indexed.isPresent() && indexed.get().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        SourceText text;
        Directive directive;
        try {
            text = textSource.get().read(new SourceFile(file, bytes, hash));
            directive = extractor.get().extract(source, text.text());
        } catch (UnreadableSourceException e) {
            fail(failures, new FileFailure(source, e.getMessage()));
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            // A bug in a stage must cost one file, not the run; the reason names the stage's complaint.
            fail(failures, new FileFailure(source, "extraction failed: " + e));
            return Outcome.FAILED;
        }
        pages.addAndGet(text.pages());
        writer.replace(new IndexedDocument(DocIds.forSource(source), source, hash, text.text(), text.method(), directive));
        return indexed.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
    }

    private void fail(ConcurrentLinkedQueue<FileFailure> failures, FileFailure f) {
        failures.add(f);
        onFailure.accept(f);
    }
}
