package org.vanban.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.vanban.ocr.preprocess.Preprocessing;

/**
 * N worker threads, each owning one OCR engine for its whole life: engines hold native state, are
 * costly to start (model loading) and must never be shared between threads. Pages are queued and
 * taken by whichever worker is free. The engines start in the background: a caller can decode its
 * first pages while the models load.
 */
final class EnginePool implements AutoCloseable {
    private record Job(GrayImage image, CompletableFuture<Timed> result) {}

    /** A recognition and the time the worker spent on it (preprocessing included). */
    record Timed(Recognition recognition, long millis) {}

    private static final Job STOP = new Job(null, null);

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Set<Preprocessing> preprocessing;
    private final CountDownLatch started;
    /** Run by the first engine to begin reading a page, then cleared. */
    private final AtomicReference<Runnable> firstRecognition;
    /** Why an engine could not start; once set, every queued and later page fails with it. */
    private volatile String failure;

    /**
     * Starts the engines on their threads and returns at once: pages may be submitted while the
     * models load, and {@link #awaitStarted} tells whether they did. {@code firstRecognition} runs
     * once, on the engine's thread, just before the first page's recognition begins.
     */
    EnginePool(int size, Supplier<OcrEngine> factory, Set<Preprocessing> preprocessing, Runnable firstRecognition) {
        this.preprocessing = preprocessing;
        this.firstRecognition = new AtomicReference<>(firstRecognition);
        this.started = new CountDownLatch(size);
        for (int i = 0; i < size; i++) {
            Thread t = new Thread(() -> work(factory), "vanban-ocr-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Waits until every engine has started; fails with the first engine's reason when one could not. */
    void awaitStarted() throws OcrEngineException {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrEngineException("interrupted while starting OCR engines");
        }
        String why = failure;
        if (why != null) {
            throw new OcrEngineException(why);
        }
    }

    CompletableFuture<Timed> submit(GrayImage image) {
        CompletableFuture<Timed> f = new CompletableFuture<>();
        queue.add(new Job(image, f));
        if (failure != null) {
            failQueued(); // the engines are gone: nothing would ever take it
        }
        return f;
    }

    private void failQueued() {
        List<Job> stranded = new ArrayList<>();
        queue.drainTo(stranded);
        for (Job job : stranded) {
            if (job == STOP) {
                queue.add(STOP);
            } else {
                job.result().completeExceptionally(new OcrEngineException(failure));
            }
        }
    }

    private void work(Supplier<OcrEngine> factory) {
        OcrEngine engine;
        try {
            engine = factory.get();
        } catch (RuntimeException | LinkageError e) {
            synchronized (this) {
                if (failure == null) {
                    failure = e.getMessage() == null ? e.toString() : e.getMessage();
                }
            }
            started.countDown();
            failQueued();
            return;
        }
        started.countDown();
        try (engine) {
            while (true) {
                Job job = queue.take();
                if (job == STOP) {
                    return;
                }
                if (job.result().isDone()) {
                    continue; // its file was abandoned or failed meanwhile
                }
                if (failure != null) {
                    // Another engine could not start: the pool as a whole failed, so no page is read.
                    job.result().completeExceptionally(new OcrEngineException(failure));
                    continue;
                }
                long t0 = System.nanoTime();
                try {
                    GrayImage img = Preprocessing.applyAll(job.image(), preprocessing);
                    Runnable first = firstRecognition.getAndSet(null);
                    if (first != null) {
                        first.run();
                    }
                    Recognition r = EmptyPageRetry.recognize(engine, img, preprocessing);
                    job.result().complete(new Timed(r, (System.nanoTime() - t0) / 1_000_000));
                } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                    job.result().completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < workers.size(); i++) {
            queue.add(STOP);
        }
        for (Thread t : workers) {
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
