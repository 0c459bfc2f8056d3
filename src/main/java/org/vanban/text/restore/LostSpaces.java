package org.vanban.text.restore;

import java.util.regex.Pattern;

/**
 * Puts back a space that OCR lost next to a digit, a list mark or a comma, where Vietnamese typesetting
 * (nearly) always has one: a list number and its first word ({@code 1.Cơ quan}), a list plus and its
 * first word ({@code +01 vị trí}), a date word and its number ({@code năm2025}, {@code ngày15/8/2013}), a
 * comma and the capitalised name after it ({@code Giám đốc,Sở Tài chính}). Glued syllables without punctuation are {@link MergedWords}' job.
 * Lines are never added or removed.
 */
final class LostSpaces {
    /** A number of a numbered paragraph at the start of a line, glued to its capitalised first word. */
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^(\\h*\\d{1,2}\\.)(?=\\p{Lu}\\p{Ll})");
    /**
     * A plus that opens a list item, glued to its first word or count ({@code +01 vị trí}); the legal
     * corpus sets the space 1,274 times to 66.
     */
    private static final Pattern LIST_PLUS = Pattern.compile("(?m)^(\\h*\\+)(?=\\p{L}|\\d{1,3}\\h+\\p{L})");
    /** A date word glued to its number; not inside a longer word. */
    private static final Pattern DATE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])([Nn]ăm|[Nn]gày|[Tt]háng)(?=\\d)");
    /** A comma between a word and a capitalised word, with no space after it. */
    private static final Pattern COMMA = Pattern.compile("(?<=\\p{Ll}),(?=\\p{Lu}\\p{Ll})");

    private LostSpaces() {}

    static String insert(String text) {
        String out = LIST_NUMBER.matcher(text).replaceAll("$1 ");
        out = LIST_PLUS.matcher(out).replaceAll("$1 ");
        out = DATE_WORD.matcher(out).replaceAll("$1 ");
        return COMMA.matcher(out).replaceAll(", ");
    }
}
