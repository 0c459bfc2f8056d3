package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.vanban.ocr.Cer;
import org.vanban.ocr.InputFiles;
import org.vanban.ocr.OcrConfig;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrListener;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.PageSink;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.tesseract.TesseractEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vanban demo}: OCRs the bundled sample scans and shows, per file, its pages, the time
 * taken, the mean word confidence, the character error rate against the ground truth when a
 * {@code NAME.gt.txt} or {@code NAME.txt} sits next to it, and the first lines of text.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "OCR the bundled sample scans and show what came out.")
public final class DemoCommand implements Callable<Integer> {
    private static final int FIRST_LINES = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of scans (default: samples/ of the installation).")
    Path samples;

    @Mixin
    JobsOption jobs;

    @Override
    public Integer call() {
        Path dir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(dir)) {
            throw new VanbanException(ExitCode.FATAL, "no samples folder at " + dir);
        }
        List<Path> files = InputFiles.collect(List.of(dir)).files();
        if (files.isEmpty()) {
            throw new VanbanException(ExitCode.FATAL, "no scans (PDF, TIFF, PNG, JPEG) in " + dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, Long> started = new ConcurrentHashMap<>();
        Map<Path, String> reports = new TreeMap<>();
        Map<Path, String> failures = new TreeMap<>();
        long t0 = System.nanoTime();
        int pages;
        try (OcrService service = new OcrService(OcrConfig.defaults().withJobs(jobs.jobs()),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            int[] pageCount = {0};
            service.processAll(files, new OcrListener() {
                @Override
                public PageSink sink(Path file) {
                    started.put(file, System.nanoTime());
                    return PageSink.NONE;
                }

                @Override
                public void succeeded(Path file, OcrResult result) {
                    double seconds = (System.nanoTime() - started.getOrDefault(file, t0)) / 1e9;
                    synchronized (reports) {
                        pageCount[0] += result.pages().size();
                        reports.put(file, report(dir, file, result, seconds));
                    }
                }

                @Override
                public void failed(Path file, String reason) {
                    synchronized (reports) {
                        failures.put(file, reason);
                    }
                }
            });
            pages = pageCount[0];
        } catch (OcrEngineException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        }
        reports.values().forEach(out::print);
        failures.forEach((file, reason) -> err.println("vanban: " + file + ": " + reason));
        double total = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d files, %d pages in %.1f s (%.1f pages/min, %d jobs)%n",
                reports.size(), pages, total, pages / total * 60, jobs.jobs());
        out.flush();
        return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }

    private static Path defaultSamples() {
        String home = System.getProperty("vanban.home");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }

    private static String report(Path dir, Path file, OcrResult result, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "== %s: %d page%s, %.1f s, mean confidence %.1f", dir.relativize(file),
                result.pages().size(), result.pages().size() == 1 ? "" : "s", seconds, result.meanConfidence()));
        groundTruth(file).ifPresent(truth -> sb.append(String.format(Locale.ROOT, ", CER %.2f%%", 100 * Cer.of(truth, result.text()))));
        sb.append(System.lineSeparator());
        result.text().lines().filter(l -> !l.isBlank()).limit(FIRST_LINES)
                .forEach(l -> sb.append("   ").append(l.replace("\f", "")).append(System.lineSeparator()));
        return sb.toString();
    }

    /** The ground-truth text of a sample: NAME.gt.txt, or NAME.txt, next to it. */
    private static java.util.Optional<String> groundTruth(Path file) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String candidate : List.of(stem + ".gt.txt", stem + ".txt")) {
            Path p = file.resolveSibling(candidate);
            if (Files.isRegularFile(p)) {
                try {
                    return java.util.Optional.of(Files.readString(p));
                } catch (IOException e) {
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }
}
