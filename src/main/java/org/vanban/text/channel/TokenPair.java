package org.vanban.text.channel;

import java.util.Objects;
import org.vanban.text.TokenType;

/**
 * One true token and what the OCR made of it.
 *
 * @param observed the OCR token (empty when the OCR lost the token)
 * @param intended the true token
 * @param intendedType what the true token is (syllable, abbreviation…)
 * @param kind whether the OCR token stands alone or was split or glued to a neighbour
 */
public record TokenPair(String observed, String intended, TokenType intendedType, Kind kind) {
    public enum Kind {
        /** One OCR token, separated from its neighbours as in the truth. */
        ONE_TO_ONE,
        /** The OCR broke the token at a space ("ngu ời"). */
        SPLIT,
        /** The OCR glued the token to a neighbour ("ciaBan"): its characters still tell, the token does not. */
        MERGED,
        /** Nothing in the OCR output lines up with the token. */
        LOST
    }

    public TokenPair {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(intended, "intended");
        Objects.requireNonNull(intendedType, "intendedType");
        Objects.requireNonNull(kind, "kind");
        if (intended.isEmpty()) {
            throw new IllegalArgumentException("empty intended token");
        }
        if (observed.isEmpty() != (kind == Kind.LOST)) {
            throw new IllegalArgumentException("observed '" + observed + "' does not fit " + kind);
        }
    }

    public boolean isExact() {
        return observed.equals(intended);
    }
}
