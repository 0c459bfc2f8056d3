package org.vanban.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdlePriorityTest {
    /** The calling thread's nice value, from the kernel's own account of it. */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // fields after the command name, which may hold spaces: state is field 3, nice field 19
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void lowersTheCallingThreadOnlyToTheLowestPriority() throws Exception {
        assumeTrue(Platform.isLinux(), "per-thread nice values are Linux's");
        int before = niceOfThisThread();
        CompletableFuture<int[]> other = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            boolean lowered = IdlePriority.lowerCurrentThread();
            other.complete(new int[] {lowered ? 1 : 0, niceOfThisThread()});
        });
        t.start();
        int[] result = other.get(10, TimeUnit.SECONDS);
        assertTrue(result[0] == 1, "setpriority succeeded");
        assertEquals(19, result[1], "the background thread runs at nice 19");
        assertEquals(before, niceOfThisThread(), "the caller's own priority is untouched");
    }
}
