package org.vanban.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Turns input files into {@link OcrResult}s: the library entry point of OCR, used by
 * {@code vanban ocr} and by indexing.
 *
 * <p>Concurrency: {@code jobs} engine threads (one engine each) OCR pages; up to {@code jobs}
 * files are decoded at once, each on its own thread, which hands its pages to the engines in
 * order. At most {@code 2 * jobs} page images wait for or are in OCR at any time, so memory stays
 * flat however large the batch.
 *
 * <p>Robustness: every failure of a file (bad content, decoder exception, out of memory, stack
 * overflow) becomes one reason for {@link OcrListener#failed}, and the batch goes on. A watchdog
 * fails a file when none of its pages finishes within the page timeout; its thread is interrupted
 * and abandoned (Java cannot kill it), so a decoder stuck in a loop cannot stall the batch.
 */
public final class OcrService implements AutoCloseable {
    private final OcrConfig config;
    private final EnginePool engines;
    private final Semaphore inFlight;
    /**
     * Pages decoded at once, across files: as many as engines. More would only share the same
     * cores and delay every one of them, the first pages of a run (whose engines wait) most.
     */
    private final Semaphore decoding;
    /** How many files the latest {@link #processAll} was given: tells the corrector whether cores will idle. */
    private volatile int filesInRun = 1;

    /** Starts the engines and waits for them; fails when the OCR engine cannot be loaded. */
    public OcrService(OcrConfig config, Supplier<OcrEngine> engineFactory) throws OcrEngineException {
        this(engineFactory, config);
        try {
            engines.awaitStarted();
        } catch (OcrEngineException e) {
            engines.close();
            throw e;
        }
    }

    /** Starts the engines without waiting (see {@link #startInBackground}). */
    private OcrService(Supplier<OcrEngine> engineFactory, OcrConfig config) {
        this.config = config;
        this.engines = new EnginePool(config.jobs(), engineFactory, config.preprocessing(),
                () -> config.corrector().prepare(filesInRun == 1));
        this.inFlight = new Semaphore(2 * config.jobs());
        this.decoding = new Semaphore(config.jobs());
    }

    /**
     * Starts the engines without waiting for them (their models take about a third of a second
     * to load): files can be hashed and their first pages decoded meanwhile. Pages wait in the
     * queue until an engine is up; {@link #awaitEngines} tells whether the engines started, and
     * when they could not, every page fails with the reason.
     */
    public static OcrService startInBackground(OcrConfig config, Supplier<OcrEngine> engineFactory) {
        return new OcrService(engineFactory, config);
    }

    /** Waits until the engines have started; fails with the reason when they could not. */
    public void awaitEngines() throws OcrEngineException {
        engines.awaitStarted();
    }

    public OcrConfig config() {
        return config;
    }

    /** OCRs one file. */
    public OcrResult process(Path file) throws InputException {
        OcrResult[] result = new OcrResult[1];
        String[] failure = new String[1];
        processAll(List.of(file), new OcrListener() {
            @Override
            public void succeeded(Path f, OcrResult r) {
                result[0] = r;
            }

            @Override
            public void failed(Path f, String reason) {
                failure[0] = reason;
            }
        });
        if (result[0] == null) {
            throw new InputException(failure[0] == null ? "interrupted" : failure[0]);
        }
        return result[0];
    }

    /** What became of each file of {@link #collect}: its result, or the reason it failed. */
    public record Collected(Map<Path, OcrResult> results, Map<Path, String> failures) {
        public Collected {
            results = Map.copyOf(results);
            failures = Map.copyOf(failures);
        }
    }

    /** OCRs the files, several at once, and returns every result and failure when all are done. */
    public Collected collect(List<Path> files) {
        Map<Path, OcrResult> results = new ConcurrentHashMap<>();
        Map<Path, String> failures = new ConcurrentHashMap<>();
        processAll(files, new OcrListener() {
            @Override
            public void succeeded(Path file, OcrResult result) {
                results.put(file, result);
            }

            @Override
            public void failed(Path file, String reason) {
                failures.put(file, reason);
            }
        });
        return new Collected(results, failures);
    }

    /**
     * OCRs the files, several at once, reporting each to the listener as it finishes (in any order).
     * Returns when every file succeeded or failed.
     */
    public void processAll(List<Path> files, OcrListener listener) {
        filesInRun = files.size();
        Semaphore slots = new Semaphore(config.jobs());
        CountDownLatch finished = new CountDownLatch(files.size());
        Set<FileTask> running = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vanban-watchdog");
            t.setDaemon(true);
            return t;
        });
        long timeoutNanos = config.pageTimeout().toNanos();
        watchdog.scheduleWithFixedDelay(() -> {
            long now = System.nanoTime();
            for (FileTask task : running) {
                if (now - task.lastProgress.get() > timeoutNanos) {
                    task.end(null, "timed out: no page finished within " + config.pageTimeout().toSeconds() + " s");
                }
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        try {
            for (Path file : files) {
                slots.acquire();
                FileTask task = new FileTask(file, listener, () -> {
                    slots.release();
                    finished.countDown();
                }, running);
                running.add(task);
                Thread t = new Thread(task, "vanban-file");
                t.setDaemon(true);
                task.thread = t;
                t.start();
            }
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (FileTask task : running) {
                task.end(null, "interrupted");
            }
        } finally {
            watchdog.shutdownNow();
        }
    }

    @Override
    public void close() {
        engines.close();
    }

    /** One file on its own thread; ends exactly once, by itself or by the watchdog. */
    private final class FileTask implements Runnable {
        final Path file;
        final OcrListener listener;
        final Runnable onEnd;
        final Set<FileTask> running;
        final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        final AtomicBoolean ended = new AtomicBoolean();
        final AtomicInteger permits = new AtomicInteger();
        /** Whether this file's thread holds a {@link #decoding} permit (released once, by it or by {@link #end}). */
        final AtomicBoolean decodingPermit = new AtomicBoolean();
        volatile Thread thread;
        volatile PageSink sink = PageSink.NONE;

        FileTask(Path file, OcrListener listener, Runnable onEnd, Set<FileTask> running) {
            this.file = file;
            this.listener = listener;
            this.onEnd = onEnd;
            this.running = running;
        }

        @Override
        public void run() {
            try {
                OcrResult result = ocr();
                if (!ended.get()) {
                    sink.finish(result);
                }
                end(result, null);
            } catch (InputException e) {
                end(null, e.getMessage());
            } catch (IOException e) {
                end(null, "cannot write output: " + Reasons.message(e));
            } catch (OutOfMemoryError e) {
                end(null, "out of memory while decoding (file too large or damaged)");
            } catch (StackOverflowError e) {
                end(null, "structure nested too deeply (stack overflow while decoding)");
            } catch (InterruptedException e) {
                end(null, "interrupted");
            } catch (RuntimeException | LinkageError e) {
                end(null, "cannot read: " + Reasons.message(e));
            } finally {
                releaseAll();
                releaseDecoding();
            }
        }

        void end(OcrResult result, String reason) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            running.remove(this);
            try {
                if (result != null) {
                    listener.succeeded(file, result);
                } else {
                    sink.abort();
                    listener.failed(file, reason);
                    Thread t = thread;
                    if (t != null && t != Thread.currentThread()) {
                        t.interrupt();
                        releaseAll();
                        releaseDecoding();
                    }
                }
            } finally {
                onEnd.run();
            }
        }

        private void releaseAll() {
            int n = permits.getAndSet(0);
            if (n > 0) {
                inFlight.release(n);
            }
        }

        private SourcePage nextPage(PageSource source) throws InputException, InterruptedException {
            decoding.acquire();
            decodingPermit.set(true);
            try {
                return source.next();
            } finally {
                releaseDecoding();
            }
        }

        /** A decoder stuck in a loop keeps its thread, but not the permit other files wait for. */
        private void releaseDecoding() {
            if (decodingPermit.compareAndSet(true, false)) {
                decoding.release();
            }
        }

        private void releaseOne() {
            if (permits.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0) {
                inFlight.release();
            }
        }

        private OcrResult ocr() throws InputException, IOException, InterruptedException {
            checkReadable(file);
            sink = listener.sink(file);
            List<PageText> pages = new ArrayList<>();
            ArrayDeque<Pending> pending = new ArrayDeque<>();
            String sha256;
            FileStamp before = FileStamp.of(file);
            try (PageSource source = PageSources.open(file, config)) {
                while (true) {
                    long t0 = System.nanoTime();
                    SourcePage page = nextPage(source);
                    if (page == null) {
                        break;
                    }
                    checkNotEnded();
                    long decodeMillis = (System.nanoTime() - t0) / 1_000_000;
                    lastProgress.set(System.nanoTime());
                    if (page.usesTextLayer()) {
                        pending.add(new Pending(page, decodeMillis, null));
                    } else {
                        while (pending.size() >= config.jobs()) {
                            pages.add(deliver(pending.removeFirst()));
                        }
                        inFlight.acquire();
                        permits.incrementAndGet();
                        CompletableFuture<EnginePool.Timed> f = engines.submit(page.image());
                        f.whenComplete((r, e) -> lastProgress.set(System.nanoTime()));
                        pending.add(new Pending(page, decodeMillis, f));
                    }
                    while (!pending.isEmpty() && (pending.peekFirst().ocr == null || pending.peekFirst().ocr.isDone())) {
                        pages.add(deliver(pending.removeFirst()));
                    }
                }
                // Hashed once every page is decoded, while the engines read the last ones: the
                // first page of a run goes to an engine without waiting for it.
                sha256 = sha256(file);
                // The pages were decoded from one read and hashed from another: a file rewritten
                // meanwhile would pair one version's text with the other's hash.
                if (!before.equals(FileStamp.of(file))) {
                    throw new InputException("changed while being read");
                }
                while (!pending.isEmpty()) {
                    pages.add(deliver(pending.removeFirst()));
                }
            } finally {
                for (Pending p : pending) {
                    if (p.ocr != null) {
                        p.ocr.cancel(false);
                    }
                }
            }
            if (pages.isEmpty()) {
                throw new InputException("no pages");
            }
            return new OcrResult(file.toString(), sha256, pages);
        }

        private PageText deliver(Pending p) throws InputException, IOException, InterruptedException {
            PageText text;
            if (p.ocr == null) {
                String raw = p.page.textLayer();
                text = new PageText(p.page.number(), raw, raw, 100, PageMode.TEXT_LAYER, 0, p.decodeMillis, p.page.layerWords());
            } else {
                EnginePool.Timed timed;
                try {
                    timed = p.ocr.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof OutOfMemoryError) {
                        throw new InputException("page " + p.page.number() + ": out of memory in OCR");
                    }
                    throw new InputException("page " + p.page.number() + ": OCR failed: " + Reasons.message(cause), cause);
                } finally {
                    releaseOne();
                }
                Recognition r = timed.recognition();
                String raw = r.text().strip();
                String corrected = java.text.Normalizer.normalize(config.corrector().correct(raw, DoubtfulWords.of(raw, r.words())), java.text.Normalizer.Form.NFC);
                text = new PageText(p.page.number(), corrected, raw, r.meanConfidence(), PageMode.OCR, p.page.image().dpi(),
                        p.decodeMillis + timed.millis(), r.words());
            }
            checkNotEnded();
            sink.page(text, p.page.image());
            listener.pageDone(file, text);
            return text;
        }

        private void checkNotEnded() throws InterruptedException {
            if (ended.get() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private record Pending(SourcePage page, long decodeMillis, CompletableFuture<EnginePool.Timed> ocr) {}

    /** Fails with a clear reason for paths that are missing, unreadable, empty, loops or folders. */
    static void checkReadable(Path file) throws InputException {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("is a directory");
            }
            long size = Files.size(file);
            if (!Files.isRegularFile(file)) {
                throw new InputException("not a regular file");
            }
            if (size == 0) {
                throw new InputException("empty file");
            }
            if (!Files.isReadable(file)) {
                throw new InputException("permission denied");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(Files.isSymbolicLink(file) ? "broken symbolic link" : "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? Reasons.message(e) : e.getReason();
            throw new InputException(reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic links")
                    ? "symbolic link loop (" + reason.toLowerCase(java.util.Locale.ROOT) + ")" : Reasons.message(e));
        } catch (IOException e) {
            throw new InputException(Reasons.message(e), e);
        }
    }

    static String sha256(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        } catch (IOException e) {
            throw new InputException("cannot read: " + Reasons.message(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
