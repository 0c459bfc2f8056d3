package org.vanban.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a text with its type and its span [start, end) in UTF-16 units of the text it was cut from.
 */
public record Token(String text, TokenType type, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit '" + text + "'");
        }
    }

    /** The token in lower case (Vietnamese letters need no special locale rules). */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True for tokens made of letters: syllables and other words. */
    public boolean isWord() {
        return type == TokenType.SYLLABLE || type == TokenType.WORD;
    }
}
