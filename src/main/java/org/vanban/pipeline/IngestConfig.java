package org.vanban.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vanban.index.IndexLayout;

/**
 * One index run.
 *
 * @param inputs      files and directories to read
 * @param index       where the index lives
 * @param jobs        worker threads
 * @param commitEvery documents between commits: what a crash can cost, against commit overhead
 */
public record IngestConfig(List<Path> inputs, IndexLayout index, int jobs, int commitEvery) {
    public static final int DEFAULT_COMMIT_EVERY = 2000;

    public IngestConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(index, "index");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
    }
}
