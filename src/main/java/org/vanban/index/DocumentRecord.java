package org.vanban.index;

import java.util.Objects;
import org.vanban.extract.Directive;

/** A directive as the index holds it: identity, provenance and the full extracted record. */
public record DocumentRecord(String id, String hash, String textMethod, Directive directive) {
    public DocumentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(directive, "directive");
    }
}
