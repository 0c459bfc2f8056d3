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
     * only a full stop or ";" followed by a space and a capital does, or a line break that ends a
     * paragraph. Documents are hard-wrapped, so a line break inside a sentence is only a space.
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

    /** Wrapped lines of a printed page are longer than this; shorter ones end a heading or paragraph. */
    private static final int SHORT_LINE = 50;

    /** A line break after ".", ";" or ":", before a blank line, or before a list item ("2.", "a)", "-"). */
    private static boolean endsParagraph(String text, int i) {
        int before = i - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\r')) {
            before--;
        }
        if (before < 0 || ".;:".indexOf(text.charAt(before)) >= 0) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        if (i - lineStart < SHORT_LINE) {
            return true; // a heading or the last line of a paragraph, not a wrapped line
        }
        int after = i + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\r')) {
            after++;
        }
        return after >= text.length() || text.charAt(after) == '\n'
                || LIST_ITEM.matcher(text).region(after, text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern LIST_ITEM =
            java.util.regex.Pattern.compile("(?:\\d+(?:\\.\\d+)*[.)]|[IVXL]+\\.|\\p{Ll}\\)|[-+•*–])\\s");

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return endsParagraph(text, i);
        }
        if (c == '.' || c == ';') {
            return i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2));
        }
        return false;
    }
}
