package org.vanban.index;

import org.vanban.extract.Span;

/** The sentence around a span, for showing where a citation stands. */
final class Sentences {
    /** A sentence longer than this is cut around the span: a whole paragraph is not a quotation. */
    static final int MAX = 320;

    private Sentences() {}

    /**
     * The sentence holding {@code span}: from the previous line break or sentence end to the next,
     * whitespace squeezed. Full stops inside symbols ("30/2020/NĐ-CP.") and numbers do not end it:
     * only a full stop, ";" or ":" followed by a space and a capital, or a line break does.
     */
    static String around(String text, Span span) {
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        int from = start;
        while (from > 0 && !endsSentence(text, from - 1) && start - from < MAX) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to) && to - end < MAX) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++; // keep the closing full stop
        }
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c == '.' || c == ';') {
            return i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2));
        }
        return false;
    }
}
