package org.vanban.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.ObligationHit;
import org.vanban.index.ObligationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban obligations [QUERY]}: who must do what, by when, set by which document. */
@Command(
        name = "obligations",
        mixinStandardHelpOptions = true,
        description = "Tasks assigned by the indexed documents: actor, action, deadline, frequency, source number and section.")
public final class ObligationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Words the task must contain (with or without diacritics).")
    String query;

    @Option(names = "--actor", paramLabel = "TEXT",
            description = "Only tasks whose responsible unit contains TEXT, with or without diacritics (\"van phong so\").")
    String actor;

    @Option(names = "--due-before", paramLabel = "DATE", description = "Only tasks with a dated deadline before DATE.")
    String dueBefore;

    @Option(names = "--type", paramLabel = "CODE", description = "Only tasks set by documents of this type (KH, QĐ, ...).")
    String type;

    @Mixin
    IndexDirOption index;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        ObligationRequest request = new ObligationRequest(query, actor, DateOptions.start("--due-before", dueBefore), type, output.limit());
        List<ObligationHit> hits;
        try (ArchiveSearcher searcher = Searchers.open(index)) {
            hits = searcher.obligations(request);
        }
        ResultPrinter.print(spec.commandLine().getOut(), output.format(), hits, List.of(
                Column.of("actor", 30, ObligationHit::actor),
                Column.of("action", 60, ObligationHit::action),
                Column.of("deadline", 20, ObligationHit::deadline),
                Column.of("frequency", 14, ObligationHit::frequency),
                Column.of("number", 24, ObligationHit::number),
                Column.of("section", 10, ObligationHit::section)));
        return ExitCode.OK.code();
    }
}
