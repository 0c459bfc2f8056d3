package org.vanban.extract;

import java.util.List;

/**
 * Parses a directive's text into a {@link Directive}.
 * Placeholder with the final signature so that other packages compile against it.
 */
public final class DirectiveParser {
    public Directive parse(String source, String text) {
        return new Directive(source, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of());
    }
}
