package org.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vanban bench}: the parent of the benchmarks; add one class per benchmark to the list. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure quality and speed on fixed data sets.",
        subcommands = {
            HelpCommand.class,
            OcrBenchCommand.class,
            RestoreBenchCommand.class,
            BenchExtractCommand.class,
            IndexBenchCommand.class,
        })
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a benchmark is required (see 'vanban bench --help')");
    }
}
