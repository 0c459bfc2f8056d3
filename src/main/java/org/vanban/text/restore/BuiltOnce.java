package org.vanban.text.restore;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value built once per process and shared, which may also be built ahead on a background thread.
 * A caller that needs it before the background thread is done builds it too, rather than wait: the
 * background thread runs at the lowest priority, so on a busy machine it may get no CPU at all, and
 * waiting for it would stall the caller for as long. The first value finished is the one kept; the
 * other is dropped. Callers that need it at once (not ahead) build it one at a time.
 */
final class BuiltOnce<T> {
    private final Supplier<T> build;
    private final AtomicReference<T> value = new AtomicReference<>();
    private final Object foreground = new Object();

    BuiltOnce(Supplier<T> build) {
        this.build = build;
    }

    /** The value, built on this thread when no one has finished building it yet. */
    T get() {
        T v = value.get();
        if (v != null) {
            return v;
        }
        synchronized (foreground) {
            return keep();
        }
    }

    /** The value, built on this thread unless it is built already; never waits for another thread. */
    T buildAhead() {
        T v = value.get();
        return v != null ? v : keep();
    }

    private T keep() {
        T v = value.get();
        if (v == null) {
            value.compareAndSet(null, Objects.requireNonNull(build.get()));
            v = value.get();
        }
        return v;
    }
}
