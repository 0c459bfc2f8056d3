package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The motto line as OCR left it on degraded renders, and lines that keep their own form. */
class MottoTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Độc lập-Tự do-Hạnh phúc|Độc lập - Tự do - Hạnh phúc",
        "s„-¬ Độc lập-Tự do-Hạnh phúc -|Độc lập - Tự do - Hạnh phúc",
        "“Độc lập-Tự do-Hạnh phúc|Độc lập - Tự do - Hạnh phúc",
        "Độc lập - - Tự do - Hạnh phúc|Độc lập - Tự do - Hạnh phúc",
        "px lập - Tự do - Hạnh phúc|Độc lập - Tự do - Hạnh phúc",
        "Độc ” - Tự do - Hạnh phúc.|Độc lập - Tự do - Hạnh phúc",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n      Độc lập—Tự do—Hạnh phúc\\nSố: 12/KH-UBND|"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n      Độc lập - Tự do - Hạnh phúc\\nSố: 12/KH-UBND",
    })
    void setsTheMottoBack(String ocr, String expected) {
        assertEquals(expected.replace("\\n", "\n"), Motto.space(ocr.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Độc lập - Tự do - Hạnh phúc",
        "  Độc lập – Tự do – Hạnh phúc",
        // a sentence that quotes the motto
        "vì mục tiêu Độc lập - Tự do - Hạnh phúc của dân tộc",
        "Hạnh phúc gia đình",
    })
    void leavesOtherLines(String text) {
        assertEquals(text, Motto.space(text));
    }
}
