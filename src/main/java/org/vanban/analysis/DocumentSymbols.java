package org.vanban.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vanban.extract.DirectiveNumber;
import org.vanban.extract.NumberParser;

/**
 * The one place the index asks what a document symbol's canonical form is. It asks the extraction
 * package's {@link NumberParser}, so that index terms and query terms are made by exactly the rule
 * that wrote the numbers into each Directive: one source of truth.
 */
public final class DocumentSymbols {
    private DocumentSymbols() {}

    /** A symbol found in free text: where it stands and its canonical form. */
    public record Found(int start, int end, String canonical) {}

    /** The canonical form of a printed symbol ("12 - ct/tw" → "12-CT/TW"), empty when it is not one. */
    public static Optional<String> canonical(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        return NumberParser.canonical(printed);
    }

    /** Every symbol in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (DirectiveNumber n : NumberParser.find(text, 0, text.length())) {
            found.add(new Found(n.span().start(), n.span().end(), n.canonical()));
        }
        return found;
    }
}
