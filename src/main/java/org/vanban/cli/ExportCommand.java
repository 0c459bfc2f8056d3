package org.vanban.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.vanban.index.ArchiveExporter;
import org.vanban.index.IndexMissingException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban export --jsonl}: documents and obligations for a Solr or OpenSearch cluster's bulk loader. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the index's documents and obligations as JSON lines for a Solr or OpenSearch bulk loader.",
            "  --jsonl        one object per line (Solr: POST to /update/json/docs)",
            "  --bulk NAME    OpenSearch/Elasticsearch _bulk format into index NAME",
            "The README maps the fields to Solr and OpenSearch types and analyzers."
        })
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexDirOption index;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Shape shape;

    static final class Shape {
        @Option(names = "--jsonl", required = true, description = "One JSON object per line.")
        boolean jsonl;

        @Option(names = "--bulk", paramLabel = "NAME", required = true, description = "OpenSearch/Elasticsearch _bulk lines into index NAME.")
        String bulk;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ArchiveExporter exporter = shape.bulk != null
                ? new ArchiveExporter(ArchiveExporter.Format.BULK, shape.bulk)
                : new ArchiveExporter(ArchiveExporter.Format.JSONL, null);
        ArchiveExporter.ExportSummary s;
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                s = exporter.export(index.layout(), out);
            } else {
                Path dir = output.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "." + output.getFileName(), ".tmp");
                try {
                    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                        s = exporter.export(index.layout(), w);
                    }
                    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IndexMissingException e) {
            throw new VanbanException(ExitCode.FATAL, e.getMessage());
        }
        spec.commandLine().getErr().println("vanban: exported " + s.documents() + " documents and " + s.obligations() + " obligations");
        spec.commandLine().getErr().flush();
        return ExitCode.OK.code();
    }
}
