package org.vanban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vanban lm}: the parent of the language-model commands; it does no work of its own. */
@Command(
        name = "lm",
        mixinStandardHelpOptions = true,
        description = "Build the syllable language model used by 'vanban restore'.",
        subcommands = {LmTrainCommand.class})
public final class LmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (see 'vanban lm --help')");
    }
}
