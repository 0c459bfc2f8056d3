package org.vanban.cli;

import org.vanban.samples.Degradation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the OCR benchmarks render their pages and how many engines or processes every tool gets. */
final class BenchRenderOptions {
    @Option(names = "--degradation", defaultValue = "light", description = "none, light, medium or heavy.")
    String degradation;

    @Option(names = "--dpi", defaultValue = "300", description = "Render resolution.")
    int dpi;

    @Option(names = "--seed", defaultValue = "1", description = "Render seed.")
    long seed;

    @Option(names = "--jobs", defaultValue = "2", description = "Engines / processes for every tool.")
    int jobs;

    /** The degradation preset named on the command line, after checking it and the page and job counts. */
    Degradation checked(CommandSpec spec, int pages) {
        Degradation d;
        try {
            d = Degradation.named(degradation);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (pages < 1 || jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--pages and --jobs must be at least 1");
        }
        return d;
    }
}
