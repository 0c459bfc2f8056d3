package org.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vanban samples}: developer tools that make test scans; lists its subcommands only. */
@Command(
        name = "samples",
        mixinStandardHelpOptions = true,
        description = "Make realistic test scans of Vietnamese documents.",
        subcommands = {SamplesRenderCommand.class})
public final class SamplesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a samples command is required (see 'vanban samples --help')");
    }
}
