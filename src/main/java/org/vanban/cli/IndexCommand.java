package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.extract.DirectiveParser;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.IndexLockedException;
import org.vanban.pipeline.ArtefactStore;
import org.vanban.pipeline.FileFailure;
import org.vanban.pipeline.IngestConfig;
import org.vanban.pipeline.IngestRun;
import org.vanban.pipeline.IngestSummary;
import org.vanban.pipeline.SourceTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban index PATH... --index DIR}: text files (and, with OCR, scans) into the index. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Index text files (.txt, UTF-8) and scans into a searchable archive.",
            "Incremental: files whose content is unchanged since the last run are skipped,"
                    + " changed files are replaced. Each failed file is reported on stderr with its reason."
        })
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (searched recursively).")
    List<Path> paths;

    @Mixin
    IndexDirOption index;

    @Option(names = "--jobs", paramLabel = "N", description = "Files processed at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--json", description = "Print one JSON summary object at the end.")
    boolean json;

    @Option(names = "--quiet", description = "Print nothing but failures.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new VanbanException(ExitCode.USAGE, "--jobs must be at least 1, got " + threads);
        }
        IngestConfig config = new IngestConfig(paths, index.layout(), threads, IngestConfig.DEFAULT_COMMIT_EVERY);
        PrintWriter err = spec.commandLine().getErr();
        SourceTexts sources = new SourceTexts(null, new ArtefactStore(config.index().artefacts()));
        IngestRun run = new IngestRun(config, sources, () -> new DirectiveParser()::parse,
                f -> err.println("vanban: " + f.path() + ": " + f.reason()));
        IngestSummary summary;
        ArchiveWriter writer;
        try {
            writer = ArchiveWriter.open(config.index());
        } catch (IndexLockedException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        }
        try (writer) {
            summary = run.run(writer);
        }
        print(summary);
        return summary.failed().isEmpty() ? ExitCode.OK.code() : ExitCode.PARTIAL.code();
    }

    private void print(IngestSummary s) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultPrinter.json(s));
        } else if (!quiet) {
            out.printf(Locale.ROOT, "%d added, %d updated, %d unchanged, %d failed in %.1f s%n",
                    s.added(), s.updated(), s.unchanged(), s.failed().size(), s.seconds());
            for (FileFailure f : s.failed()) {
                out.println("  failed: " + f.path() + ": " + f.reason());
            }
        }
        out.flush();
    }
}
