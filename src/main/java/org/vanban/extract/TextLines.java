package org.vanban.extract;

import java.util.ArrayList;
import java.util.List;

/** A text cut into lines that remember their offsets; the line text excludes "\r\n". */
public final class TextLines {
    /** One line: its number (from 0), where it stands, and its text. */
    public record Line(int index, int start, int end, String text) {
        public Span span() {
            return new Span(start, end);
        }

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    private final String text;
    private final String key;
    private final String folded;
    private final List<Line> lines;

    public TextLines(String text) {
        this.text = text;
        this.key = VietnameseKeys.key(text);
        this.folded = VietnameseKeys.foldKey(key);
        List<Line> list = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int visibleEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            list.add(new Line(list.size(), start, visibleEnd, text.substring(start, visibleEnd)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        this.lines = List.copyOf(list);
    }

    public String text() {
        return text;
    }

    /** The matching key of the whole text ({@link VietnameseKeys#key}), offsets as in the text. */
    public String key() {
        return key;
    }

    /** The folded text ({@link VietnameseKeys#fold}), offsets as in the text. */
    public String folded() {
        return folded;
    }

    public List<Line> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }

    public Line get(int i) {
        return lines.get(i);
    }

    public String key(Line line) {
        return key.substring(line.start(), line.end());
    }

    public String folded(Line line) {
        return folded.substring(line.start(), line.end());
    }

    /** The index of the line holding offset {@code offset}. */
    public int lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
