package org.vanban.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.vanban.ocr.preprocess.Preprocessing;

/**
 * N worker threads, each owning one OCR engine for its whole life: engines hold native state, are
 * costly to start (model loading) and must never be shared between threads. Pages are queued and
 * taken by whichever worker is free.
 */
final class EnginePool implements AutoCloseable {
    private record Job(GrayImage image, CompletableFuture<Timed> result) {}

    /** A recognition and the time the worker spent on it (preprocessing included). */
    record Timed(Recognition recognition, long millis) {}

    private static final Job STOP = new Job(null, null);

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Set<Preprocessing> preprocessing;

    EnginePool(int size, Supplier<OcrEngine> factory, Set<Preprocessing> preprocessing) throws OcrEngineException {
        this.preprocessing = preprocessing;
        CountDownLatch started = new CountDownLatch(size);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < size; i++) {
            Thread t = new Thread(() -> work(factory, started, failures), "vanban-ocr-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new OcrEngineException("interrupted while starting OCR engines");
        }
        if (!failures.isEmpty()) {
            close();
            throw new OcrEngineException(failures.get(0));
        }
    }

    CompletableFuture<Timed> submit(GrayImage image) {
        CompletableFuture<Timed> f = new CompletableFuture<>();
        queue.add(new Job(image, f));
        return f;
    }

    private void work(Supplier<OcrEngine> factory, CountDownLatch started, List<String> failures) {
        OcrEngine engine;
        try {
            engine = factory.get();
        } catch (RuntimeException | LinkageError e) {
            failures.add(e.getMessage() == null ? e.toString() : e.getMessage());
            started.countDown();
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
                long t0 = System.nanoTime();
                try {
                    GrayImage img = Preprocessing.applyAll(job.image(), preprocessing);
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
