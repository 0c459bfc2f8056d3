package org.vanban.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.vanban.index.IndexLayout;

/**
 * One index run.
 *
 * @param inputs         files and directories to read
 * @param index          where the index lives
 * @param jobs           worker threads (files in flight)
 * @param commitEvery    documents between commits: what a crash can cost, against commit overhead
 * @param commitInterval longest time between commits while documents are coming in (OCR is slow:
 *                       a crash should not cost an hour of it, though OCR text is cached anyway)
 * @param prune          remove documents whose source file no longer exists under an input
 * @param shard          the share of the inputs this run takes
 * @param correct        restore diacritics and repair OCR confusions in OCR'd text ({@link Correction})
 */
public record IngestConfig(List<Path> inputs, IndexLayout index, int jobs, int commitEvery, Duration commitInterval,
        boolean prune, Shard shard, boolean correct) {
    public static final int DEFAULT_COMMIT_EVERY = 2000;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(60);

    public IngestConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(index, "index");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
        Objects.requireNonNull(commitInterval, "commitInterval");
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("commitInterval must be positive");
        }
        Objects.requireNonNull(shard, "shard");
    }

    /** A plain run: every input, no prune, default commit policy, OCR text corrected. */
    public IngestConfig(List<Path> inputs, IndexLayout index, int jobs, int commitEvery) {
        this(inputs, index, jobs, commitEvery, DEFAULT_COMMIT_INTERVAL, false, Shard.ALL, true);
    }
}
