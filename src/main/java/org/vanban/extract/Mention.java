package org.vanban.extract;

/** One place where a document is cited: the text as printed and where it stands in the input. */
public record Mention(String text, Span span) {
    public Mention {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(span, "span");
    }
}
