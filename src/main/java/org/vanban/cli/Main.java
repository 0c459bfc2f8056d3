package org.vanban.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

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
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8))
                .execute(args));
    }

    /** A configured command line writing to the given streams; tests call {@code execute} on it. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new VanbanCommand());
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
