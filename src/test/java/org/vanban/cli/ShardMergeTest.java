package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.index.ArchiveExporter;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.IndexLayout;
import org.vanban.index.ObligationRequest;
import org.vanban.index.SearchRequest;
import org.vanban.pipeline.Shard;

/**
 * Scale-out: three shard indexes built with {@code --shard I/3} and merged answer every query as
 * one index built from all the inputs does; the export feeds a cluster the same records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path tmp;
    private Path corpus;
    private Path single;
    private Path merged;
    private final List<Path> shards = new ArrayList<>();

    @BeforeAll
    void build(@TempDir Path dir) throws IOException {
        tmp = dir;
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> s = Files.list(Corpus.DIRECTIVES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Corpus.generate(corpus.resolve("generated"), 60, 11);
        single = dir.resolve("single");
        assertEquals(0, Cli.run("index", corpus.toString(), "--index", single.toString(), "--quiet").exit());
        for (int i = 1; i <= 3; i++) {
            Path shard = dir.resolve("shard" + i);
            Cli r = Cli.run("index", corpus.toString(), "--index", shard.toString(), "--shard", i + "/3", "--json");
            assertEquals(0, r.exit(), r.toString());
            shards.add(shard);
        }
        merged = dir.resolve("merged");
        Cli m = Cli.run("merge", merged.toString(), shards.get(0).toString(), shards.get(1).toString(), shards.get(2).toString());
        assertEquals(0, m.exit(), m.toString());
        assertTrue(m.out().startsWith("merged 3 shards into "), m.out());
    }

    @Test
    void everyFileLandsInExactlyOneShard() throws IOException {
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (Path shard : shards) {
            Set<String> ids = CrashSafetyTest.distinctIds(shard);
            assertFalse(ids.isEmpty(), "an empty shard: the split is not spreading files");
            total += ids.size();
            seen.addAll(ids);
        }
        assertEquals(total, seen.size(), "a document in two shards");
        assertEquals(CrashSafetyTest.distinctIds(single), seen);
    }

    @Test
    void theShardOfAFileDependsOnItsPathRelativeToTheInputNotOnWhereTheArchiveIsMounted() throws IOException {
        // The same archive mounted elsewhere: shard 2/3 takes the same relative paths.
        Path elsewhere = tmp.resolve("mnt/other-place");
        Files.createDirectories(elsewhere.getParent());
        Files.move(Files.createDirectories(tmp.resolve("copy")), elsewhere);
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = elsewhere.resolve(corpus.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Path idx = tmp.resolve("elsewhere-shard2");
        assertEquals(0, Cli.run("index", elsewhere.toString(), "--index", idx.toString(), "--shard", "2/3", "--quiet").exit());
        assertEquals(relativeSources(shards.get(1), corpus), relativeSources(idx, elsewhere));
    }

    @Test
    void mergedAnswersAsTheSingleIndexDoes() throws IOException {
        try (ArchiveSearcher one = ArchiveSearcher.open(new IndexLayout(single));
                ArchiveSearcher m = ArchiveSearcher.open(new IndexLayout(merged))) {
            assertEquals(one.stats(), m.stats());
            for (String q : List.of("phong chay chua chay rung", "kế hoạch thông tin đối ngoại", "12-CT/TW", "\"chuyển đổi số\"", "giao duc")) {
                assertEquals(ranked(one.search(new SearchRequest(q, null, null, null, null, null, 1000))),
                        ranked(m.search(new SearchRequest(q, null, null, null, null, null, 1000))), q);
            }
            assertEquals(sorted(one.citing("12-CT/TW", 1000).stream().map(c -> c.id() + " " + c.sentence()).toList()),
                    sorted(m.citing("12-CT/TW", 1000).stream().map(c -> c.id() + " " + c.sentence()).toList()));
            assertEquals(rankedObligations(one.obligations(new ObligationRequest(null, "so tai chinh", null, null, 1000))),
                    rankedObligations(m.obligations(new ObligationRequest(null, "so tai chinh", null, null, 1000))));
        }
        assertEquals(sorted(export(single)), sorted(export(merged)));
    }

    static Stream<Arguments> refusedMerges() {
        return Stream.of(
                // the same shard twice: its documents would be doubled
                Arguments.of(List.of("{out}", "{shard1}", "{shard1}"), "given twice"),
                // shards that overlap (one built from everything): which copy is right is unknown
                Arguments.of(List.of("{out}", "{shard1}", "{single}"), "is in both"),
                // a shard that is not an index
                Arguments.of(List.of("{out}", "{shard1}", "{missing}"), "no index at"),
                // the output given as a shard
                Arguments.of(List.of("{shard1}", "{shard1}"), "also given as a shard"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedMerges")
    void badMergesAreRefusedAndChangeNothing(List<String> template, String reason) throws IOException {
        Path out = Files.createTempDirectory(tmp, "refused").resolve("out");
        List<String> args = new ArrayList<>(List.of("merge"));
        template.forEach(a -> args.add(a.replace("{out}", out.toString()).replace("{shard1}", shards.get(0).toString())
                .replace("{single}", single.toString())
                .replace("{missing}", tmp.resolve("missing").toString())));
        long before = CrashSafetyTest.distinctIds(shards.get(0)).size();
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.FATAL.code(), r.exit(), r.toString());
        assertTrue(r.err().contains(reason), r.err());
        assertEquals(before, CrashSafetyTest.distinctIds(shards.get(0)).size());
        if (new IndexLayout(out).exists()) {
            assertTrue(CrashSafetyTest.distinctIds(out).isEmpty(), "nothing merged into the output");
        }
    }

    @Test
    void exportLinesAreWhatBulkLoadersRead() throws IOException {
        Cli jsonl = Cli.run("export", "--index", merged.toString(), "--jsonl");
        assertEquals(0, jsonl.exit(), jsonl.toString());
        Set<String> ids = new HashSet<>();
        int documents = 0;
        int obligations = 0;
        for (String line : jsonl.out().strip().split("\n")) {
            JsonNode n = JSON.readTree(line);
            assertTrue(ids.add(n.get("id").asText()), "unique ids: " + n.get("id"));
            switch (n.get("kind").asText()) {
                case "document" -> {
                    documents++;
                    assertTrue(n.has("body") && n.has("docId") && n.get("cites").isArray(), line);
                }
                case "obligation" -> {
                    obligations++;
                    assertTrue(n.get("id").asText().startsWith(n.get("docId").asText() + "-o"), line);
                }
                default -> fail("unexpected kind in " + line);
            }
        }
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(merged))) {
            assertEquals(s.stats().documents(), documents);
            assertEquals(s.stats().obligations(), obligations);
        }
        assertTrue(jsonl.err().contains("exported " + documents + " documents and " + obligations + " obligations"), jsonl.err());

        // _bulk: an action line naming the index and the id before each object
        Path file = tmp.resolve("bulk.ndjson");
        assertEquals(0, Cli.run("export", "--index", merged.toString(), "--bulk", "vanban", "-o", file.toString()).exit());
        List<String> lines = Files.readAllLines(file);
        assertEquals(2 * (documents + obligations), lines.size());
        for (int i = 0; i < lines.size(); i += 2) {
            JsonNode action = JSON.readTree(lines.get(i)).get("index");
            assertEquals("vanban", action.get("_index").asText());
            assertEquals(JSON.readTree(lines.get(i + 1)).get("id").asText(), action.get("_id").asText());
        }
        assertEquals(ExitCode.USAGE.code(), Cli.run("export", "--index", merged.toString()).exit(), "a shape is required");
    }

    @Test
    void shardSpecsAreParsedStrictly() {
        assertEquals(new Shard(2, 3), Shard.parse(" 2 / 3 "));
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2")) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
    }

    private static List<String> ranked(List<org.vanban.index.DocumentHit> hits) {
        // Equal scores may come in another order from other segments: compare score then id.
        List<String> rows = new ArrayList<>();
        for (var h : hits) {
            rows.add(String.format("%.5f %s %s", h.score(), h.id(), h.snippet()));
        }
        return sorted(rows);
    }

    private static List<String> rankedObligations(List<org.vanban.index.ObligationHit> hits) {
        List<String> rows = new ArrayList<>();
        for (var h : hits) {
            rows.add(String.format("%.5f %s %s %s", h.score(), h.id(), h.actor(), h.action()));
        }
        return sorted(rows);
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private static List<String> export(Path idx) throws IOException {
        StringWriter w = new StringWriter();
        new ArchiveExporter(ArchiveExporter.Format.JSONL, null).export(new IndexLayout(idx), w);
        return List.of(w.toString().split("\n"));
    }

    private static Set<String> relativeSources(Path idx, Path root) throws IOException {
        Set<String> rel = new TreeSet<>();
        for (String line : export(idx)) {
            JsonNode n = JSON.readTree(line);
            if (n.get("kind").asText().equals("document")) {
                rel.add(root.toAbsolutePath().normalize().relativize(Path.of(n.get("source").asText())).toString());
            }
        }
        return rel;
    }
}
