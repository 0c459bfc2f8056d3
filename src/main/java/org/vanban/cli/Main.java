package org.vanban.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point. The only place that calls {@link System#exit}. */
public final class Main {
    /**
     * Lucene logs a warning on every start when the JDK's incubating vector module is not enabled.
     * It is advice for tuning, not a problem of the user's run: keep it off stderr, where every line
     * should be about the user's files. Held in a field because loggers are only weakly referenced.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        System.exit(newCommandLine(
                        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                        args)
                .execute(args));
    }

    /** A configured command line with every command, writing to the given streams; tests call {@code execute} on it. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, new String[0]);
    }

    /**
     * A configured command line for these arguments. When they start with a command's name only that
     * command is built: picocli reads a command's annotations and fields when it builds it, which for
     * the fifteen commands a run does not use cost every short run (a search from the shell, say)
     * about a quarter of a second. Anything else (no command, {@code --help}, {@code help}, a typo)
     * gets them all, so that help and suggestions list every command.
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cli = new CommandLine(new VanbanCommand());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> named = VanbanCommand.SUBCOMMANDS.stream()
                .filter(c -> !first.equals("help") && c.getAnnotation(Command.class).name().equals(first))
                .toList();
        for (Class<?> command : named.isEmpty() ? VanbanCommand.SUBCOMMANDS : named) {
            cli.addSubcommand(command);
        }
        // after the subcommands are added: these settings reach the subcommands present
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new OneLineErrorHandler());
        cli.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK.code());
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        cli.getCommandSpec().exitCodeOnExecutionException(ExitCode.FATAL.code());
        return cli;
    }
}
