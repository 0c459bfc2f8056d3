package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word's first letter read twice on a noisy scan, dropped by the real model; letters that are the text's own. */
class EchoedLettersTest {
    private static EchoedLetters echoes;

    @BeforeAll
    static void load() {
        echoes = new EchoedLetters(Restorer.standard().model());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xây dựng phương á án sắp xếp đơn vị|xây dựng phương án sắp xếp đơn vị",
        "phối hợp với Trung t tâm Y tế huyện|phối hợp với Trung tâm Y tế huyện",
        "có ý kiến như s sau:|có ý kiến như sau:",
        "xây dựng phương á án\\nTrung t tâm Y tế|xây dựng phương án\\nTrung tâm Y tế",
    })
    void dropsTheEcho(String ocr, String expected) {
        assertEquals(expected.replace("\\n", "\n"), echoes.drop(ocr.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "theo quy định tại điểm k khoản 1 Điều 5",
        "theo quy định tại điểm d Điều 32 Nghị định này",
        "người đề nghị tự ý yêu cầu",
        "trạm y tế xã",
        "a",
        "a b",
    })
    void keepsTheTextsOwnLetters(String text) {
        assertEquals(text, echoes.drop(text));
    }
}
