package org.vanban.text.restore;

import java.util.regex.Pattern;

/**
 * Drops the period a speck left at the end of a line when the sentence goes on in lower case on the next
 * line ({@code sửa.} then {@code đổi, bổ sung}). A sentence that really ends there is followed by a
 * capital or a list item ({@code b)}, {@code ii.}), so only a word or a number with one period before a
 * lower-case line that is not a list item is touched. Measured on the MEDIUM, HEAVY and LIGHT training
 * pages, 49 such periods after lower-case words, 12 after capitalised ones and 5 after numbers were
 * specks and none was real; of the 514,389 paragraph breaks of the legal training corpus, 93 (0.02 %)
 * look the same. Lines are never added or removed.
 */
final class ContinuedLines {
    /** The first word of a list item: {@code a)}, {@code b2)}, {@code đ.}, {@code iv)}. */
    private static final Pattern LIST_ITEM = Pattern.compile("[a-zđ]{1,3}\\d*[).:].*|[ivxl]+[).]?");

    private ContinuedLines() {}

    static String dropPeriods(String text) {
        return Lines.mapInContext(text, ContinuedLines::dropPeriod);
    }

    private static String dropPeriod(String[] lines, int i) {
        int period = i + 1 < lines.length ? speckPeriod(lines[i]) : -1;
        if (period < 0 || !continuesInLowerCase(lines[i + 1])) {
            return lines[i];
        }
        return lines[i].substring(0, period) + lines[i].substring(period + 1);
    }

    /**
     * Where the line's last chunk, a word in lower case after an optional capital or a number of two
     * digits or more, with one period ({@code Sở Tư.} then {@code pháp}, {@code năm 2025.} then
     * {@code và}), has that period; else -1.
     */
    private static int speckPeriod(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end < 3 || line.charAt(end - 1) != '.') {
            return -1;
        }
        int start = end - 1;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        if (end - 1 - start < 2) { // "a." may close a reference to a point, "2." number an item
            return -1;
        }
        boolean word = true; // lower case after an optional capital: "sửa", "Tư" (not "UBND")
        boolean number = true;
        for (int k = start; k < end - 1; k++) {
            char c = line.charAt(k);
            word &= Character.isLetter(c) && (Character.isLowerCase(c) || k == start);
            number &= c >= '0' && c <= '9';
        }
        return word || number ? end - 1 : -1;
    }

    private static boolean continuesInLowerCase(String next) {
        String first = next.strip();
        int space = first.indexOf(' ');
        if (space >= 0) {
            first = first.substring(0, space);
        }
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && !LIST_ITEM.matcher(first).matches();
    }
}
