package org.vanban.pipeline;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives the calling thread the lowest scheduling priority (nice 19), for background work that should
 * take only CPU no other thread of the machine wants. Linux only: there each thread has its own nice
 * value, set with {@code setpriority} on the thread's id; elsewhere the call would lower the whole
 * process. Best effort: where it cannot be done, the thread keeps its priority, which is slower for the
 * others but never wrong. An unprivileged process cannot raise a priority again, so the thread should
 * be one that ends with its work.
 */
final class IdlePriority {
    private static final int PRIO_PROCESS = 0;
    private static final int LOWEST = 19;

    private interface Libc extends Library {
        int setpriority(int which, int who, int prio);
    }

    private IdlePriority() {}

    /** Lowers the calling thread's priority; tells whether it did. */
    static boolean lowerCurrentThread() {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            // "PID/task/TID": the id of this thread, which setpriority takes in place of a process id
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            int tid = Integer.parseInt(self.getFileName().toString());
            return Native.load("c", Libc.class).setpriority(PRIO_PROCESS, tid, LOWEST) == 0;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
