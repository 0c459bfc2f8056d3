package org.vanban.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vanban.text.lm.LmTrainer;
import org.vanban.text.lm.LmTrainingConfig;
import org.vanban.text.lm.NgramModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vanban lm train}: trains the trigram model from corpus files and writes its binary form. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Train an interpolated modified Kneser-Ney trigram model over syllables.",
            "Lines that the corpus manifest (MANIFEST.tsv beside a file) holds out are never used."
        })
public final class LmTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Corpus text files, UTF-8, one paragraph per line.")
    List<Path> corpus;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--min-word-count", defaultValue = "2", description = "Rarer words become <unk>.")
    int minWordCount;

    @Option(names = "--min-bigram-count", defaultValue = "1", description = "Prune rarer bigrams.")
    int minBigramCount;

    @Option(names = "--min-trigram-count", defaultValue = "2", description = "Prune rarer trigrams.")
    int minTrigramCount;

    @Override
    public Integer call() {
        for (Path file : corpus) {
            if (!Files.isRegularFile(file)) {
                throw new VanbanException(ExitCode.USAGE, file + ": no such corpus file");
            }
        }
        LmTrainingConfig config = new LmTrainingConfig(corpus, minWordCount, minBigramCount, minTrigramCount);
        try {
            NgramModel model = new LmTrainer(config, spec.commandLine().getErr()).train();
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
                model.writeTo(stream);
            }
            spec.commandLine().getOut().printf("%s: %,d bytes; %s%n", out, Files.size(out), model.description());
            return ExitCode.OK.code();
        } catch (IOException e) {
            throw new VanbanException(ExitCode.FATAL, "lm train: " + e.getMessage(), e);
        }
    }
}
