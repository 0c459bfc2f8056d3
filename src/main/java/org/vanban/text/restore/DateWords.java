package org.vanban.text.restore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the month and year words of a date written out in full, {@code ngày 19 tháng 11 năm 2025}
 * (the form Nghị định 30/2020/NĐ-CP prescribes for the place-and-date line, and the one citations use),
 * when OCR read one of them as another word or as noise: {@code ngày 19 thúng 11 năm 2025},
 * {@code ngày 24 tháng 11 nănh 2025}. The month word is not among the candidates of a word such as
 * {@code thúng}, whose skeleton differs, so the restorer cannot make it.
 *
 * <p>Only the frame is trusted: {@code ngày}, a day (1–31), one short token, a month (1–12), one short
 * token, a four-digit year; one of the two tokens must already be right. In the training corpus's
 * 13,411 dates of this frame the month slot always holds {@code tháng} and the year slot {@code năm},
 * except where the source itself has a typo ({@code nám}, {@code ngăm}).
 */
final class DateWords {
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(ngày|Ngày|NGÀY)(\\h+)(\\d{1,2})(\\h+)(\\S{1,6})(\\h+)(\\d{1,2})(\\h+)(\\S{1,6})(\\h+)(\\d{4})(?!\\p{N})");

    private DateWords() {}

    static String repair(String text) {
        if (!text.contains("gày") && !text.contains("GÀY")) {
            return text;
        }
        Matcher m = DATE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            int day = Integer.parseInt(m.group(3)), month = Integer.parseInt(m.group(7));
            boolean upper = m.group(1).equals("NGÀY");
            String monthWord = upper ? "THÁNG" : "tháng", yearWord = upper ? "NĂM" : "năm";
            boolean monthRight = isWord(m.group(5), monthWord), yearRight = isWord(m.group(9), yearWord);
            if (day < 1 || day > 31 || month < 1 || month > 12 || monthRight == yearRight) {
                continue; // not a date, already right, or both words wrong: too little to go on
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            String fixed = m.group(1) + m.group(2) + m.group(3) + m.group(4) + monthWord + m.group(6) + m.group(7) + m.group(8)
                    + yearWord + m.group(10) + m.group(11);
            m.appendReplacement(out, Matcher.quoteReplacement(fixed));
        }
        return out == null ? text : m.appendTail(out).toString();
    }

    /**
     * Whether the token is the word, in any case and with any marks around it: encyclopaedic text
     * writes {@code ngày 11 Tháng 9 năm 2015}, and {@code tháng 9 (năm 1950)} is a date too.
     */
    private static boolean isWord(String token, String word) {
        return token.replaceAll("[^\\p{L}]", "").equalsIgnoreCase(word);
    }
}
