package org.vanban.text.restore;

import java.util.List;
import java.util.regex.MatchResult;
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

    /**
     * A list dash read twice before a capitalised item ({@code - - Ủy ban Thường vụ Quốc hội;}). In the legal
     * corpus 5 of 15,339 dashed lines start so, all nested tariff headings; on HEAVY training pages every
     * one was a speck.
     */
    private static final Pattern DOUBLED_DASH = Pattern.compile("^(\\h*-)\\h+-\\h+(?=\\p{Lu})");

    /** The document types a preamble's legal basis cites: {@code Căn cứ Luật…}, {@code Căn cứ Nghị định…}. */
    private static final String BASIS = "Căn cứ (?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư"
            + "|Chỉ thị|Kế hoạch|Công văn|Văn bản|Thông báo|Chương trình|Đề án)(?![\\p{L}])";
    private static final Pattern UNDASHED_BASIS = Pattern.compile("(?m)^\\h*" + BASIS);
    private static final Pattern DASHED_BASIS = Pattern.compile("(?m)^(\\h*)-\\h+(?=" + BASIS + ")");

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
        return Lines.mapInContext(basesUndashed(text), this::dropStray);
    }

    /**
     * A dash before one legal basis ({@code - Căn cứ Nghị định…}) among at least two without one: a
     * preamble sets its bases alike, so the dash is a speck. A document that dashes its bases dashes
     * more than one; in the legal corpus a dashed basis citing a document never stands among undashed
     * ones ({@code - Căn cứ pháp lý:} and {@code - Căn cứ vào…} do, and stay).
     */
    static String basesUndashed(String text) {
        if (!text.contains("Căn cứ")) {
            return text;
        }
        List<MatchResult> dashed = DASHED_BASIS.matcher(text).results().toList();
        if (dashed.size() != 1 || UNDASHED_BASIS.matcher(text).results().count() < 2) {
            return text;
        }
        MatchResult d = dashed.get(0);
        return text.substring(0, d.start()) + d.group(1) + text.substring(d.end());
    }

    /** The line without stray dashes; the line before it has already lost its own trailing one. */
    private String dropStray(String[] lines, int i) {
        String line = DOUBLED_DASH.matcher(lines[i]).replaceFirst("$1 ");
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
