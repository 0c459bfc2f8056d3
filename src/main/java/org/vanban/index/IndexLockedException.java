package org.vanban.index;

/** Another writer holds the index: a second run must stop at once and leave the first alone. */
public final class IndexLockedException extends RuntimeException {
    public IndexLockedException(IndexLayout layout, Throwable cause) {
        super("index " + layout.root() + " is locked: another 'vanban index' run is writing to it", cause);
    }
}
