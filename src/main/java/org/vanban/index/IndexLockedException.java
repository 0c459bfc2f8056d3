package org.vanban.index;

import java.util.Optional;

/** Another writer holds the index: a second run must stop at once and leave the first alone. */
public final class IndexLockedException extends RuntimeException {
    private final transient LockInfo holder;

    public IndexLockedException(IndexLayout layout, Optional<LockInfo> holder, Throwable cause) {
        super("index " + layout.root() + " is locked by "
                + holder.map(LockInfo::describe).orElse("another process (it has not recorded who it is yet)")
                + ": another vanban run is writing to it", cause);
        this.holder = holder.orElse(null);
    }

    /** The process holding the lock, when it recorded itself. */
    public Optional<LockInfo> holder() {
        return Optional.ofNullable(holder);
    }
}
