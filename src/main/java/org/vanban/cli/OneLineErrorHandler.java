package org.vanban.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on stderr and a fatal exit code.
 * Users get the reason, never a stack trace; {@code VANBAN_DEBUG=1} shows the trace.
 */
final class OneLineErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        if (ex instanceof CommandLine.ParameterException pe) {
            cli.getErr().println("vanban: " + pe.getMessage());
            return ExitCode.USAGE.code();
        }
        if (ex instanceof VanbanException ve) {
            cli.getErr().println("vanban: " + ve.getMessage());
            return ve.exitCode().code();
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("vanban: " + message.lines().findFirst().orElse(message));
        if ("1".equals(System.getenv("VANBAN_DEBUG"))) {
            ex.printStackTrace(cli.getErr());
        }
        return ExitCode.FATAL.code();
    }
}
