package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one lower-case word OCR left in a line of capitals, and lines whose lower case is meant. */
class CapitalLinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ quốc TẾ PHÓ | KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ PHÓ",
        "quyết ĐỊNH CHỦ TỊCH ỦY BAN                  | QUYẾT ĐỊNH CHỦ TỊCH ỦY BAN",
        "THỦ TỤC HÀNH CHÍNH LĨNH vực. TÀI CHÍNH     | THỦ TỤC HÀNH CHÍNH LĨNH VỰC. TÀI CHÍNH",
        "TRƯỞNG B BAN CHÍNH SÁCH, THUẾ quốc TẾ      | TRƯỞNG B BAN CHÍNH SÁCH, THUẾ QUỐC TẾ",
    })
    void theLowerCaseWordOfACapitalLineIsRaised(String ocr, String expected) {
        assertEquals(expected, CapitalLines.raiseLine(ocr));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "THỦ TƯỚNG CHÍNH PHỦ điện:",                       // how a telegram opens
        "II. VĂN BẰNG, CHỨNG CHỈ THEO YÊU CẦU CỦA VỊ TRÍ iii", // a lower-case Roman numeral
        "UBND HĐND tỉnh",                                  // abbreviations, not a title
        "CỘNG HÒA xã hội",                                 // two lower-case words: a sentence, not a slip
        "Sở GIÁO DỤC VÀ ĐÀO TẠO",                          // a capitalised word is not lower case
        "ỦY BAN NHÂN DÂN TỈNH",                            // nothing to do
        "ỦY BAN 12/KH-UBND số",                             // the symbol is no word: two words are too few
        "Căn cứ Luật Tổ chức chính quyền địa phương",      // ordinary text
    })
    void linesWhoseLowerCaseIsMeantStay(String line) {
        assertEquals(line, CapitalLines.raiseLine(line));
    }

    @Test
    void eachLineIsJudgedOnItsOwn() {
        String text = "BAN CHÍNH SÁCH, THUẾ quốc TẾ\nthuế quốc tế và THUẾ NỘI ĐỊA";
        assertEquals("BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nthuế quốc tế và THUẾ NỘI ĐỊA", CapitalLines.raise(text));
    }
}
