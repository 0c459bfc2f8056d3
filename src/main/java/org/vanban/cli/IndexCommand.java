package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.pipeline.Extractor;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.IndexLockedException;
import org.vanban.ocr.OcrEngineException;
import org.vanban.pipeline.FileFailure;
import org.vanban.pipeline.IngestConfig;
import org.vanban.pipeline.IngestListener;
import org.vanban.pipeline.IngestSummary;
import org.vanban.pipeline.Ingestion;
import org.vanban.pipeline.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban index PATH... --index DIR}: text files and scans into the index, unattended-safe. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Index scans (PDF, TIFF, PNG, JPEG: OCR'd, one engine per core) and text files (.txt: UTF-8, or TCVN3/VNI"
                    + " converted) into a searchable archive.",
            "Incremental: files whose content is unchanged since the last run are skipped, changed files are replaced;"
                    + " OCR text is kept in DIR/artefacts so an unchanged scan is never OCR'd again.",
            "Each failed file is reported once on stderr with its reason; the summary goes to stdout.",
            "Safe to kill at any moment: the index stays at its last commit and the next run completes the work.",
            "A second run on the same index stops at once, naming the process that holds it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all good",
            "1:fatal: nothing was indexed (index locked, OCR engine missing, index unusable)",
            "2:usage error",
            "3:finished, but some files failed (each reported on stderr)"
        })
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (searched recursively).")
    List<Path> paths;

    @Mixin
    IndexDirOption index;

    @Mixin
    JobsOption jobs;

    @Option(names = "--json", description = "Print one JSON summary object at the end (added, updated, unchanged, deleted,"
            + " failed [{path, reason}], pagesOcred, seconds).")
    boolean json;

    @Mixin
    QuietOption quiet;

    @Option(names = "--prune", description = "Remove documents whose source file, under one of the PATHs, no longer exists.")
    boolean prune;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Take only shard I of N of the files (by a hash of each file's path relative to the PATH it was"
                    + " found under); build N shards on N machines, then 'vanban merge'.")
    Shard shard;

    @Option(names = "--no-correct", description = "Index OCR text as Tesseract gave it: no diacritic restoration or OCR repair.")
    boolean noCorrect;

    @Option(names = "--commit-every", paramLabel = "DOCS", defaultValue = "" + IngestConfig.DEFAULT_COMMIT_EVERY,
            description = "Commit after this many new or changed documents (a crash costs at most this much work).")
    int commitEvery;

    @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "60",
            description = "Commit at least this often while documents are coming in.")
    int commitSeconds;

    static final class ShardConverter implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!jobs.valid()) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and 256");
        }
        if (commitEvery < 1 || commitSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--commit-every and --commit-seconds must be at least 1");
        }
        if (prune) {
            // An unmounted archive must not look like an archive whose files were all deleted.
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new VanbanException(ExitCode.FATAL, p + ": no such file or directory; nothing indexed or pruned");
                }
            }
        }
        IngestConfig config = new IngestConfig(paths, index.layout(), jobs.jobs(), commitEvery,
                Duration.ofSeconds(commitSeconds), prune, shard == null ? Shard.ALL : shard, !noCorrect);
        PrintWriter err = spec.commandLine().getErr();
        Progress[] progress = {Progress.forStderr(err, quiet.quiet(), 0)};
        IngestListener listener = new IngestListener() {
            @Override
            public void started(int files) {
                progress[0] = Progress.forStderr(err, quiet.quiet(), files);
            }

            @Override
            public void fileDone(Path file, int pagesOcred) {
                for (int i = 0; i < pagesOcred; i++) {
                    progress[0].pageDone();
                }
                progress[0].fileDone();
            }

            @Override
            public void failed(FileFailure f) {
                progress[0].println("vanban: " + f.path() + ": " + f.reason());
            }
        };
        IngestSummary summary;
        try (Ingestion ingestion = Ingestion.start(config, Extractor::directiveParser, listener)) {
            summary = ingestion.run();
        } catch (IndexLockedException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        } catch (OcrEngineException e) {
            throw new VanbanException(ExitCode.FATAL, "cannot start OCR: " + e.getMessage() + "; nothing indexed");
        } finally {
            progress[0].finish();
        }
        print(summary);
        return summary.failed().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }

    private void print(IngestSummary s) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultPrinter.json(s));
        } else if (!quiet.quiet()) {
            out.printf(Locale.ROOT, "%d added, %d updated, %d unchanged, %d failed%s, %d deleted; %d pages OCR'd; %.1f s%n",
                    s.added(), s.updated(), s.unchanged(), s.failed().size(),
                    s.failed().isEmpty() ? "" : " (reported above)", s.deleted(), s.pagesOcred(), s.seconds());
        }
        out.flush();
    }
}
