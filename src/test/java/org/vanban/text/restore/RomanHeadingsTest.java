package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roman numerals of headings read as letters (shapes seen on HEAVY renders), and lines that are no such heading. */
class RomanHeadingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H. NỘI DUNG CHỦ YẾU|II. NỘI DUNG CHỦ YẾU",
        "H.NỘI DUNG CHỦ YẾU|II. NỘI DUNG CHỦ YẾU",
        "HI. GIẢI PHÁP THỰC HIỆN|III. GIẢI PHÁP THỰC HIỆN",
        "I. MỤC ĐÍCH\\nIL. YÊU CẦU\\nIIL. NỘI DUNG|I. MỤC ĐÍCH\\nII. YÊU CẦU\\nIII. NỘI DUNG",
    })
    void putsTheNumeralBack(String ocr, String expected) {
        assertEquals(expected.replace("\\n", "\n"), RomanHeadings.repair(ocr.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H. Nguyễn Văn An",
        "II. NỘI DUNG",
        "Điểm H. ĐIỀU KHOẢN",
        "HI. ",
    })
    void leavesOtherLines(String text) {
        assertEquals(text, RomanHeadings.repair(text));
    }
}
