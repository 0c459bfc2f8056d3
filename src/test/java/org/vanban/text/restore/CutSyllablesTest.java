package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllables cut after their first consonants, on the shipped model: joined only where the context wants the word. */
class CutSyllablesTest {
    private static final CutSyllables CUT = new CutSyllables(Restorer.standard().model());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the second part a word of its own: the context decides
        "Chủ trì, phối hợp với Sở N ông nghiệp và Phát triển nông thôn|Chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn",
        "viễn thông m à không mã hoá|viễn thông mà không mã hoá",
        "người đ ứng đầu tổ chức|người đứng đầu tổ chức",
        // the second part no word at all
        "N guyên tắc chung|Nguyên tắc chung",
        "trách nhiệm của ng ười làm việc|trách nhiệm của người làm việc",
    })
    void joinsCutSyllables(String ocr, String expected) {
        assertEquals(expected, CUT.join(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // labels and units before a word
        "quy định tại khoản B ở trên",
        "điểm C tới hạn của vật liệu",
        "nhiệt độ 25 C trở lên",
        // abbreviations, and words already whole
        "UBND tỉnh, TP ông bà",
        "Sở Nông nghiệp và Môi trường",
    })
    void keepsWhatIsNotCut(String text) {
        assertEquals(text, CUT.join(text));
    }

    @Test
    void neverJoinsAcrossLines() {
        assertEquals("Sở N\nông nghiệp", CUT.join("Sở N\nông nghiệp"));
    }
}
