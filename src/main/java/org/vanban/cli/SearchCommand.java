package org.vanban.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.DocumentHit;
import org.vanban.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban search QUERY}: ranked directives with a highlighted snippet. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Full-text search, typed with or without diacritics. Document numbers (12-CT/TW, 30/2020/NĐ-CP)"
                    + " in the query match exactly in any spelling; \"quoted words\" must occur as a phrase.",
            "Matches in the snippet are marked «like this»."
        })
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "What to look for; omit to list by filters alone.")
    String query;

    @Option(names = "--type", paramLabel = "CODE", description = "Only this document type (KH, QĐ, NQ, CT, ...; diacritics optional).")
    String type;

    @Option(names = "--issuer", paramLabel = "TEXT", description = "Only documents whose issuer contains this text.")
    String issuer;

    @Option(names = "--from", paramLabel = "DATE", description = "Dated on or after (2024, 2024-03, 2024-03-15 or 15/3/2024).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Dated on or before (same forms as --from).")
    String to;

    @Option(names = "--cites", paramLabel = "SYMBOL", description = "Only documents citing this document number.")
    String cites;

    @Mixin
    IndexDirOption index;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        SearchRequest request;
        try {
            request = new SearchRequest(query, type, issuer, DateOptions.start("--from", from), DateOptions.end("--to", to),
                    cites, output.limit());
        } catch (IllegalArgumentException e) {
            throw new VanbanException(ExitCode.USAGE, e.getMessage());
        }
        List<DocumentHit> hits;
        try (ArchiveSearcher searcher = Searchers.open(index)) {
            hits = searcher.search(request);
        }
        ResultPrinter.print(spec.commandLine().getOut(), output.format(), hits, List.of(
                Column.of("number", 24, DocumentHit::number),
                Column.of("date", 10, DocumentHit::date),
                Column.of("type", 5, DocumentHit::typeCode),
                Column.of("title", 50, h -> h.title() != null ? h.title() : fileName(h.source())),
                Column.of("snippet", 100, DocumentHit::snippet),
                Column.of("id", 12, DocumentHit::id)));
        return ExitCode.OK.code();
    }

    static String fileName(String source) {
        return source == null ? null : java.nio.file.Path.of(source).getFileName().toString();
    }
}
