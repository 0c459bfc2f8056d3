package org.vanban.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.vanban.extract.DirectiveParser;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.DocIds;
import org.vanban.index.DocumentHit;
import org.vanban.index.IndexLayout;
import org.vanban.index.IndexedDocument;
import org.vanban.index.SearchRequest;
import org.vanban.pipeline.ArtefactStore;
import org.vanban.pipeline.IngestConfig;
import org.vanban.pipeline.IngestRun;
import org.vanban.pipeline.IngestSummary;
import org.vanban.pipeline.SourceTexts;

/**
 * The index benchmark: relevance (hit@1, MRR) of a query set over the sample directives with
 * generated distractors; throughput of {@code index} over generated text files, extraction included,
 * and of the unchanged re-run; query latency percentiles on a large generated index in one warm JVM;
 * index size per document.
 */
public final class IndexBenchmark {
    private IndexBenchmark() {}

    /**
     * @param samples     directory of sample directives ({@code *.txt}) to index and recombine
     * @param relevance   the relevance set ({@code query TAB file TAB note})
     * @param work        scratch directory (generated files and indexes)
     * @param distractors generated documents added to the relevance index
     * @param docs        generated documents for the throughput run (0 skips it)
     * @param latencyDocs generated documents for the latency index (0 skips it)
     * @param jobs        worker threads
     */
    public record Config(Path samples, Path relevance, Path work, int distractors, int docs, int latencyDocs, int jobs, long seed) {}

    public record Miss(String query, String expected, int rank, String got) {}

    public record Relevance(int corpus, int queries, double hitAt1, double mrr, int queriesWithoutDiacritics,
            double hitAt1WithoutDiacritics, double mrrWithoutDiacritics, List<Miss> misses) {}

    /**
     * Wall time depends on what else the machine runs; CPU time per document does not, so both are
     * reported, and the rate {@code jobs} idle cores would reach at that CPU cost.
     */
    public record Throughput(int docs, int jobs, double seconds, double docsPerSecond, double cpuMillisPerDoc,
            double docsPerSecondOnIdleCores, double unchangedRerunSeconds, long indexBytes, double bytesPerDoc,
            int obligations, int citations, double loadAverage) {}

    /** {@code buildSeconds} is -1 when an index built by an earlier run in the same work directory was reused. */
    public record Latency(int docs, double buildSeconds, long indexBytes, int queries, int timedRuns,
            double p50Millis, double p95Millis, double p99Millis, double maxMillis,
            double cpuP50Millis, double cpuP95Millis, double cpuP99Millis, double loadAverage) {}

    public record Report(Relevance relevance, Throughput throughput, Latency latency) {}

    public static Report run(Config c) throws IOException {
        List<Path> sampleFiles = sampleFiles(c.samples());
        List<String> texts = new ArrayList<>();
        for (Path p : sampleFiles) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        DirectiveGenerator gen = new DirectiveGenerator(texts, c.seed());
        Relevance relevance = relevance(c, gen);
        Throughput throughput = c.docs() > 0 ? throughput(c, gen) : null;
        Latency latency = c.latencyDocs() > 0 ? latency(c, gen, RelevanceSet.read(c.relevance())) : null;
        return new Report(relevance, throughput, latency);
    }

