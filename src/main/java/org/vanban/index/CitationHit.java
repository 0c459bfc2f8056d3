package org.vanban.index;

/**
 * A directive citing another: the citing directive's identity, the cited one, and the sentence
 * where the citation stands in the citing directive.
 */
public record CitationHit(
        String id,
        String source,
        String number,
        String typeCode,
        String date,
        String title,
        String cited,
        String citedType,
        String citedDate,
        String citedName,
        String sentence) {}
