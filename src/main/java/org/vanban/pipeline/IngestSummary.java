package org.vanban.pipeline;

import java.util.List;

/**
 * What an index run did. The JSON form of {@code vanban index --json}.
 *
 * @param added     new documents
 * @param updated   documents whose source changed and were replaced
 * @param unchanged sources with the same content hash as indexed: skipped
 * @param deleted   documents removed (prune)
 * @param failed    files that could not be indexed, each with its reason
 * @param pagesOcr  pages OCR'd in this run (cached OCR text is not counted)
 * @param seconds   wall time
 */
public record IngestSummary(int added, int updated, int unchanged, int deleted, List<FileFailure> failed, int pagesOcr, double seconds) {
    public IngestSummary {
        failed = List.copyOf(failed);
    }

    public int indexed() {
        return added + updated;
    }
}
