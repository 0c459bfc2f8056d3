package org.vanban.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.vanban.ocr.Cer;
import org.vanban.ocr.OcrConfig;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.PageCorrector;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.bench.BenchPages;
import org.vanban.ocr.bench.OcrBench.Run;
import org.vanban.ocr.preprocess.Preprocessing;
import org.vanban.ocr.tesseract.TesseractEngine;
import org.vanban.pipeline.Correction;
import org.vanban.text.restore.Corrector;

/**
 * vanban's OCR of the benchmark pages exactly as {@code vanban ocr} runs it (default preprocessing, the
 * standard corrector), scored twice: the raw Tesseract text every page keeps and the corrected text. One
 * recognition feeds both rows, so their difference is the corrector's alone; the corrector's CPU time is
 * measured around each call. With a folder to save into, each page's truth, raw and corrected text are
 * written there ({@code page-001.gt.txt}, {@code .raw.txt}, {@code .corrected.txt}) for error analysis, with
 * Tesseract's words ({@code .words.tsv}: line, confidence, word).
 */
final class CorrectedOcrRun {
    private CorrectedOcrRun() {}

    /** Two rows: "vanban" (raw text) and "vanban corrected", with the same wall time. */
    static List<Run> of(BenchPages pages, int jobs, Path save) throws OcrEngineException, IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long l0 = System.nanoTime();
        Corrector.standard(); // loaded before the clock starts, like the engines
        PageCorrector corrector = Correction.standard();
        double loadSeconds = (System.nanoTime() - l0) / 1e9;
        AtomicLong correctorNanos = new AtomicLong();
        PageCorrector timed = (text, doubtful) -> {
            long c0 = threads.getCurrentThreadCpuTime();
            String out = corrector.correct(text, doubtful);
            correctorNanos.addAndGet(threads.getCurrentThreadCpuTime() - c0);
            return out;
        };
        OcrConfig config = OcrConfig.defaults().withJobs(jobs).withPreprocessing(Preprocessing.DEFAULT)
                .withDpi(pages.dpi()).withPageCorrector(timed);
        Map<Path, OcrResult> results;
        long t0;
        long t1;
        try (OcrService service = new OcrService(config, TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            t0 = System.nanoTime();
            results = service.collect(pages.pngs()).results(); // a failed page is scored as empty
            t1 = System.nanoTime();
        }
        double seconds = (t1 - t0) / 1e9;
        List<Double> raw = new ArrayList<>();
        List<Double> corrected = new ArrayList<>();
        for (int i = 0; i < pages.pngs().size(); i++) {
            OcrResult r = results.get(pages.pngs().get(i));
            String truth = pages.truths().get(i);
            String rawText = r == null ? "" : String.join("\f", r.pages().stream().map(p -> p.rawText()).toList());
            String correctedText = r == null ? "" : r.text();
            raw.add(Cer.of(truth, rawText));
            corrected.add(Cer.of(truth, correctedText));
            if (save != null) {
                String name = pages.pngs().get(i).getFileName().toString().replaceFirst("\\.png$", "");
                Files.writeString(save.resolve(name + ".gt.txt"), truth);
                Files.writeString(save.resolve(name + ".raw.txt"), rawText);
                Files.writeString(save.resolve(name + ".corrected.txt"), correctedText);
                Files.writeString(save.resolve(name + ".words.tsv"), wordsTsv(r));
            }
        }
        double cpu = correctorNanos.get() / 1e9;
        String note = String.format(Locale.ROOT, "corrector %.2f s CPU = %.1f %% of the wall time (model load %.2f s, before)",
                cpu, 100 * cpu / seconds, loadSeconds);
        int n = pages.pngs().size();
        return List.of(new Run("vanban", n, seconds, List.copyOf(raw), "Tesseract's text, default preprocessing"),
                new Run("vanban corrected", n, seconds, List.copyOf(corrected), note));
    }

    /** One line per word: the page's line index, Tesseract's confidence and the word; pages apart by a form feed. */
    private static String wordsTsv(OcrResult r) {
        if (r == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (var page : r.pages()) {
            if (out.length() > 0) {
                out.append('\f');
            }
            for (var w : page.words()) {
                out.append(w.line()).append('\t').append(String.format(Locale.ROOT, "%.1f", w.confidence()))
                        .append('\t').append(w.text()).append('\n');
            }
        }
        return out.toString();
    }
}