    static List<Path> sampleFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The relevance set over samples + distractors, plus number queries (as users type them) for generated documents. */
    static Relevance relevance(Config c, DirectiveGenerator gen) throws IOException {
        Path dir = Files.createDirectories(c.work().resolve("relevance"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (Path p : sampleFiles(c.samples())) {
            Files.copy(p, docs.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (int i = 0; i < c.distractors(); i++) {
            Files.writeString(docs.resolve(generatedName(i)), gen.distractor(i), StandardCharsets.UTF_8);
        }
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        ingest(layout, docs, c.jobs());
        List<RelevanceSet.Query> queries = new ArrayList<>(RelevanceSet.read(c.relevance()).queries());
        // Our own rows: generated documents found by their number, typed the careless ways users type.
        for (int k = 0; k < Math.min(c.distractors(), 20); k++) {
            int i = (k * 37) % c.distractors();
            String n = gen.number(i);
            String typed = switch (k % 4) {
                case 0 -> n;
                case 1 -> n.toLowerCase(Locale.ROOT);
                case 2 -> n.replaceFirst("([/-])", " $1 ");
                default -> n.replace('Đ', 'D').toLowerCase(Locale.ROOT);
            };
            queries.add(new RelevanceSet.Query(typed, generatedName(i), "generated: own number, typed as users do"));
        }
        List<Miss> misses = new ArrayList<>();
        double hits = 0, rr = 0, hitsNo = 0, rrNo = 0;
        int no = 0;
        try (ArchiveSearcher s = ArchiveSearcher.open(layout)) {
            for (RelevanceSet.Query q : queries) {
                List<DocumentHit> got = s.search(new SearchRequest(q.text(), null, null, null, null, null, 10));
                int rank = 0;
                for (int r = 0; r < got.size(); r++) {
                    if (Path.of(got.get(r).source()).getFileName().toString().equals(q.expected())) {
                        rank = r + 1;
                        break;
                    }
                }
                double recip = rank == 0 ? 0 : 1.0 / rank;
                hits += rank == 1 ? 1 : 0;
                rr += recip;
                if (!q.typedWithDiacritics()) {
                    no++;
                    hitsNo += rank == 1 ? 1 : 0;
                    rrNo += recip;
                }
                if (rank != 1) {
                    misses.add(new Miss(q.text(), q.expected(), rank,
                            got.isEmpty() ? "(nothing)" : Path.of(got.get(0).source()).getFileName().toString()));
                }
            }
        }
        int n = queries.size();
        return new Relevance(15 + c.distractors(), n, hits / n, rr / n, no, no == 0 ? 0 : hitsNo / no, no == 0 ? 0 : rrNo / no, misses);
    }

    static Throughput throughput(Config c, DirectiveGenerator gen) throws IOException {
        Path dir = Files.createDirectories(c.work().resolve("throughput"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        writeGenerated(gen, docs, c.docs());
        IndexLayout layout = new IndexLayout(dir.resolve("index-" + System.nanoTime()));
        long cpu0 = processCpuNanos();
        IngestSummary first = ingest(layout, docs, c.jobs());
        double cpuPerDoc = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, first.indexed());
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        IngestSummary again = ingest(layout, docs, c.jobs());
        if (again.unchanged() != c.docs()) {
            throw new IllegalStateException("re-run did not find every file unchanged: " + again);
        }
        long bytes = size(layout.lucene());
        int obligations, citations;
        try (ArchiveSearcher s = ArchiveSearcher.open(layout)) {
            var stats = s.stats();
            obligations = (int) stats.obligations();
            citations = (int) stats.citations();
        }
        return new Throughput(first.indexed(), c.jobs(), first.seconds(), first.indexed() / first.seconds(), cpuPerDoc,
                c.jobs() * 1000.0 / cpuPerDoc, again.seconds(), bytes, (double) bytes / first.indexed(), obligations, citations, load);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** Builds the large index in memory (no 100,000 files on disk), then times queries in this warm JVM. */
    static Latency latency(Config c, DirectiveGenerator gen, RelevanceSet set) throws IOException {
        IndexLayout layout = new IndexLayout(c.work().resolve("latency/index-" + c.latencyDocs() + "-" + c.seed()));
        long t0 = System.nanoTime();
        boolean reuse = layout.exists();
        if (!reuse) {
            build(c, gen, layout);
        }
        double build = reuse ? -1 : (System.nanoTime() - t0) / 1e9;
        List<String> queries = new ArrayList<>();
        set.queries().forEach(q -> queries.add(q.text()));
        for (int k = 0; k < 50; k++) {
            queries.add(gen.number((k * 7919) % c.latencyDocs()).toLowerCase(Locale.ROOT));
        }
        int runs = 5;
        double[] millis = new double[queries.size() * runs];
        // Wall time counts whatever else the machine runs; the query thread's CPU time does not.
        double[] cpu = new double[queries.size() * runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int m = 0;
        try (ArchiveSearcher s = ArchiveSearcher.open(layout)) {
            for (int warm = 0; warm < 3; warm++) {
                for (String q : queries) {
                    s.search(new SearchRequest(q, null, null, null, null, null, 10));
                }
            }
            for (int r = 0; r < runs; r++) {
                for (String q : queries) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    s.search(new SearchRequest(q, null, null, null, null, null, 10));
                    millis[m] = (System.nanoTime() - t) / 1e6;
                    cpu[m++] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new Latency(c.latencyDocs(), build, size(layout.lucene()), queries.size(), runs,
                pct(millis, 50), pct(millis, 95), pct(millis, 99), millis[millis.length - 1],
                pct(cpu, 50), pct(cpu, 95), pct(cpu, 99),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Indexes {@code latencyDocs} generated documents straight from memory, on {@code jobs} threads. */
    private static void build(Config c, DirectiveGenerator gen, IndexLayout layout) throws IOException {
        try (ArchiveWriter w = ArchiveWriter.open(layout)) {
            ExecutorService pool = Executors.newFixedThreadPool(c.jobs());
            List<Future<?>> fs = new ArrayList<>();
            int chunk = (c.latencyDocs() + c.jobs() - 1) / c.jobs();
            for (int t = 0; t < c.jobs(); t++) {
                int from = t * chunk, to = Math.min(c.latencyDocs(), from + chunk);
                fs.add(pool.submit(() -> {
                    DirectiveParser parser = new DirectiveParser();
                    for (int i = from; i < to; i++) {
                        String source = "/generated/" + generatedName(i);
                        String text = gen.text(i);
                        try {
                            w.replace(new IndexedDocument(DocIds.forSource(source), source,
                                    DocIds.sha256(text.getBytes(StandardCharsets.UTF_8)), text, "text", parser.parse(source, text)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IOException("building the latency index failed: " + e.getMessage(), e);
                }
            }
            pool.shutdown();
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String generatedName(int i) {
        return "gen-%06d.txt".formatted(i);
    }

    private static void writeGenerated(DirectiveGenerator gen, Path dir, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(generatedName(i));
            if (!Files.exists(p)) {
                Files.writeString(p, gen.text(i), StandardCharsets.UTF_8);
            }
        }
    }

    private static IngestSummary ingest(IndexLayout layout, Path docs, int jobs) throws IOException {
        IngestConfig config = new IngestConfig(List.of(docs), layout, jobs, IngestConfig.DEFAULT_COMMIT_EVERY);
        try (ArchiveWriter w = ArchiveWriter.open(layout)) {
            IngestSummary s = new IngestRun(config, new SourceTexts(null, new ArtefactStore(layout.artefacts())),
                    () -> new DirectiveParser()::parse, f -> {}).run(w);
            if (!s.failed().isEmpty()) {
                throw new IOException("benchmark inputs failed: " + s.failed());
            }
            return s;
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The report as Markdown, for docs/benchmarks.md. */
    public static String format(Report r) {
        StringBuilder b = new StringBuilder();
        Relevance rel = r.relevance();
        b.append("### Relevance\n\n");
        b.append("| corpus | queries | hit@1 | MRR | queries without diacritics | hit@1 | MRR |\n|---|---|---|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| %d docs | %d | %.3f | %.3f | %d | %.3f | %.3f |%n%n", rel.corpus(), rel.queries(),
                rel.hitAt1(), rel.mrr(), rel.queriesWithoutDiacritics(), rel.hitAt1WithoutDiacritics(), rel.mrrWithoutDiacritics()));
        if (!rel.misses().isEmpty()) {
            b.append("Not first:\n\n| query | expected | rank | first instead |\n|---|---|---|---|\n");
            for (Miss m : rel.misses()) {
                b.append("| ").append(m.query()).append(" | ").append(m.expected()).append(" | ")
                        .append(m.rank() == 0 ? "> 10" : String.valueOf(m.rank())).append(" | ").append(m.got()).append(" |\n");
            }
            b.append('\n');
        }
        if (r.throughput() != null) {
            Throughput t = r.throughput();
            b.append("### Indexing throughput (text files, extraction included)\n\n");
            b.append("| documents | jobs | wall s | documents/s | CPU ms/doc | documents/s on idle cores | unchanged re-run s"
                    + " | index bytes/doc | obligations | citations | load average |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            b.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f | %.2f | %.0f | %.1f | %.0f | %d | %d | %.1f |%n%n", t.docs(),
                    t.jobs(), t.seconds(), t.docsPerSecond(), t.cpuMillisPerDoc(), t.docsPerSecondOnIdleCores(),
                    t.unchangedRerunSeconds(), t.bytesPerDoc(), t.obligations(), t.citations(), t.loadAverage()));
        }
        if (r.latency() != null) {
            Latency l = r.latency();
            b.append("### Query latency (search with snippet, warm JVM)\n\n");
            b.append("| documents | build s | index MB | bytes/doc | queries × runs | p50 ms | p95 ms | p99 ms | max ms"
                    + " | CPU p50 ms | CPU p95 ms | CPU p99 ms | load average |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            b.append(String.format(Locale.ROOT, "| %d | %s | %.0f | %.0f | %d × %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |%n%n", l.docs(),
                    l.buildSeconds() < 0 ? "reused" : String.format(Locale.ROOT, "%.0f", l.buildSeconds()),
                    l.indexBytes() / 1e6, (double) l.indexBytes() / l.docs(), l.queries(), l.timedRuns(),
                    l.p50Millis(), l.p95Millis(), l.p99Millis(), l.maxMillis(), l.cpuP50Millis(), l.cpuP95Millis(),
                    l.cpuP99Millis(), l.loadAverage()));
        }
        return b.toString();
    }
}
