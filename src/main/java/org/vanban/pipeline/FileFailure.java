package org.vanban.pipeline;

import java.util.Objects;

/** A file the run could not index, and why, in one line. */
public record FileFailure(String path, String reason) {
    public FileFailure {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
