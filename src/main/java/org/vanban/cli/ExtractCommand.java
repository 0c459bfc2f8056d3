package org.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.extract.DirectiveExtractor;
import org.vanban.extract.DirectiveJson;
import org.vanban.extract.DirectiveSummary;
import org.vanban.extract.Extraction;
import org.vanban.extract.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban extract FILE... [--json]}: metadata, citations, outline and obligations of directives. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Parse directives (UTF-8 text) into number, type, issuer, date, title, signer, recipients,",
            "citations, outline and obligations. With --json, one JSON object per input per line (NDJSON);",
            "inputs that fail are reported on stderr, one line each, and the exit code is 3."
        })
public final class ExtractCommand implements Callable<Integer> {
    /** What the options ask for; built before any work is done. */
    record Request(List<Path> files, boolean json) {
        Request {
            files = List.copyOf(files);
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files to parse.")
    List<Path> files;

    @Option(names = "--json", description = "Write NDJSON: one object per input per line.")
    boolean json;

    @Override
    public Integer call() {
        return run(new Request(files, json), new DirectiveExtractor(new TextFileReader()),
                spec.commandLine().getOut(), spec.commandLine().getErr()).code();
    }

    static ExitCode run(Request request, DirectiveExtractor extractor, PrintWriter out, PrintWriter err) {
        ExitCode result = ExitCode.OK;
        for (Path file : request.files()) {
            Extraction extraction = extractor.extract(file);
            switch (extraction) {
                case Extraction.Parsed parsed -> {
                    out.println(request.json() ? DirectiveJson.line(parsed.directive()) : DirectiveSummary.format(parsed.directive()));
                }
                case Extraction.Failed failed -> {
                    err.println("vanban: " + failed.source() + ": " + failed.reason());
                    result = result.worst(ExitCode.PARTIAL);
                }
            }
        }
        out.flush();
        err.flush();
        return result;
    }
}
