package org.vanban.index;

import java.time.LocalDate;

/**
 * A full-text search over directives.
 *
 * @param query  what the user typed (words, "phrases", document symbols); blank lists by date
 * @param type   type code filter ("KH", "qd"), or null
 * @param issuer text the issuer must contain, with or without diacritics, or null
 * @param from   earliest date, inclusive, or null
 * @param to     latest date, inclusive, or null
 * @param cites  a symbol the document must cite, or null
 * @param limit  most hits returned
 */
public record SearchRequest(String query, String type, String issuer, LocalDate from, LocalDate to, String cites, int limit) {
    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }
}
