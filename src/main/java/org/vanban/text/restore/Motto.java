package org.vanban.text.restore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the national motto line back in its one printed form, {@code Độc lập - Tự do - Hạnh phúc}
 * (Nghị định 30/2020/NĐ-CP), when OCR left noise around it: marks or a few stray letters before it,
 * dashes doubled or glued ({@code Độc lập-Tự do-Hạnh phúc}), a mark after it, or its first word lost to
 * a speck ({@code px lập - Tự do - Hạnh phúc}). Only a line that holds nothing else is touched, so a
 * sentence that quotes the motto stays as it is. Lines are never added or removed.
 */
final class Motto {
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /**
     * The line: indentation, up to six characters of noise and the first word (or what is left of it),
     * the dashes, the rest of the motto, and marks only after it.
     */
    private static final Pattern LINE = Pattern.compile(
            "(?m)^(\\h*)[^\\p{L}\\n]{0,6}(?:\\S{0,4}\\h+)?(?:Độc\\h*lập|\\S{0,3}lập|Độc\\h*\\S{0,3})\\h*[-–—]+\\h*[-–—]*\\h*"
                    + "Tự\\h*do\\h*[-–—]+\\h*Hạnh\\h*phúc[^\\p{L}\\p{N}\\n]*$");

    /** A motto already clean, with the dashes it was printed with (a few documents set en dashes). */
    private static final Pattern CLEAN = Pattern.compile("\\h*Độc lập ([-–]) Tự do \\1 Hạnh phúc\\h*");

    private Motto() {}

    static String space(String text) {
        if (!text.contains("Hạnh")) {
            return text;
        }
        Matcher m = LINE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (m.find()) {
            boolean clean = CLEAN.matcher(m.group()).matches();
            m.appendReplacement(out, Matcher.quoteReplacement(clean ? m.group() : m.group(1) + MOTTO));
            changed |= !clean;
        }
        return changed ? m.appendTail(out).toString() : text;
    }
}
