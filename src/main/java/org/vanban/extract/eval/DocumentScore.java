package org.vanban.extract.eval;

import java.util.List;
import java.util.Map;

/**
 * How one parsed directive compares with its gold extraction.
 *
 * @param name          the document name
 * @param fields        per scalar field (and "recipients"): whether it matched
 * @param citationTp    gold citations found (same number, or same name for citations by name)
 * @param citationFp    citations found that are not in the gold
 * @param citationFn    gold citations missed
 * @param citationAttrs matched citations' attributes (type, date, issuer, name): correct and total
 * @param actorTp       gold obligation actors found (as a multiset)
 * @param actorFp       actors found that are not in the gold
 * @param actorFn       gold actors missed
 * @param obligationAttrs matched obligations' partners, deadline, frequency: correct and total
 * @param misses        a line for each mismatch, for the per-document report
 */
public record DocumentScore(String name, Map<String, Boolean> fields, int citationTp, int citationFp, int citationFn,
        int[] citationAttrs, int actorTp, int actorFp, int actorFn, int[] obligationAttrs, List<String> misses) {
    public DocumentScore {
        fields = Map.copyOf(fields);
        misses = List.copyOf(misses);
        citationAttrs = citationAttrs.clone();
        obligationAttrs = obligationAttrs.clone();
    }

    public long fieldsCorrect() {
        return fields.values().stream().filter(b -> b).count();
    }
}
