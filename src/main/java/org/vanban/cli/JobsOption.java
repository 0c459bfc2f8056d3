package org.vanban.cli;

import picocli.CommandLine.Option;

/** {@code --jobs N}: how many pages to work on at once, one per core by default. */
public final class JobsOption {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parallel jobs (OCR engines); default: one per core.",
            defaultValue = "0", showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    private int jobs;

    /** The number asked for, or the number of cores when none was given. */
    public int jobs() {
        return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    }

    /** True when the user gave a valid value or none. */
    public boolean valid() {
        return jobs >= 0 && jobs <= 256;
    }
}
