package org.vanban.index;

import java.util.List;

/** One obligation found, with the number and section of the directive that sets it. */
public record ObligationHit(
        String id,
        String source,
        float score,
        String number,
        String typeCode,
        String date,
        String actor,
        List<String> partners,
        String action,
        String deadline,
        String frequency,
        String section,
        String text) {
    public ObligationHit {
        partners = List.copyOf(partners);
    }
}
