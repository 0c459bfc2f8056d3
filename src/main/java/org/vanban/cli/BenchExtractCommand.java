package org.vanban.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.extract.eval.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban bench extract}: field accuracy, citation and obligation-actor precision/recall, throughput. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Score directive extraction against gold files: each NAME.txt is compared with NAME.expected.json",
            "found next to it or in an --expected directory; with --ocr-dir, the OCR text of each input is",
            "scored instead. Prints a Markdown report."
        })
public final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text files or directories of them.", defaultValue = "samples/directives")
    List<Path> inputs;

    @Option(names = "--expected", paramLabel = "DIR", description = "Another directory to look for NAME.expected.json in.")
    List<Path> expected = List.of();

    @Option(names = "--min-time", paramLabel = "MS", description = "Throughput is measured over at least this many milliseconds.", defaultValue = "3000")
    long minMillis;

    @Option(names = "--details", description = "List every mismatch per document.")
    boolean details;

    @Option(names = "--ocr-dir", paramLabel = "DIR", description = {
        "Score the OCR of each input instead of its clean text: DIR/NAME.txt for each input NAME.txt,",
        "against the gold of the input (bin/dev/ocr-directives makes such a directory)."})
    Path ocrDir;

    @Override
    public Integer call() {
        ExtractionBenchmark.Config config = new ExtractionBenchmark.Config(inputs, expected, minMillis, java.util.Optional.ofNullable(ocrDir));
        ExtractionBenchmark.Report report;
        try {
            report = ExtractionBenchmark.run(config);
        } catch (IOException e) {
            throw new VanbanException(ExitCode.FATAL, "bench extract: " + e.getMessage());
        }
        spec.commandLine().getOut().print(ExtractionBenchmark.format(report, details));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
