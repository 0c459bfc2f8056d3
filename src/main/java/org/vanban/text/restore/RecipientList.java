package org.vanban.text.restore;

import java.util.regex.Pattern;

/**
 * In the recipients' block ({@code Nơi nhận:} and the dashed items after it), every item but the last
 * ends with a semicolon, so an item ending in a colon ({@code - Như Điều 3:}) is a semicolon misread.
 * An item whose next line opens sub-items with {@code +} keeps its colon. Lines are never added or
 * removed.
 */
final class RecipientList {
    private static final Pattern HEADING = Pattern.compile("\\W{0,3}Nơi nhận\\h*:?.*");

    private RecipientList() {}

    static String semicolons(String text) {
        if (!text.contains("Nơi nhận")) {
            return text;
        }
        return Lines.mapInContext(text, RecipientList::semicolon);
    }

    private static String semicolon(String[] lines, int i) {
        String line = lines[i].strip();
        String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
        if (!line.startsWith("-") || !line.endsWith(":") || next.startsWith("+")
                || HEADING.matcher(line).matches() || !inBlock(lines, i)) {
            return lines[i];
        }
        int colon = lines[i].lastIndexOf(':');
        return lines[i].substring(0, colon) + ";" + lines[i].substring(colon + 1);
    }

    /** Whether the heading comes before the line with only blank lines and dashed items between. */
    private static boolean inBlock(String[] lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String line = lines[j].strip();
            if (HEADING.matcher(line).matches()) {
                return true;
            }
            if (!line.isEmpty() && !line.startsWith("-")) {
                return false;
            }
        }
        return false;
    }
}
