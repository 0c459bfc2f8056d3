package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.ArchiveStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban stats}: what the index holds. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Counts of documents, obligations and citations, and of documents by type and by year.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexDirOption index;

    @Mixin
    OutputOptions output;

    private record Row(String group, String key, long count) {}

    @Override
    public Integer call() throws IOException {
        ArchiveStats stats;
        try (ArchiveSearcher searcher = Searchers.open(index)) {
            stats = searcher.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.JSON) {
            out.println(ResultPrinter.json(stats));
            out.flush();
            return ExitCode.OK.code();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("total", "documents", stats.documents()));
        rows.add(new Row("total", "obligations", stats.obligations()));
        rows.add(new Row("total", "citations", stats.citations()));
        for (Map.Entry<String, Long> e : stats.byType().entrySet()) {
            rows.add(new Row("type", e.getKey(), e.getValue()));
        }
        for (Map.Entry<Integer, Long> e : stats.byYear().entrySet()) {
            rows.add(new Row("year", String.valueOf(e.getKey()), e.getValue()));
        }
        ResultPrinter.print(out, output.format(), rows, List.of(
                Column.of("group", 8, Row::group), Column.of("key", 20, Row::key), Column.of("count", 12, Row::count)));
        return ExitCode.OK.code();
    }
}
