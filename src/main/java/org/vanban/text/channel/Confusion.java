package org.vanban.text.channel;

import java.util.Objects;

/**
 * How often the OCR read {@code intended} as {@code observed}: a whole token (lower case) or a substring of one
 * (case kept, since "Đ" read as "P" is a capital-letter confusion).
 */
public record Confusion(String observed, String intended, int count) {
    public Confusion {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(intended, "intended");
        if (observed.isEmpty() || intended.isEmpty()) {
            throw new IllegalArgumentException("empty side in confusion '" + observed + "' → '" + intended + "'");
        }
        if (observed.indexOf('\t') >= 0 || intended.indexOf('\t') >= 0 || observed.indexOf('\n') >= 0
                || intended.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("tab or line break in confusion");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    public boolean isIdentity() {
        return observed.equals(intended);
    }
}
