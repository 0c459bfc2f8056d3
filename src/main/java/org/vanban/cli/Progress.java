package org.vanban.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * A one-line progress bar on stderr: files and pages done, pages per second and the estimated
 * time left. Drawn only when stderr is a terminal and the user did not ask for quiet; otherwise
 * every method but {@link #println} does nothing. Messages printed through {@link #println} clear
 * the bar first, so error lines are never mixed with it. Thread-safe.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private final int totalFiles;
    private int filesDone;
    private long pagesDone;
    private long lastDraw;
    private int lastWidth;

    public Progress(PrintWriter err, boolean enabled, int totalFiles) {
        this.err = err;
        this.enabled = enabled;
        this.totalFiles = totalFiles;
    }

    /** A bar on {@code err} when stderr is a terminal and not quiet. */
    public static Progress forStderr(PrintWriter err, boolean quiet, int totalFiles) {
        return new Progress(err, !quiet && stderrIsTerminal(), totalFiles);
    }

    public synchronized void pageDone() {
        pagesDone++;
        draw(false);
    }

    public synchronized void fileDone() {
        filesDone++;
        draw(false);
    }

    /** Prints a message line (always), keeping the bar below it. */
    public synchronized void println(String line) {
        clear();
        err.println(line);
        err.flush();
        draw(true);
    }

    /** Removes the bar at the end of the run. */
    public synchronized void finish() {
        clear();
        err.flush();
    }

    /** The bar's text at the current counts; package-visible for tests. */
    synchronized String line(long nowNanos) {
        double seconds = Math.max(1e-3, (nowNanos - start) / 1e9);
        double rate = pagesDone / seconds;
        int filled = totalFiles == 0 ? BAR : (int) ((long) BAR * filesDone / totalFiles);
        StringBuilder sb = new StringBuilder("[");
        sb.append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
        sb.append(filesDone).append('/').append(totalFiles).append(" files, ");
        sb.append(pagesDone).append(pagesDone == 1 ? " page, " : " pages, ");
        sb.append(String.format(java.util.Locale.ROOT, "%.1f pages/s", rate));
        if (filesDone > 0 && filesDone < totalFiles) {
            long eta = (long) (seconds / filesDone * (totalFiles - filesDone));
            sb.append(", ETA ").append(format(Duration.ofSeconds(eta)));
        }
        return sb.toString();
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }

    private void draw(boolean force) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS && filesDone < totalFiles) {
            return;
        }
        lastDraw = now;
        String text = line(now);
        err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
        err.flush();
        lastWidth = text.length();
    }

    private void clear() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }

    private interface CLib extends Library {
        int isatty(int fd);
    }

    /** True when file descriptor 2 is a terminal (not a file or pipe). */
    static boolean stderrIsTerminal() {
        if (System.console() == null && System.getenv("TERM") == null) {
            return false;
        }
        try {
            return Native.load("c", CLib.class).isatty(2) == 1;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }
}
