package org.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vanban bench}: the parent of the benchmark commands; it does no work of its own. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure quality and speed on a fixed data set.",
        subcommands = {RestoreBenchCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (see 'vanban bench --help')");
    }
}
