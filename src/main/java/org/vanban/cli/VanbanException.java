package org.vanban.cli;

/** A failure with a message meant for the user and the exit code it maps to. */
public class VanbanException extends RuntimeException {
    private final ExitCode exitCode;

    public VanbanException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VanbanException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
