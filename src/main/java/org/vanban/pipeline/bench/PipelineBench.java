package org.vanban.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.DocIds;
import org.vanban.index.IndexLayout;
import org.vanban.ocr.Cer;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.bench.BenchPages;
import org.vanban.pipeline.FileTrees;

/**
 * The whole pipeline against the bare OCR tools on the same scanned pages, each in its own
 * process so wall time and peak memory are measured alike: {@code vanban index} (OCR, correction,
 * extraction, Lucene; a child JVM), the {@code tesseract} CLI ({@code jobs} processes at a time,
 * {@code OMP_THREAD_LIMIT=1}, the same model) and OCRmyPDF ({@code -l vie -j jobs --sidecar}).
 * Peak memory is the largest resident set of any one process of the tool, from GNU time's
 * {@code %M} (or the child's {@code VmHWM} where that is missing).
 */
public final class PipelineBench {
    /** One tool's run over {@code pages} pages. */
    public record Run(String tool, int pages, double seconds, long peakKb, double meanCer, String note) {
        public double pagesPerMinute() {
            return pages / seconds * 60;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final BenchPages pages;
    private final int jobs;
    private final Path work;
    private final String heap;

    /**
     * @param heap the child JVM's maximum heap ({@code -Xmx}), as a production cron job would set it
     */
    public PipelineBench(BenchPages pages, int jobs, Path work, String heap) {
        this.pages = pages;
        this.jobs = jobs;
        this.work = work;
        this.heap = heap;
    }

    /** {@code vanban index} over the first {@code count} pages, in a fresh index, in a child JVM. */
    public Run vanban(int count, boolean correct) throws IOException, InterruptedException {
        Path in = Files.createDirectories(work.resolve("vanban-in-" + count));
        for (Path p : pages.pngs().subList(0, count)) {
            Path link = in.resolve(p.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, p);
            }
        }
        Path idx = work.resolve("vanban-index-" + count + (correct ? "" : "-raw"));
        FileTrees.deleteRecursively(idx); // every run starts from an empty index, so every page is OCR'd
        List<String> cmd = new ArrayList<>(launcher(heap));
        cmd.addAll(List.of("index", in.toString(), "--index", idx.toString(), "--json", "--quiet", "-j", Integer.toString(jobs)));
        if (!correct) {
            cmd.add("--no-correct");
        }
        long t0 = System.nanoTime();
        Measured m = measure(cmd, Map.of("VANBAN_JAVA_OPTS", "-Xmx" + heap));
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonNode summary = JSON.readTree(m.stdout().strip().lines().reduce((a, b) -> b).orElse("{}"));
        if (summary.path("pagesOcred").asInt() != count) {
            throw new IOException("vanban index OCR'd " + summary.path("pagesOcred").asInt() + " of " + count + " pages: " + m.stdout());
        }
        double cer = 0;
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(idx))) {
            for (int i = 0; i < count; i++) {
                String source = in.resolve(pages.pngs().get(i).getFileName()).toAbsolutePath().normalize().toString();
                cer += Cer.of(pages.truths().get(i), s.text(DocIds.forSource(source)).orElse(""));
            }
        }
        return new Run(correct ? "vanban index" : "vanban index --no-correct", count, seconds, m.peakKb(), cer / count,
                "OCR, " + (correct ? "correction, " : "") + "extraction, Lucene; " + jobs + " engines, JVM -Xmx" + heap + ", startup included");
    }

    /**
     * How to start vanban: bin/vanban when this process was started by it (what a user or a cron job
     * runs, JVM options and launcher included), else this JVM's java with its class path.
     */
    private static List<String> launcher(String heap) {
        String home = System.getProperty("vanban.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "vanban"))) {
            return List.of(Path.of(home, "bin", "vanban").toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.vanban.cli.Main");
    }

    public Run tesseractCli() throws IOException, InterruptedException {
        Path tessdata = tessdata();
        String[] texts = new String[pages.pngs().size()];
        AtomicLong peak = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                Measured m = measure(List.of("tesseract", pages.pngs().get(k).toString(), "stdout", "-l", "vie",
                        "--tessdata-dir", tessdata.toString(), "--dpi", Integer.toString(pages.dpi())), Map.of());
                texts[k] = m.stdout();
                peak.accumulateAndGet(m.peakKb(), Math::max);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("tesseract failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run("tesseract CLI", texts.length, seconds, peak.get(), cer(texts), jobs + " processes at a time, OMP_THREAD_LIMIT=1");
    }

    public Run ocrmypdf() throws IOException, InterruptedException {
        Path tessdata = tessdata();
        Path sidecar = work.resolve("ocrmypdf-sidecar.txt");
        Path out = work.resolve("ocrmypdf-out.pdf");
        long t0 = System.nanoTime();
        Measured m = measure(List.of("ocrmypdf", "-l", "vie", "-j", Integer.toString(jobs), "--sidecar", sidecar.toString(), "--quiet",
                pages.pdf().toString(), out.toString()), Map.of("TESSDATA_PREFIX", tessdata.toString()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] sheets = Files.readString(sidecar, StandardCharsets.UTF_8).split("\f", -1);
        Files.deleteIfExists(sidecar);
        Files.deleteIfExists(out);
        String[] texts = new String[pages.pngs().size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i < sheets.length ? sheets[i] : "";
        }
        return new Run("OCRmyPDF", texts.length, seconds, m.peakKb(), cer(texts), "-l vie -j " + jobs + " --sidecar, one PDF of all pages");
    }

    private double cer(String[] texts) {
        double sum = 0;
        for (int i = 0; i < texts.length; i++) {
            sum += Cer.of(pages.truths().get(i), texts[i] == null ? "" : texts[i]);
        }
        return sum / texts.length;
    }

    private static Path tessdata() throws IOException {
        try {
            return Tessdata.locate();
        } catch (OcrEngineException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private record Measured(String stdout, long peakKb) {}

    /** Runs a command (OMP_THREAD_LIMIT=1) and returns its stdout and its peak resident set in KiB (0 when unknown). */
    private Measured measure(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(GNU_TIME);
        Path rss = Files.createTempFile(work, "rss-", ".txt");
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.environment().putAll(env);
        Path err = Files.createTempFile(work, "err-", ".txt");
        pb.redirectError(err.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " not found", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + "): "
                    + Files.readString(err).lines().reduce((a, b) -> b).orElse(""));
        }
        long kb = timed ? parseKb(Files.readString(rss)).orElse(0) : 0;
        Files.deleteIfExists(rss);
        Files.deleteIfExists(err);
        return new Measured(out, kb);
    }

    /** The run of median wall time among repeats of one tool, its note giving the spread. */
    public static Run median(List<Run> repeats) {
        List<Run> sorted = repeats.stream().sorted(java.util.Comparator.comparingDouble(Run::seconds)).toList();
        Run m = sorted.get(sorted.size() / 2);
        if (sorted.size() == 1) {
            return m;
        }
        return new Run(m.tool(), m.pages(), m.seconds(), m.peakKb(), m.meanCer(), m.note() + String.format(java.util.Locale.ROOT,
                "; median of %d runs (%.1f–%.1f s)", sorted.size(), sorted.get(0).seconds(), sorted.get(sorted.size() - 1).seconds()));
    }

    /**
     * Each run's wall time over that of the baseline run of the same round, sorted. The rounds are
     * interleaved, so a slow spell of the machine falls on both runs of a pair: on a machine whose
     * speed drifts by ±10 % between minutes, these ratios vary less than the ratio of two medians.
     */
    public static double[] pairedRatios(List<Run> runs, List<Run> baseline) {
        if (runs.size() != baseline.size() || runs.isEmpty()) {
            throw new IllegalArgumentException("one run per round of each tool is needed");
        }
        double[] ratios = new double[runs.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = runs.get(i).seconds() / baseline.get(i).seconds();
        }
        java.util.Arrays.sort(ratios);
        return ratios;
    }

    private static OptionalLong parseKb(String s) {
        String last = s.strip().lines().reduce((a, b) -> b).orElse("").strip();
        try {
            return OptionalLong.of(Long.parseLong(last));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
