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
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (HEADING.matcher(line).matches()) {
                inBlock = true;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("-")) {
                inBlock = false;
                continue;
            }
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (inBlock && line.endsWith(":") && !next.startsWith("+")) {
                int colon = lines[i].lastIndexOf(':');
                lines[i] = lines[i].substring(0, colon) + ";" + lines[i].substring(colon + 1);
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }
}
