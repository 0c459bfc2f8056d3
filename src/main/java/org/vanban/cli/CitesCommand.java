package org.vanban.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.CitationHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban cites SYMBOL}: who cites a document; {@code --reverse}: what a document cites. */
@Command(
        name = "cites",
        mixinStandardHelpOptions = true,
        description = {
            "Documents citing SYMBOL, each with the sentence that cites it. Any spelling of the number works:"
                    + " 12-CT/TW, 12/ct-tw and 12 - CT/TW are one document, 13-CT/TW another.",
            "With --reverse, SYMBOL (a document number or id) is the citing document and the output lists what it cites."
        })
public final class CitesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYMBOL", description = "A document number (or, with --reverse, a number or id).")
    String symbol;

    @Option(names = "--reverse", description = "List what the document SYMBOL cites.")
    boolean reverse;

    @Mixin
    IndexDirOption index;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        List<CitationHit> hits;
        try (ArchiveSearcher searcher = Searchers.open(index)) {
            hits = reverse ? searcher.citedBy(symbol, output.limit()) : searcher.citing(symbol, output.limit());
        }
        List<Column<CitationHit>> columns = reverse
                ? List.of(
                        Column.of("cited", 24, h -> h.cited() != null ? h.cited() : h.citedName()),
                        Column.of("type", 14, CitationHit::citedType),
                        Column.of("date", 10, CitationHit::citedDate),
                        Column.of("sentence", 110, CitationHit::sentence))
                : List.of(
                        Column.of("number", 24, CitationHit::number),
                        Column.of("date", 10, CitationHit::date),
                        Column.of("type", 5, CitationHit::typeCode),
                        Column.of("title", 40, h -> h.title() != null ? h.title() : SearchCommand.fileName(h.source())),
                        Column.of("sentence", 100, CitationHit::sentence),
                        Column.of("id", 12, CitationHit::id));
        ResultPrinter.print(spec.commandLine().getOut(), output.format(), hits, columns);
        return ExitCode.OK.code();
    }
}
