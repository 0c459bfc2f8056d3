package org.vanban.text.lm;

import java.nio.file.Path;
import java.util.List;

/**
 * What to train a language model on and how hard to prune it.
 *
 * @param corpus text files, one paragraph per line; when a {@code MANIFEST.tsv} sits beside a file, the
 *     lines {@link CorpusSplit} holds out are skipped
 * @param minWordCount words seen fewer times become {@code <unk>}
 * @param minBigramCount bigrams whose (continuation) count is lower are dropped unless a kept trigram needs them
 * @param minTrigramCount trigrams seen fewer times are dropped (their mass goes to the back-off)
 */
public record LmTrainingConfig(List<Path> corpus, int minWordCount, int minBigramCount, int minTrigramCount) {
    public LmTrainingConfig {
        corpus = List.copyOf(corpus);
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no corpus file given");
        }
        if (minWordCount < 1 || minBigramCount < 1 || minTrigramCount < 1) {
            throw new IllegalArgumentException("pruning thresholds must be at least 1");
        }
    }
}
