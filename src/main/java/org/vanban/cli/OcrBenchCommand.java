package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vanban.ocr.Cer;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.bench.BenchPages;
import org.vanban.ocr.bench.OcrBench;
import org.vanban.ocr.bench.OcrBench.Run;
import org.vanban.ocr.preprocess.Preprocessing;
import org.vanban.samples.Degradation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vanban bench ocr}: renders a fixed set of pages and OCRs them with vanban, the tesseract
 * CLI and OCRmyPDF, printing a Markdown table of pages/minute, ratio to the CLI and CER. vanban runs
 * once with its corrector; its raw Tesseract text and its corrected text are scored side by side (the
 * same recognition, so the difference is the corrector's alone), with the corrector's CPU time.
 * {@code --preprocessing} instead compares vanban's preprocessing steps on the same pages.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Compare vanban with the tesseract CLI and OCRmyPDF on rendered pages.")
public final class OcrBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pages", defaultValue = "12", description = "Pages to render.")
    int pages;

    @Mixin
    BenchRenderOptions render;

    @Option(names = "--preprocessing", description = "Compare vanban's preprocessing steps instead of the tools.")
    boolean preprocessing;

    @Option(names = "--per-page", description = "Also print each page's CER per tool.")
    boolean perPage;

    @Option(names = "--save", paramLabel = "DIR",
            description = "Write each page's truth, raw and corrected vanban text into this folder.")
    Path save;

    /** The tools of the comparison. */
    enum Tool { CLI, VANBAN, OCRMYPDF }

    @Option(names = "--tools", split = ",", defaultValue = "CLI,VANBAN,OCRMYPDF",
            description = "Tools to run (${COMPLETION-CANDIDATES}); vanban gives a raw and a corrected row.")
    EnumSet<Tool> tools;

    @Option(names = "--texts", paramLabel = "FILE", arity = "1..*",
            description = "Render these UTF-8 texts instead of the two bundled fictional documents.")
    List<Path> texts = List.of();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Degradation d = render.checked(spec, pages);
        if (!texts.isEmpty() && tools.contains(Tool.OCRMYPDF) && !preprocessing) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--texts renders PNG pages only: add --tools cli,vanban");
        }
        if (save != null) {
            Files.createDirectories(save);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("vanban-bench-");
        try {
            BenchPages set = texts.isEmpty() ? BenchPages.render(work, pages, d, render.dpi, render.seed)
                    : BenchTexts.render(work, pages, d, render.dpi, render.seed, readTexts());
            OcrBench bench = new OcrBench(set, render.jobs, work);
            List<Run> runs = new ArrayList<>();
            if (preprocessing) {
                runs.add(bench.vanban(Set.of(), "vanban, no preprocessing"));
                for (Preprocessing p : Preprocessing.values()) {
                    runs.add(bench.vanban(EnumSet.of(p), "vanban, " + p.name().toLowerCase(Locale.ROOT)));
                }
                runs.add(bench.vanban(Preprocessing.DEFAULT, "vanban, default " + Preprocessing.DEFAULT.stream()
                        .map(p -> p.name().toLowerCase(Locale.ROOT)).sorted().toList()));
                runs.add(bench.vanban(EnumSet.allOf(Preprocessing.class), "vanban, all three"));
            } else {
                if (tools.contains(Tool.CLI)) {
                    runs.add(bench.tesseractCli());
                }
                if (tools.contains(Tool.VANBAN)) {
                    runs.addAll(CorrectedOcrRun.of(set, render.jobs, save));
                }
                if (tools.contains(Tool.OCRMYPDF)) {
                    runs.add(bench.ocrmypdf());
                }
            }
            print(out, runs, set, d);
            set.delete();
        } catch (OcrEngineException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        } finally {
            try (var s = Files.list(work)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
        return ExitCode.OK.code();
    }

    private List<String> readTexts() {
        List<String> out = new ArrayList<>();
        for (Path p : texts) {
            try {
                out.add(java.text.Normalizer.normalize(Files.readString(p), java.text.Normalizer.Form.NFC));
            } catch (IOException e) {
                throw new VanbanException(ExitCode.USAGE, p + ": cannot read as UTF-8 text (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** The CER of the pages taken as one text: every page's edits over all their characters. */
    private static double pooled(Run r, List<Integer> pages, int[] lengths) {
        double edits = 0;
        long chars = 0;
        for (int i : pages) {
            if (i < r.cers().size()) {
                edits += r.cers().get(i) * lengths[i];
                chars += lengths[i];
            }
        }
        return chars == 0 ? Double.NaN : edits / chars;
    }

    private void print(PrintWriter out, List<Run> runs, BenchPages set, Degradation d) {
        out.printf(Locale.ROOT, "%d pages, %s degradation (%s), %d dpi, seed %d, %d jobs, %d cores%n%n", set.pngs().size(),
                render.degradation, d, render.dpi, render.seed, render.jobs, Runtime.getRuntime().availableProcessors());
        if (!texts.isEmpty()) {
            out.println("texts: " + texts.stream().map(p -> p.getFileName().toString()).toList());
            out.println();
        }
        double base = runs.get(0).seconds();
        int[] lengths = set.truths().stream().mapToInt(Cer::length).toArray();
        out.println("| tool | wall s | pages/min | wall vs " + runs.get(0).tool() + " | mean CER of pages | CER of all text | note |");
        out.println("|---|---:|---:|---:|---:|---:|---|");
        List<Integer> everyPage = java.util.stream.IntStream.range(0, set.pngs().size()).boxed().toList();
        for (Run r : runs) {
            out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× | %.2f%% | %.2f%% | %s |%n", r.tool(), r.seconds(), r.pagesPerMinute(),
                    r.seconds() / base, 100 * r.meanCer(), 100 * pooled(r, everyPage, lengths), r.note());
        }
        // a page Tesseract gave up on (nothing or noise back) is lost to every corrector: the means without them
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < set.pngs().size(); i++) {
            boolean all = true;
            for (Run r : runs) {
                all &= i >= r.cers().size() || r.cers().get(i) < 0.5;
            }
            if (all) {
                read.add(i);
            }
        }
        if (read.size() < set.pngs().size()) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%nmean CER of the %d pages every tool read (CER under 50 %%):", read.size()));
            for (Run r : runs) {
                double mean = read.stream().filter(i -> i < r.cers().size()).mapToDouble(r.cers()::get).average().orElse(Double.NaN);
                sb.append(String.format(Locale.ROOT, " %s %.2f%% (all their text %.2f%%);", r.tool(), 100 * mean,
                        100 * pooled(r, read, lengths)));
            }
            out.println(sb);
        }
        if (perPage) {
            out.println();
            for (int i = 0; i < set.pngs().size(); i++) {
                StringBuilder sb = new StringBuilder(set.pngs().get(i).getFileName().toString());
                for (Run r : runs) {
                    sb.append(String.format(Locale.ROOT, "  %s %.2f%%", r.tool(), i < r.cers().size() ? 100 * r.cers().get(i) : Double.NaN));
                }
                out.println(sb);
            }
        }
        out.flush();
    }
}
