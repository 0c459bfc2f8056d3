package org.vanban.index;

import java.util.SortedMap;
import java.util.TreeMap;

/** Counts over an index: documents, obligations and citations, and documents by type and by year. */
public record ArchiveStats(long documents, long obligations, long citations, SortedMap<String, Long> byType, SortedMap<Integer, Long> byYear) {
    public ArchiveStats {
        byType = new TreeMap<>(byType);
        byYear = new TreeMap<>(byYear);
    }
}
