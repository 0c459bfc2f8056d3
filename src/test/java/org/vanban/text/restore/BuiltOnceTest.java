package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuiltOnceTest {
    @Test
    void aCallerThatComesFirstBuildsRatherThanWaitForTheBackgroundBuild() throws Exception {
        CountDownLatch backgroundStarted = new CountDownLatch(1);
        CountDownLatch releaseBackground = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        BuiltOnce<String> once = new BuiltOnce<>(() -> {
            int n = builds.incrementAndGet();
            if (Thread.currentThread().getName().equals("background")) {
                backgroundStarted.countDown();
                await(releaseBackground); // a background build that gets no CPU
            }
            return "build " + n;
        });
        CompletableFuture<String> background = new CompletableFuture<>();
        Thread t = new Thread(() -> background.complete(once.buildAhead()), "background");
        t.start();
        assertTrue(backgroundStarted.await(10, TimeUnit.SECONDS));

        String first = once.get(); // returns while the background build is stuck
        assertEquals("build 2", first);
        releaseBackground.countDown();
        assertEquals(first, background.get(10, TimeUnit.SECONDS), "the first value finished is kept");
        assertSame(first, once.get());
        assertSame(first, once.buildAhead());
        assertEquals(2, builds.get());
    }

    @Test
    void callersThatNeedItAtOnceBuildItOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        BuiltOnce<Object> once = new BuiltOnce<>(() -> {
            builds.incrementAndGet();
            sleep(50);
            return new Object();
        });
        List<CompletableFuture<Object>> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            got.add(CompletableFuture.supplyAsync(once::get, r -> new Thread(r).start()));
        }
        for (CompletableFuture<Object> f : got) {
            assertSame(once.get(), f.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedBuildLeavesNothingAndIsTriedAgain() {
        AtomicInteger builds = new AtomicInteger();
        BuiltOnce<String> once = new BuiltOnce<>(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("model missing");
            }
            return "built";
        });
        try {
            once.buildAhead();
        } catch (IllegalStateException expected) {
            // the background thread swallows this; the caller of get() sees its own attempt
        }
        assertEquals("built", once.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
