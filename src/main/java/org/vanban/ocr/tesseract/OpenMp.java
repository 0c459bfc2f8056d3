package org.vanban.ocr.tesseract;

/**
 * Limits Tesseract's OpenMP to one thread per engine. vanban runs one engine per core itself;
 * OpenMP's own threads on top of that spin and compete, which made pages about 5x slower on a
 * 2-core machine. libgomp reads {@code OMP_THREAD_LIMIT} when it is loaded with libtesseract, and
 * Java's {@code System.getenv} is a copy, so the variable is set in the C environment with
 * {@code setenv} before the first Tesseract class is touched. bin/vanban exports it as well.
 */
final class OpenMp {
    private static volatile boolean done;

    private OpenMp() {}

    static synchronized void limitToOneThread() {
        if (done) {
            return;
        }
        String current = Libc.INSTANCE.getenv("OMP_THREAD_LIMIT");
        if (current == null || current.isBlank()) {
            Libc.INSTANCE.setenv("OMP_THREAD_LIMIT", "1", 1);
        }
        done = true;
    }
}
