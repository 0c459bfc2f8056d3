package org.vanban.cli;

/**
 * The process exit codes of every vanban command, mapped in this one place.
 * Scripts and cron jobs rely on them; README documents the same table.
 */
public enum ExitCode {
    /** Everything asked for was done. */
    OK(0),
    /** A fatal error stopped the run before it changed anything (bad index, missing engine, ...). */
    FATAL(1),
    /** The command line was wrong: unknown option, missing argument, bad value. */
    USAGE(2),
    /** The run finished, but some inputs failed; each was reported on stderr with its reason. */
    PARTIAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The worse of two outcomes, so a batch can fold per-file results into one exit code. */
    public ExitCode worst(ExitCode other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
