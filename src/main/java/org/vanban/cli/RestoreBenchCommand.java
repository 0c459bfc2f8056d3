package org.vanban.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vanban.text.lm.NgramModel;
import org.vanban.text.restore.RestoreBenchmark;
import org.vanban.text.restore.RestoreOptions;
import org.vanban.text.restore.Restorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vanban bench restore}: diacritic restoration accuracy and speed on held-out corpus documents. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Strip the diacritics of held-out corpus documents, restore them, and report syllable accuracy",
            "by genre and document type, and restoration speed."
        })
public final class RestoreBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder with MANIFEST.tsv and corpus files: strip and restore its held-out documents.")
    Path corpus;

    @Option(names = "--pairs", paramLabel = "FILE", arity = "1..*",
            description = "Truth/OCR line pairs (truth<TAB>ocr, '# page' comments): restore the OCR side.")
    java.util.List<Path> pairs = java.util.List.of();

    @Option(names = "--pages", paramLabel = "DIR", arity = "1..*",
            description = "Folders of OCR pages from 'vanban bench ocr --save' (NAME.gt.txt + NAME.raw.txt): restore the raw text.")
    java.util.List<Path> pageDirs = java.util.List.of();

    @Option(names = "--confusions", paramLabel = "FILE", description = "A learned confusion table instead of the shipped one.")
    Path confusions;

    @Option(names = "--all", description = "Evaluate every document (the folder is held out as a whole).")
    boolean all;

    @Option(names = "--max-docs", defaultValue = "0", description = "At most this many documents per file (0: all).")
    int maxDocs;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model from 'vanban lm train' instead of the shipped one.")
    Path model;

    @Option(names = "--beam", defaultValue = "8", description = "Decoder states kept per token.")
    int beam;

    @Option(names = "--candidates", defaultValue = "24", description = "Candidates per token, the token itself included.")
    int candidates;

    @Option(names = "--per-document", paramLabel = "FILE", description = "Write per-document accuracy (TSV) here.")
    Path perDocument;

    @Option(names = "--errors", defaultValue = "0", description = "List this many of the most frequent errors.")
    int errors;

    @Override
    public Integer call() {
        if (corpus == null && pairs.isEmpty() && pageDirs.isEmpty()) {
            throw new VanbanException(ExitCode.USAGE, "give --corpus DIR, --pairs FILE or --pages DIR");
        }
        if (corpus != null && !Files.isRegularFile(corpus.resolve("MANIFEST.tsv"))) {
            throw new VanbanException(ExitCode.USAGE, corpus + ": no MANIFEST.tsv there");
        }
        RestoreOptions options = new RestoreOptions(RestoreOptions.Profile.AUTO, beam, candidates);
        long t0 = System.nanoTime();
        NgramModel lm = model == null ? Restorer.loadShippedModel() : load(model);
        Restorer restorer = new Restorer(lm, learned(), options);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        try (PrintWriter docs = perDocument == null ? null : new PrintWriter(Files.newBufferedWriter(perDocument))) {
            RestoreBenchmark bench = new RestoreBenchmark(restorer);
            out.printf("model load: %.2f s%n", loadSeconds);
            java.util.List<Path> sources = new java.util.ArrayList<>(pairs);
            sources.addAll(pageDirs);
            for (Path p : sources) {
                RestoreBenchmark.PairsReport r = Files.isDirectory(p) ? bench.runPages(p) : bench.runPairs(p);
                out.printf("%s: %d pages, %d lines, %d words: raw OCR %.2f %% exact, restored %.2f %% exact "
                                + "(up to tone placement; %.2f s CPU)%n",
                        p.getFileName(), r.restored().docs(), r.restored().lines(), r.raw().syllables(),
                        100 * r.raw().accuracy(), 100 * r.restored().accuracy(), r.seconds());
                out.printf("  strict OcrScore: %d syllables, exact %.2f %% -> %.2f %%, CER %.2f %% -> %.2f %%%n",
                        r.rawScore().syllables(), 100 * r.rawScore().syllableAccuracy(),
                        100 * r.restoredScore().syllableAccuracy(), 100 * r.rawScore().cer(), 100 * r.restoredScore().cer());
            }
            if (corpus == null) {
                for (var e : bench.topErrors(errors)) {
                    out.printf("%6d  %s%n", e.getValue(), e.getKey());
                }
                return ExitCode.OK.code();
            }
            RestoreBenchmark.Report report = bench.run(new RestoreBenchmark.Config(corpus, all, maxDocs), docs);
            out.println("| group | docs | lines | syllables | exact |");
            out.println("|---|---:|---:|---:|---:|");
            print(out, report.byGenre());
            print(out, report.byType());
            out.printf("| **all** | %d | %d | %d | %.2f %% |%n", report.total().docs(), report.total().lines(),
                    report.total().syllables(), 100 * report.total().accuracy());
            out.printf("restore speed: %,.0f syllables/s (%.1f s of CPU, one thread, model load excluded)%n",
                    report.syllablesPerSecond(), report.seconds());
            for (var e : bench.topErrors(errors)) {
                out.printf("%6d  %s%n", e.getValue(), e.getKey());
            }
        } catch (IOException e) {
            throw new VanbanException(ExitCode.FATAL, "bench restore: " + e.getMessage(), e);
        }
        return ExitCode.OK.code();
    }

    private static void print(PrintWriter out, Map<String, RestoreBenchmark.Tally> tallies) {
        tallies.forEach((group, t) -> out.printf("| %s | %d | %d | %d | %.2f %% |%n",
                group, t.docs(), t.lines(), t.syllables(), 100 * t.accuracy()));
    }

    private org.vanban.text.restore.LearnedConfusions learned() {
        if (confusions == null) {
            return org.vanban.text.restore.LearnedConfusions.shipped();
        }
        try (InputStream in = Files.newInputStream(confusions)) {
            return org.vanban.text.restore.LearnedConfusions.read(in);
        } catch (IOException e) {
            throw new VanbanException(ExitCode.USAGE, confusions + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static NgramModel load(Path path) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 20)) {
            return NgramModel.read(in);
        } catch (IOException e) {
            throw new VanbanException(ExitCode.USAGE, path + ": not a usable language model (" + e.getMessage() + ")");
        }
    }
}
