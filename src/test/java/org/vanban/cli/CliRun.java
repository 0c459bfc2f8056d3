package org.vanban.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs vanban's commands in the test's own JVM, as {@code bin/vanban} would, and keeps what they
 * printed on stdout and stderr. One instance per test (JUnit makes a test instance per test method).
 */
final class CliRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command line; returns its exit code. Output accumulates across runs. */
    int run(String... args) {
        return Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    StringWriter out() {
        return out;
    }

    StringWriter err() {
        return err;
    }
}
