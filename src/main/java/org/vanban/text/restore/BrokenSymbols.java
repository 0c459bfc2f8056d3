package org.vanban.text.restore;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document symbols and dates that specks broke apart or glued to their neighbours, seen on noisy
 * scans of training pages and never written so in the legal corpus:
 * <ul>
 * <li>the {@code r} of {@code TTr} (tờ trình) cut off: {@code 9512/TT r-SNN} → {@code 9512/TTr-SNN};</li>
 * <li>a dash doubled across a gap: {@code 1397/QĐ- -UBND} → {@code 1397/QĐ-UBND};</li>
 * <li>a space inside a date: {@code 10/ 1/2022} → {@code 10/1/2022}, {@code 19/1 1/2025} →
 * {@code 19/11/2025} (only when the month comes out 1–12);</li>
 * <li>a speck between a word and the number after it: {@code số-48/2024/QH15}, {@code ngày'14/11/2025},
 * {@code ngày.08 tháng};
 * or between a symbol or date and the word after it: {@code 186/2025/NĐ-CP'tại}. Place names keep their
 * apostrophes ({@code Ea M'nang}): they hold no digit.</li>
 * </ul>
 * Over the 514,393 lines of the legal training corpus none of these changes anything.
 */
final class BrokenSymbols {
    private static final String LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    private static final Pattern CUT_TTR = Pattern.compile("(\\d/(?:\\d{4}/)?)TT r(?:-|(?=[A-ZĐ]))");
    private static final Pattern DOUBLED_DASH = Pattern.compile("(\\d/(?:\\d{4}/)?[A-ZĐ&]+)- -(?=[A-ZĐ])");
    private static final Pattern SPACE_AFTER_DAY = Pattern.compile("(?<![\\d/])(\\d{1,2})/ (\\d{1,2}/\\d{4})(?!\\d)");
    private static final Pattern SPACE_IN_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d) (\\d)/(\\d{4})(?!\\d)");
    private static final Pattern WORD_GLUED_TO_NUMBER = Pattern.compile("(?<![\\p{L}\\d])([" + LOWER + "]{2,})[.'’-](\\d{1,4}/\\d)");
    private static final Pattern DATE_WORD_GLUED = Pattern.compile("(?<![\\p{L}\\d])([Nn]gày)[.:'’](\\d)");
    private static final Pattern SYMBOL_GLUED_TO_WORD = Pattern.compile("(\\d{1,4}/[\\p{L}\\d/&-]*[\\dA-ZĐ])['’](?=[" + LOWER + "]{2,})");

    private BrokenSymbols() {}

    static String repair(String text) {
        String s = text.contains("gày") ? DATE_WORD_GLUED.matcher(text).replaceAll("$1 $2") : text;
        if (s.indexOf('/') < 0) {
            return s;
        }
        s = CUT_TTR.matcher(s).replaceAll("$1TTr-");
        s = DOUBLED_DASH.matcher(s).replaceAll("$1-");
        s = SPACE_AFTER_DAY.matcher(s).replaceAll("$1/$2");
        s = SPACE_IN_MONTH.matcher(s).replaceAll(BrokenSymbols::joinedMonth);
        s = WORD_GLUED_TO_NUMBER.matcher(s).replaceAll("$1 $2");
        return SYMBOL_GLUED_TO_WORD.matcher(s).replaceAll("$1 ");
    }

    private static String joinedMonth(MatchResult m) {
        int month = Integer.parseInt(m.group(2) + m.group(3));
        String whole = month >= 1 && month <= 12 ? m.group(1) + "/" + m.group(2) + m.group(3) + "/" + m.group(4) : m.group();
        return Matcher.quoteReplacement(whole);
    }
}
