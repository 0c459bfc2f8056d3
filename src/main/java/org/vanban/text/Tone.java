package org.vanban.text;

import java.util.Optional;

/** The six Vietnamese tones and the combining mark that writes each (ngang has none). */
public enum Tone {
    NGANG('\0'),
    HUYEN('\u0300'),
    SAC('\u0301'),
    HOI('\u0309'),
    NGA('\u0303'),
    NANG('\u0323');

    private final char mark;

    Tone(char mark) {
        this.mark = mark;
    }

    /** The combining mark (U+0300…U+0323); {@code '\0'} for ngang. */
    public char mark() {
        return mark;
    }

    /** The tone written by a combining mark, or empty when the mark is not a tone (hats, horns, breves). */
    public static Optional<Tone> ofMark(char c) {
        for (Tone t : values()) {
            if (t.mark == c && t != NGANG) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
