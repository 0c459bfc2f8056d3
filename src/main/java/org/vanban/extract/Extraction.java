package org.vanban.extract;

import java.util.Objects;

/** The outcome of extracting one input: a parsed directive, or the reason it could not be. */
public sealed interface Extraction permits Extraction.Parsed, Extraction.Failed {
    String source();

    record Parsed(String source, Directive directive) implements Extraction {
        public Parsed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(directive, "directive");
        }
    }

    record Failed(String source, String reason) implements Extraction {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
