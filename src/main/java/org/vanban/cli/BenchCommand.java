package org.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code vanban bench}: groups the benchmarks; it does no work of its own. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (speed and accuracy).",
        subcommands = {HelpCommand.class, OcrBenchCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required (see 'vanban bench --help')");
    }
}
