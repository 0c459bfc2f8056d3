package org.vanban.ocr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.vanban.ocr.Cer;
import org.vanban.ocr.OcrConfig;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.preprocess.Preprocessing;
import org.vanban.ocr.tesseract.TesseractEngine;

/**
 * Runs the same pages through vanban, the tesseract CLI ({@code jobs} processes at a time, one
 * OpenMP thread each, the same tessdata) and OCRmyPDF ({@code -l vie -j jobs --sidecar}), and
 * measures wall time and character error rate of each.
 */
public final class OcrBench {
    /** One tool's run: wall seconds and per-page CER (NaN when the tool is missing or failed). */
    public record Run(String tool, int pages, double seconds, List<Double> cers, String note) {
        public double pagesPerMinute() {
            return pages / seconds * 60;
        }

        public double meanCer() {
            return cers.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    private final BenchPages pages;
    private final int jobs;
    private final Path work;

    public OcrBench(BenchPages pages, int jobs, Path work) {
        this.pages = pages;
        this.jobs = jobs;
        this.work = work;
    }

    public Run vanban(Set<Preprocessing> preprocessing, String label) throws OcrEngineException {
        OcrConfig config = OcrConfig.defaults().withJobs(jobs).withPreprocessing(preprocessing).withDpi(pages.dpi());
        Map<Path, OcrResult> results;
        long t0;
        long t1;
        try (OcrService service = new OcrService(config, TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            t0 = System.nanoTime(); // engines are started: like the CLI, which loads its model per process, the load is not timed twice
            results = service.collect(pages.pngs()).results(); // a failed page is scored as empty
            t1 = System.nanoTime();
        }
        return new Run(label, pages.pngs().size(), (t1 - t0) / 1e9, cers(i -> {
            OcrResult r = results.get(pages.pngs().get(i));
            return r == null ? "" : r.text();
        }), "");
    }

    public Run tesseractCli() throws IOException, InterruptedException {
        Path tessdata;
        try {
            tessdata = Tessdata.locate();
        } catch (OcrEngineException e) {
            return missing("tesseract CLI", e.getMessage());
        }
        String[] texts = new String[pages.pngs().size()];
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                texts[k] = exec(List.of("tesseract", pages.pngs().get(k).toString(), "stdout", "-l", "vie",
                        "--tessdata-dir", tessdata.toString(), "--dpi", Integer.toString(pages.dpi())), Map.of());
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            return missing("tesseract CLI", String.valueOf(e.getCause().getMessage()));
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run("tesseract CLI", texts.length, seconds, cers(i -> texts[i]), jobs + " processes");
    }

    public Run ocrmypdf() throws IOException, InterruptedException {
        Path tessdata;
        try {
            tessdata = Tessdata.locate();
        } catch (OcrEngineException e) {
            return missing("OCRmyPDF", e.getMessage());
        }
        Path sidecar = work.resolve("ocrmypdf-sidecar.txt");
        Path out = work.resolve("ocrmypdf-out.pdf");
        long t0 = System.nanoTime();
        try {
            exec(List.of("ocrmypdf", "-l", "vie", "-j", Integer.toString(jobs), "--sidecar", sidecar.toString(), "--quiet",
                    pages.pdf().toString(), out.toString()), Map.of("TESSDATA_PREFIX", tessdata.toString()));
        } catch (IOException e) {
            return missing("OCRmyPDF", e.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] sheets = Files.readString(sidecar, StandardCharsets.UTF_8).split("\f", -1);
        Files.deleteIfExists(sidecar);
        Files.deleteIfExists(out);
        return new Run("OCRmyPDF", pages.pngs().size(), seconds, cers(i -> i < sheets.length ? sheets[i] : ""), "-j " + jobs);
    }

    private Run missing(String tool, String why) {
        return new Run(tool, pages.pngs().size(), Double.NaN, List.of(), "not run: " + why);
    }

    private List<Double> cers(java.util.function.IntFunction<String> text) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < pages.truths().size(); i++) {
            out.add(Cer.of(pages.truths().get(i), text.apply(i)));
        }
        return Collections.unmodifiableList(out);
    }

    private static String exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " not found", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
