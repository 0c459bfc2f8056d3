package org.vanban.text.legacy;

import java.util.Map;
import java.util.Objects;
import org.vanban.text.VietnameseText;

/**
 * Writes Unicode text in a legacy encoding: the inverse of {@link LegacyDecoder}, used to make test inputs and
 * to check round trips. In TCVN3, upper-case toned letters are written with their lower-case codes (as with the
 * capitals font), so only their case is lost.
 */
public final class LegacyEncoder {
    private LegacyEncoder() {}

    public static String fromUnicode(String text, Encoding encoding) {
        Objects.requireNonNull(encoding, "encoding");
        String nfc = VietnameseText.nfc(Objects.requireNonNull(text, "text"));
        Map<Character, String> table = switch (encoding) {
            case TCVN3 -> LegacyTables.TCVN3_ENCODE;
            case VNI -> LegacyTables.VNI_ENCODE;
        };
        StringBuilder out = new StringBuilder(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            String code = table.get(c);
            out.append(code == null ? String.valueOf(c) : code);
        }
        return out.toString();
    }
}
