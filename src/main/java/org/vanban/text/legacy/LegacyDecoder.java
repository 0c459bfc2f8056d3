package org.vanban.text.legacy;

import java.util.Locale;
import java.util.Objects;
import org.vanban.text.VietnameseText;

/** Converts text in a legacy Vietnamese encoding to Unicode NFC. Characters outside the table pass through. */
public final class LegacyDecoder {
    private LegacyDecoder() {}

    /** The text decoded from {@code encoding}, in NFC. Line breaks and all other characters are kept. */
    public static String toUnicode(String text, Encoding encoding) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        String decoded = switch (encoding) {
            case TCVN3 -> restoreCapitals(decodeTcvn3(text), text);
            case VNI -> decodeVni(text);
        };
        return VietnameseText.nfc(decoded);
    }

    private static String decodeTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character letter = LegacyTables.TCVN3_DECODE.get(c);
            out.append(letter == null ? c : letter);
        }
        return out.toString();
    }

    private static String decodeVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 1 < text.length()) {
                Character pair = LegacyTables.VNI_DECODE.get(text.substring(i, i + 2));
                if (pair != null) {
                    out.append(pair);
                    i += 2;
                    continue;
                }
            }
            Character single = LegacyTables.VNI_DECODE.get(String.valueOf(text.charAt(i)));
            out.append(single == null ? text.charAt(i) : single);
            i++;
        }
        return out.toString();
    }

    /**
     * TCVN3 headings were typed with lower-case codes in a capitals font, so "CéNG HßA" decodes to "CộNG HòA".
     * A line, or else a word, whose plain letters are all capitals (at least two of them) is upper-cased whole;
     * a single capital in a mixed-case line ("X·" = "Xã") is an ordinary capitalised word.
     */
    private static String restoreCapitals(String decoded, String original) {
        StringBuilder out = new StringBuilder(decoded);
        int lineStart = 0;
        while (lineStart < original.length()) {
            int lineEnd = original.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? original.length() : lineEnd;
            if (allCapitals(original, lineStart, lineEnd)) {
                out.replace(lineStart, lineEnd, decoded.substring(lineStart, lineEnd).toUpperCase(Locale.ROOT));
            } else {
                capitaliseWords(decoded, original, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static void capitaliseWords(String decoded, String original, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            if (Character.isWhitespace(original.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && !Character.isWhitespace(original.charAt(end))) {
                end++;
            }
            if (allCapitals(original, i, end)) {
                out.replace(i, end, decoded.substring(i, end).toUpperCase(Locale.ROOT));
            }
            i = end;
        }
    }

    private static boolean allCapitals(String s, int from, int to) {
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return upper >= 2;
    }
}
