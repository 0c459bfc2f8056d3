package org.vanban.pipeline;

import java.util.List;

/**
 * What an index run did. The JSON form of {@code vanban index --json}.
 *
 * @param added      new documents
 * @param updated    documents whose source changed and were replaced
 * @param unchanged  sources with the same content hash as indexed: skipped
 * @param deleted    documents removed because their source disappeared ({@code --prune})
 * @param failed     files that could not be indexed, each with its reason, sorted by path
 * @param pagesOcred pages OCR'd in this run (text read back from the artefact cache is not counted)
 * @param seconds    wall time
 */
public record IngestSummary(int added, int updated, int unchanged, int deleted, List<FileFailure> failed, int pagesOcred, double seconds) {
    public IngestSummary {
        failed = List.copyOf(failed);
        if (added < 0 || updated < 0 || unchanged < 0 || deleted < 0 || pagesOcred < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public int indexed() {
        return added + updated;
    }
}
