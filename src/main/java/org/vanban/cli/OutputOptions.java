package org.vanban.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The output options every query command shares: {@code --json}, {@code --csv}, {@code --limit}. */
public final class OutputOptions {
    static final class Format {
        @Option(names = "--json", description = "One JSON object per line (NDJSON).")
        boolean json;

        @Option(names = "--csv", description = "CSV with a header row.")
        boolean csv;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most results shown (default: ${DEFAULT-VALUE}).")
    int limit;

    public OutputFormat format() {
        if (format == null) {
            return OutputFormat.TABLE;
        }
        return format.json ? OutputFormat.JSON : format.csv ? OutputFormat.CSV : OutputFormat.TABLE;
    }

    public int limit() {
        if (limit < 1) {
            throw new VanbanException(ExitCode.USAGE, "--limit must be at least 1, got " + limit);
        }
        return limit;
    }
}
