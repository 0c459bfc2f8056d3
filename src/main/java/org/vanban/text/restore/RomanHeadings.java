package org.vanban.text.restore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the Roman numeral of a section heading that OCR read as letters: {@code II} as {@code H},
 * {@code Il} or {@code IL}, {@code III} as {@code HI} or {@code IIL} ({@code H. NỘI DUNG CHỦ YẾU}). Each
 * {@code H} is two strokes, each {@code I}, {@code l} or {@code L} one. Only at the start of a line, before a
 * heading in capitals: none of the 605,871 lines of the training corpus starts so, while 6 of 660 training
 * and validation pages did. A space lost after the period is put back. Lines are never added or removed.
 */
final class RomanHeadings {
    private static final Pattern MISREAD = Pattern.compile("(?m)^(\\h*)(H|HI|IH|Hl|lH|Il|lI|IL|ll|IIL|IlI|lII|lll)\\.\\h*(?=\\p{Lu}\\p{Lu})");

    private RomanHeadings() {}

    static String repair(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        Matcher m = MISREAD.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String read = m.group(2);
            int strokes = 0;
            for (int i = 0; i < read.length(); i++) {
                strokes += read.charAt(i) == 'H' ? 2 : 1;
            }
            m.appendReplacement(out, m.group(1) + "I".repeat(strokes) + ". ");
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
