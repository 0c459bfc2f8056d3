package org.vanban.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The root command: it does no work of its own. Its subcommands are {@link #SUBCOMMANDS}, added by
 * {@link Main#newCommandLine}.
 */
@Command(
        name = "vanban",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        showDefaultValues = true,
        description = "OCR, diacritic restoration, directive extraction and search for Vietnamese government documents.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all good",
            "1:fatal error, nothing changed",
            "2:usage error",
            "3:finished, but some files failed (each reported on stderr)"
        })
public final class VanbanCommand implements Runnable {
    /** One class per subcommand, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            HelpCommand.class,
            OcrCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            SamplesCommand.class,
            ExtractCommand.class,
            LmCommand.class,
            RestoreCommand.class,
            IndexCommand.class, MergeCommand.class, ExportCommand.class, SearchCommand.class, CitesCommand.class, ObligationsCommand.class, ShowCommand.class, StatsCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required (see 'vanban --help')");
    }
}
