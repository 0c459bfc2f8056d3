package org.vanban.text.restore;

/**
 * Letters of other alphabets that OCR engines return for Vietnamese ones and that no Vietnamese text
 * uses: the Icelandic eth {@code Ð}/{@code ð} (U+00D0/U+00F0), drawn like {@code Đ}/{@code đ}
 * (U+0110/U+0111). Some typed documents carry the same mistake; either way the reader means Đ.
 */
final class LookAlikes {
    private LookAlikes() {}

    static String replace(String text) {
        if (text.indexOf('Ð') < 0 && text.indexOf('ð') < 0) {
            return text;
        }
        return text.replace('Ð', 'Đ').replace('ð', 'đ');
    }
}
