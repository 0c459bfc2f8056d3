package org.vanban.text.legacy;

import java.util.HashMap;
import java.util.Map;

/** The code tables: Unicode letter ↔ legacy character or character pair, built once from parallel strings. */
final class LegacyTables {
    /** Every Vietnamese letter with a diacritic, lower case then upper case, in a fixed order. */
    private static final String LOWER =
            "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ";

    /** TCVN3 code of each letter of {@link #LOWER}, position by position. */
    private static final String TCVN3_LOWER =
            "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ®";
    /** The upper-case letters TCVN3 has codes for; the others are written with lower-case codes. */
    private static final String TCVN3_UPPER_LETTERS = "ĂÂÊÔƠƯĐ";
    private static final String TCVN3_UPPER_CODES = "¡¢£¤¥¦§";

    /** VNI sequence of each letter of {@link #LOWER}, separated by spaces; upper case is the same upper-cased. */
    private static final String VNI_LOWER =
            "aù aø aû aõ aï aê aé aè aú aü aë aâ aá aà aå aã aä eù eø eû eõ eï eâ eá eà eå eã eä í ì æ ó ò "
            + "où oø oû oõ oï oâ oá oà oå oã oä ô ôù ôø ôû ôõ ôï uù uø uû uõ uï ö öù öø öû öõ öï "
            + "yù yø yû yõ î ñ";

    static final Map<Character, String> TCVN3_ENCODE = new HashMap<>();
    static final Map<Character, Character> TCVN3_DECODE = new HashMap<>();
    static final Map<Character, String> VNI_ENCODE = new HashMap<>();
    /** VNI sequences of one or two characters → Unicode letter; decoding tries two characters first. */
    static final Map<String, Character> VNI_DECODE = new HashMap<>();
    private static final java.util.Set<Character> VNI_CODES = new java.util.HashSet<>();

    static {
        if (LOWER.length() != TCVN3_LOWER.length()) {
            throw new AssertionError("TCVN3 table length " + TCVN3_LOWER.length() + " != " + LOWER.length());
        }
        for (int i = 0; i < LOWER.length(); i++) {
            char letter = LOWER.charAt(i);
            char code = TCVN3_LOWER.charAt(i);
            TCVN3_ENCODE.put(letter, String.valueOf(code));
            TCVN3_DECODE.put(code, letter);
            // no upper-case code: the capitals font showed the lower-case code as a capital
            TCVN3_ENCODE.put(Character.toUpperCase(letter), String.valueOf(code));
        }
        for (int i = 0; i < TCVN3_UPPER_LETTERS.length(); i++) {
            TCVN3_ENCODE.put(TCVN3_UPPER_LETTERS.charAt(i), String.valueOf(TCVN3_UPPER_CODES.charAt(i)));
            TCVN3_DECODE.put(TCVN3_UPPER_CODES.charAt(i), TCVN3_UPPER_LETTERS.charAt(i));
        }
        String[] vni = VNI_LOWER.split(" ");
        if (vni.length != LOWER.length()) {
            throw new AssertionError("VNI table length " + vni.length + " != " + LOWER.length());
        }
        for (int i = 0; i < vni.length; i++) {
            char letter = LOWER.charAt(i);
            char upper = Character.toUpperCase(letter);
            String upperCode = vni[i].toUpperCase(java.util.Locale.ROOT);
            VNI_ENCODE.put(letter, vni[i]);
            VNI_ENCODE.put(upper, upperCode);
            VNI_DECODE.put(vni[i], letter);
            VNI_DECODE.put(upperCode, upper);
            if (vni[i].length() == 2) {
                // a capital with the lower-case mark ("Aùp" for "Áp") occurs in hand-typed text
                VNI_DECODE.putIfAbsent(upperCode.charAt(0) + vni[i].substring(1), upper);
            }
        }
        for (String code : VNI_DECODE.keySet()) {
            for (char c : code.toCharArray()) {
                if (c > '\u007F') {
                    VNI_CODES.add(c);
                }
            }
        }
    }

    private LegacyTables() {}

    /** The characters that appear in text of the encoding and never in plain ASCII. */
    static boolean isCode(char c, Encoding encoding) {
        return switch (encoding) {
            case TCVN3 -> TCVN3_DECODE.containsKey(c);
            case VNI -> VNI_CODES.contains(c);
        };
    }
}
