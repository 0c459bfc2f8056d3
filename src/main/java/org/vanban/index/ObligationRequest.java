package org.vanban.index;

import java.time.LocalDate;

/**
 * A search over obligations.
 *
 * @param query     words the obligation's text must contain, or blank for all
 * @param actor     text the responsible unit must contain, with or without diacritics, or null
 * @param dueBefore only obligations with a dated deadline before this day, or null
 * @param type      type code of the source directive, or null
 * @param limit     most hits returned
 */
public record ObligationRequest(String query, String actor, LocalDate dueBefore, String type, int limit) {
    public ObligationRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }
}
