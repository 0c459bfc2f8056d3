package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glued syllables on the shipped model: split only where both halves are words the model pairs. */
class MergedWordsTest {
    private static final MergedWords MERGED = new MergedWords(Restorer.standard().model());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the national motto with its spaces lost on a noisy scan
        "Độclập - Tựdo - Hạnhphúc|Độc lập - Tự do - Hạnh phúc",
        // upper case
        "CỘNG HÒA XÃ HỘI CHỦNGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        // without diacritics (legacy OCR)
        "bao dam anninh mang|bao dam an ninh mang",
        // typed text with a lost space
        "nâng cao chất lượng dân số vànâng cao đời sống|nâng cao chất lượng dân số và nâng cao đời sống",
    })
    void splitsGluedSyllables(String ocr, String expected) {
        assertEquals(expected, MERGED.split(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // known words, names, abbreviations, codes and foreign words stay whole
        "Ủy ban nhân dân tỉnh Đắk Lắk",
        "UBND, HĐND, THPT, SGD&ĐT, 12-CT/TW",
        "Pleiku, Kon Tum, Vietcombank, Johnson",
        "hệ thống thông tin và email",
    })
    void keepsEverythingElse(String text) {
        assertEquals(text, MERGED.split(text));
        assertEquals("", MERGED.split(""));
    }
}
