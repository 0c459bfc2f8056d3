package org.vanban.text.restore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.text.lm.LmText;
import org.vanban.text.lm.NgramModel;

/**
 * Drops a list dash that a speck at the margin put before a line going on in lower case
 * ({@code - quản lý} where the sentence wraps). A list item after a colon or a semicolon may start in
 * lower case, and a line may start with the dash of a compound that wrapped ({@code kinh tế} then
 * {@code - xã hội}): the dash stays where the line before ends in {@code :} or {@code ;}, or where the
 * model finds a dash likely after that line's last two words. Measured on 400 MEDIUM and HEAVY training
 * pages, 47 such dashes were specks and none was real. Lines are never added or removed.
 */
final class StrayDashes {
    /** log10 p(- | the previous line's last two words) from which a dash is the text's own. */
    static final double LIKELY_DASH = -2.0;
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
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DASHED_LOWER.matcher(lines[i]);
            if (m.lookingAt() && !dashBelongs(i > 0 ? lines[i - 1].strip() : "")) {
                lines[i] = m.group(1) + lines[i].substring(m.end());
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    private boolean dashBelongs(String previous) {
        if (previous.endsWith(":") || previous.endsWith(";")) {
            return true;
        }
        String[] words = previous.split("\\s+");
        String last = words[words.length - 1];
        if (last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1)) || dash == NgramModel.UNK) {
            return false;
        }
        int w1 = lm.id(LmText.wordForm(last));
        int w2 = words.length > 1 ? lm.id(LmText.wordForm(words[words.length - 2])) : -1;
        return lm.logProb(w2, w1, dash) >= LIKELY_DASH;
    }
}
