package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vanban.index.IndexLayout;
import org.vanban.index.IndexLockedException;
import org.vanban.index.IndexMerger;
import org.vanban.index.IndexMissingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban merge OUT SHARD...}: shard indexes into one, answering as one index built from everything. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Combine shard indexes (from 'vanban index --shard I/N') into OUT (created when missing).",
            "Queries on OUT answer as on one index built from all the shards' inputs; OCR text is copied along.",
            "A document already in OUT is replaced by the shard's copy; one in two shards is refused."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:fatal: nothing merged (a shard missing, locked or overlapping)", "2:usage error"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "The index to write.")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD", description = "Shard index directories.")
    List<Path> shards;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        IndexMerger.MergeSummary s;
        try {
            s = IndexMerger.merge(new IndexLayout(out), shards.stream().map(IndexLayout::new).toList());
        } catch (IndexMissingException | IndexLockedException | IllegalStateException | IllegalArgumentException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(ResultPrinter.json(s));
        } else {
            w.printf(Locale.ROOT, "merged %d shards into %s: %d documents (%d replaced), %d artefact files copied; %.1f s%n",
                    s.shards(), new IndexLayout(out).root(), s.documents(), s.replaced(), s.artefacts(), s.seconds());
        }
        w.flush();
        return ExitCode.OK.code();
    }
}
