package org.vanban.text.restore;

import java.util.List;
import java.util.Objects;
import org.vanban.extract.Span;

/**
 * A restored text with the decisions behind it.
 *
 * @param text the restored text (same lines, same white space and punctuation as the input)
 * @param profile the channel profile that was used
 * @param tokens every token that had more than one reading, in order
 */
public record RestoredText(String text, RestoreOptions.Profile profile, List<Token> tokens) {
    public RestoredText {
        Objects.requireNonNull(text);
        Objects.requireNonNull(profile);
        tokens = List.copyOf(tokens);
    }

    /** One reading the decoder considered, with its local posterior probability. */
    public record Alternative(String text, double probability) {
        public Alternative {
            Objects.requireNonNull(text);
            if (!(probability >= 0 && probability <= 1.0000001)) {
                throw new IllegalArgumentException("probability out of range: " + probability);
            }
        }
    }

    /**
     * A token of the input and what became of it.
     *
     * @param span where it is in the input text (after NFC)
     * @param original the token as written
     * @param restored what it was restored to
     * @param confidence the local posterior of the restored reading
     * @param alternatives every reading considered, most probable first
     */
    public record Token(Span span, String original, String restored, double confidence, List<Alternative> alternatives) {
        public Token {
            Objects.requireNonNull(span);
            Objects.requireNonNull(original);
            Objects.requireNonNull(restored);
            alternatives = List.copyOf(alternatives);
        }

        public boolean changed() {
            return !original.equals(restored);
        }
    }
}
