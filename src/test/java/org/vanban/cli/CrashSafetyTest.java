package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.ArchiveExporter;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.ArchiveStats;
import org.vanban.index.IndexLayout;
import org.vanban.index.SearchRequest;

/**
 * Real processes: {@code vanban index} killed with SIGKILL in the middle of a run, then run again;
 * and a second run started while a first one holds the index. Each starts
 * {@code java -cp <test classpath> org.vanban.cli.Main}, like bin/vanban does with the jar.
 *
 * <p>To be in the middle of a run however fast the machine, the run is given a named pipe among
 * its text files. Files go largest first, so the empty pipe is read last: its one worker blocks
 * reading it with every other file indexed, the last of them (the {@code DOCUMENTS % COMMIT_EVERY}
 * after the last commit) only in the writer's memory. The test kills the process there, or, for
 * the lock, writes a document into the pipe to let it finish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyTest {
    /** Two folders of a hundred generated directives. */
    private static final int DOCUMENTS = 200;
    /**
     * Not a divisor of {@link #DOCUMENTS}: when the worker blocks on the pipe, 8 documents are not yet
     * committed. (With 40, all 200 were committed before the pipe, and a kill later than 0.5 s after the
     * 160th left nothing uncommitted.)
     */
    private static final int COMMIT_EVERY = 48;

    private Path tmp;
    private Path corpus;
    private ArchiveStats reference;

    @BeforeAll
    void corpus(@TempDir Path dir) throws Exception {
        tmp = dir;
        corpus = Corpus.generate(dir.resolve("corpus"), DOCUMENTS, 6);
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", "--version").start().waitFor() == 0, "needs mkfifo");
        // What one uninterrupted run makes: the yardstick for "exactly one copy of everything".
        Path ref = dir.resolve("reference");
        Cli r = Cli.run("index", corpus.toString(), "--index", ref.toString(), "--quiet");
        assertEquals(0, r.exit(), r.toString());
        reference = stats(ref);
        assertEquals(DOCUMENTS, reference.documents());
    }

    @Test
    void killedMidRunTheIndexStillAnswersAndTheNextRunCompletesItWithoutDuplicates() throws Exception {
        Path idx = tmp.resolve("killed");
        Path log = tmp.resolve("killed.log");
        Path pipe = pipe();
        Process p = start(log, "index", corpus.toString(), pipe.toString(), "--index", idx.toString(),
                "--commit-every", "" + COMMIT_EVERY, "--json", "-j", "1");
        long committed = waitForCommittedDocuments(p, idx, DOCUMENTS / COMMIT_EVERY * COMMIT_EVERY);
        Thread.sleep(500); // let the worker reach the pipe, with documents after the last commit in memory
        assertTrue(p.isAlive(), "the run ended early\n" + Files.readString(log));
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        Files.delete(pipe);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by signal 9");

        // The index is the last commit: it opens and answers, with no document twice.
        long afterKill;
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(idx))) {
            afterKill = s.stats().documents();
            assertTrue(afterKill >= committed && afterKill < DOCUMENTS, afterKill + " documents after the kill");
            assertFalse(s.search(new SearchRequest("ke hoach", null, null, null, null, null, 5)).isEmpty());
        }
        assertEquals(afterKill, distinctIds(idx).size());

        // The next run does the rest: every committed document is unchanged, the others added.
        Cli again = Cli.run("index", corpus.toString(), "--index", idx.toString(), "--json", "--quiet");
        assertEquals(0, again.exit(), again.toString());
        JsonNode s = IndexCommandTest.lastJson(again.out());
        assertEquals(afterKill, s.get("unchanged").asLong(), s.toString());
        assertEquals(DOCUMENTS - afterKill, s.get("added").asLong(), s.toString());
        assertEquals(0, s.get("failed").size());

        ArchiveStats after = stats(idx);
        assertEquals(reference.documents(), after.documents());
        assertEquals(reference.obligations(), after.obligations(), "no obligation twice");
        assertEquals(reference.citations(), after.citations(), "no citation twice");
        assertEquals(DOCUMENTS, distinctIds(idx).size());
    }

    @Test
    void aSecondRunIsRefusedAtOnceNamingTheFirstWhichCompletesUnaffected() throws Exception {
        Path idx = tmp.resolve("locked");
        Path pipe = pipe();
        Process first = start(tmp.resolve("first.log"), "index", corpus.toString(), pipe.toString(), "--index", idx.toString(),
                "--commit-every", "" + COMMIT_EVERY, "--json", "-j", "1");
        Path lockInfo = idx.resolve("lock.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(lockInfo) && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the first run ended before the second could start\n" + Files.readString(tmp.resolve("first.log")));

        Path secondLog = tmp.resolve("second.log");
        Process second = start(secondLog, "index", corpus.toString(), "--index", idx.toString());
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(secondLog, StandardCharsets.UTF_8);
        assertEquals(ExitCode.FATAL.code(), second.exitValue(), err);
        assertTrue(err.contains("is locked by process " + first.pid() + " on host "), err);
        assertTrue(first.isAlive(), "the second run was refused while the first still runs, not after it");

        // Let the first run go on: it reads a document from the pipe and finishes everything.
        Files.writeString(pipe, Files.readString(Corpus.DIRECTIVES.resolve("thong-bao-ubnd-da-nang-2021.txt")));
        assertTrue(first.waitFor(300, TimeUnit.SECONDS));
        String firstLog = Files.readString(tmp.resolve("first.log"));
        assertEquals(0, first.exitValue(), firstLog);
        assertTrue(firstLog.contains("\"added\":" + (DOCUMENTS + 1)), firstLog);
        assertEquals(reference.documents() + 1, stats(idx).documents());
        assertEquals(DOCUMENTS + 1, distinctIds(idx).size());
        Files.delete(pipe);
        assertFalse(Files.exists(lockInfo), "the lock record goes with the lock");
    }

    /** A named pipe among the text files of batch-001; being empty, it is read after all of them. */
    private Path pipe() throws Exception {
        Path pipe = corpus.resolve("batch-001").resolve("doc-00150a.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
        return pipe;
    }

    /** Starts vanban in a new JVM, stdout and stderr into {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.vanban.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        return pb.start();
    }

    /** Waits until the index has a commit holding at least {@code atLeast} documents; returns how many. */
    private static long waitForCommittedDocuments(Process p, Path idx, long atLeast) throws Exception {
        IndexLayout layout = new IndexLayout(idx);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (layout.exists()) {
                try (ArchiveSearcher s = ArchiveSearcher.open(layout)) {
                    long n = s.stats().documents();
                    if (n >= atLeast) {
                        return n;
                    }
                } catch (IOException e) {
                    // a commit being written: look again
                }
            }
            Thread.sleep(25);
        }
        return 0;
    }

    private static ArchiveStats stats(Path idx) throws IOException {
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(idx))) {
            return s.stats();
        }
    }

    /** The ids of the directives, through the export: a duplicate would show as a repeated id. */
    static Set<String> distinctIds(Path idx) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        new ArchiveExporter(ArchiveExporter.Format.JSONL, null).export(new IndexLayout(idx), w);
        Set<String> ids = new HashSet<>();
        long documents = 0;
        for (String line : w.toString().split("\n")) {
            if (line.contains("\"kind\":\"document\"")) {
                documents++;
                ids.add(line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf('"', line.indexOf("\"id\":\"") + 6)));
            }
        }
        assertEquals(documents, ids.size(), "a document id appears twice");
        return ids;
    }
}
