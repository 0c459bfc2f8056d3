package org.vanban.text.restore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Drops dashes that specks at the margins put at either end of a line. A list dash before a line going
 * on in lower case ({@code - quản lý} where the sentence wraps) stays only where the line before ends in
 * {@code :} or {@code ;} (a list item may start in lower case) or where the model finds a dash likely
 * after that line's last two words (a compound that wrapped: {@code kinh tế} then {@code - xã hội}). A
 * lone dash at a line's end stays only where the model finds it likely after the words before it
 * ({@code Bà Rịa -} then {@code Vũng Tàu}, {@code 2021 -} then {@code 2025}). Measured on 400 MEDIUM and
 * HEAVY training pages: 47 leading dashes were specks and none was real; of the trailing ones, see
 * {@code docs/benchmarks.md}. Lines are never added or removed.
 */
final class StrayDashes {
    /** log10 p(- | the previous line's last two words) from which a dash is the text's own. */
    static final double LIKELY_DASH = -2.0;
    /** A lone dash ending a line. */
    private static final Pattern TRAILING_DASH = Pattern.compile("\\h+-(\\h*)$");
    /**
     * A dash before a lower-case word of two letters or more; not before a formula's variable
     * ({@code - n: số kỳ thanh toán}, {@code - a = tổng số}).
     */
    private static final Pattern DASHED_LOWER = Pattern.compile("(\\h*)-\\h+(?=\\p{Ll}\\p{L}+(?![\\p{L}:])(?!\\h*=))");

    private final NgramModel lm;
    private final int dash;

    StrayDashes(NgramModel lm) {
        this.lm = lm;
        this.dash = lm.id("-");
    }

    String drop(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        return Lines.mapInContext(text, this::dropStray);
    }

    /** The line without stray dashes; the line before it has already lost its own trailing one. */
    private String dropStray(String[] lines, int i) {
        String line = lines[i];
        Matcher end = TRAILING_DASH.matcher(line);
        if (end.find()) {
            String before = line.substring(0, end.start());
            if (!before.isBlank() && !dashLikelyAfter(before)) {
                line = before + end.group(1);
            }
        }
        Matcher start = DASHED_LOWER.matcher(line);
        if (start.lookingAt() && !listGoesOn(i > 0 ? lines[i - 1].strip() : "")) {
            line = start.group(1) + line.substring(start.end());
        }
        return line;
    }

    /** Whether a list dash at the start of the line after {@code previous} belongs there. */
    private boolean listGoesOn(String previous) {
        return previous.endsWith(":") || previous.endsWith(";") || dashLikelyAfter(previous);
    }

    /** Whether the model finds a dash likely after the last two words or numbers of the text. */
    private boolean dashLikelyAfter(String text) {
        String[] words = text.strip().split("\\s+");
        int w1 = id(words[words.length - 1]);
        if (w1 < 0 || dash == NgramModel.UNK) {
            return false;
        }
        int w2 = words.length > 1 ? id(words[words.length - 2]) : -1;
        return lm.logProb(w2, w1, dash) >= LIKELY_DASH;
    }

    /** The model's id of a word or a number, or -1 for anything else (punctuation ends a phrase). */
    private int id(String token) {
        if (token.isEmpty()) {
            return -1;
        }
        if (token.chars().allMatch(Character::isDigit)) {
            return NgramModel.NUM;
        }
        return token.chars().allMatch(Character::isLetter) ? lm.id(LmText.wordForm(token)) : -1;
    }
}
