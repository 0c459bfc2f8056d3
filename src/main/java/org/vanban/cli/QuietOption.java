package org.vanban.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: no progress display; errors are still reported. */
public final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress display (errors are still reported).")
    private boolean quiet;

    public boolean quiet() {
        return quiet;
    }
}
