package org.vanban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vanban.index.bench.IndexBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban bench index}: relevance, indexing throughput, query latency and index size. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Measure search relevance (hit@1, MRR), indexing throughput of text files with extraction,",
            "query latency on a large generated index, and index size per document. Prints Markdown."
        })
public final class IndexBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples/directives", description = "Sample directives to index and recombine.")
    Path samples;

    @Option(names = "--relevance", paramLabel = "FILE", defaultValue = "src/test/resources/relevance/queries.tsv",
            description = "Relevance set: query TAB expected file TAB note.")
    Path relevance;

    @Option(names = "--distractors", paramLabel = "N", defaultValue = "1000", description = "Generated documents added to the relevance index.")
    int distractors;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000", description = "Generated text files for the throughput run (0 skips it).")
    int docs;

    @Option(names = "--latency-docs", paramLabel = "N", defaultValue = "100000", description = "Documents in the latency index (0 skips it).")
    int latencyDocs;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a new temporary directory).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the document generator.")
    long seed;

    @Override
    public Integer call() throws IOException {
        for (Path p : new Path[] {samples, relevance}) {
            if (!Files.exists(p)) {
                throw new VanbanException(ExitCode.USAGE, p + ": not found (run from the project directory or pass the option)");
            }
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("vanban-bench-index");
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        IndexBenchmark.Report report = IndexBenchmark.run(
                new IndexBenchmark.Config(samples, relevance, dir, distractors, docs, latencyDocs, threads, seed));
        spec.commandLine().getOut().print(IndexBenchmark.format(report));
        spec.commandLine().getOut().println("Scratch files: " + dir);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
