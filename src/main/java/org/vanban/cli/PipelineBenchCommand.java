package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.ocr.bench.BenchPages;
import org.vanban.pipeline.FileTrees;
import org.vanban.pipeline.bench.PipelineBench;
import org.vanban.samples.Degradation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vanban bench pipeline}: renders a fixed set of scanned pages and runs, side by side,
 * {@code vanban index} (the whole pipeline), the bare tesseract CLI and OCRmyPDF, then vanban on
 * growing batches to show its peak memory stays flat. Prints Markdown tables for docs/benchmarks.md.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "vanban index (OCR, correction, extraction, index) vs the tesseract CLI vs OCRmyPDF on the same pages; peak memory as the batch grows.")
public final class PipelineBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pages", defaultValue = "12", description = "Pages to render (the largest batch).")
    int pages;

    @Mixin
    BenchRenderOptions render;

    @Option(names = "--heap", defaultValue = "1g", description = "Maximum heap of the vanban child JVM.")
    String heap;

    @Option(names = "--repeats", defaultValue = "5",
            description = "Runs of the tesseract CLI and of vanban, interleaved; the median wall time is reported.")
    int repeats;

    @Option(names = "--no-growth", description = "Skip the growing-batch memory runs.")
    boolean noGrowth;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Degradation d = render.checked(spec, pages);
        if (repeats < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeats must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("vanban-pipeline-bench-");
        try {
            BenchPages set = BenchPages.render(work, pages, d, render.dpi, render.seed);
            PipelineBench bench = new PipelineBench(set, render.jobs, work, heap);
            // Untimed: the first run after a build writes the launcher's class-data archive, which
            // every later run (a nightly cron job's, say) starts from; it also brings the model
            // files into the page cache for every tool.
            err.println("vanban: bench pipeline: warm-up (vanban index, 1 page, untimed)...");
            bench.vanban(1, true);
            double loadBefore = load();
            // Interleaved rounds, so a slow spell of a shared machine falls on every tool alike.
            List<PipelineBench.Run> cli = new ArrayList<>();
            List<PipelineBench.Run> corrected = new ArrayList<>();
            List<PipelineBench.Run> raw = new ArrayList<>();
            for (int round = 1; round <= repeats; round++) {
                err.println("vanban: bench pipeline: round " + round + " of " + repeats + ": tesseract CLI...");
                cli.add(bench.tesseractCli());
                err.println("vanban: bench pipeline: round " + round + " of " + repeats + ": vanban index...");
                corrected.add(bench.vanban(pages, true));
                err.println("vanban: bench pipeline: round " + round + " of " + repeats + ": vanban index --no-correct...");
                raw.add(bench.vanban(pages, false));
            }
            List<PipelineBench.Run> runs = new ArrayList<>();
            runs.add(PipelineBench.median(cli));
            runs.add(PipelineBench.median(corrected));
            err.println("vanban: bench pipeline: OCRmyPDF...");
            runs.add(bench.ocrmypdf());
            runs.add(PipelineBench.median(raw));
            List<PipelineBench.Run> growth = new ArrayList<>();
            if (!noGrowth) {
                for (int n : new int[] {Math.max(1, pages / 4), Math.max(1, pages / 2)}) {
                    if (n < pages) {
                        err.println("vanban: bench pipeline: vanban index, " + n + " pages...");
                        growth.add(bench.vanban(n, true));
                    }
                }
                growth.add(runs.get(1));
            }
            double loadAfter = load();
            out.printf(Locale.ROOT, "%d pages, %s degradation, %d dpi, seed %d, %d jobs, %d cores; load average %.1f before, %.1f after%n%n",
                    pages, render.degradation, render.dpi, render.seed, render.jobs, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
            double base = runs.get(0).seconds();
            out.println("| tool | wall s | pages/min | wall vs tesseract CLI | peak RSS MiB (largest process) | mean CER | what runs |");
            out.println("|---|---:|---:|---:|---:|---:|---|");
            for (PipelineBench.Run r : runs) {
                out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× | %s | %.2f%% | %s |%n", r.tool(), r.seconds(), r.pagesPerMinute(),
                        r.seconds() / base, mib(r.peakKb()), 100 * r.meanCer(), r.note());
            }
            if (repeats > 1) {
                out.println();
                out.println("Round by round, each vanban run over the tesseract CLI run of its round: "
                        + paired("vanban index", corrected, cli) + "; " + paired("--no-correct", raw, cli) + ".");
            }
            if (!growth.isEmpty()) {
                out.println();
                out.println("| vanban index, pages | wall s | pages/min | peak RSS MiB |");
                out.println("|---:|---:|---:|---:|");
                for (PipelineBench.Run r : growth) {
                    out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %s |%n", r.pages(), r.seconds(), r.pagesPerMinute(), mib(r.peakKb()));
                }
            }
            out.flush();
        } finally {
            FileTrees.deleteRecursively(work);
        }
        return ExitCode.OK.code();
    }

    /** The median of the paired ratios (the upper one of an even count, like the medians above) and their range. */
    private static String paired(String tool, List<PipelineBench.Run> runs, List<PipelineBench.Run> cli) {
        double[] r = PipelineBench.pairedRatios(runs, cli);
        return String.format(Locale.ROOT, "%s median %.2f× (%.2f–%.2f×)", tool, r[r.length / 2], r[0], r[r.length - 1]);
    }

    private static String mib(long kb) {
        return kb <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
