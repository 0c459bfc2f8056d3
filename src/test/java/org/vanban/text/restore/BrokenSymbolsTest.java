package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Symbols and dates that specks broke apart or glued to a word, and the ones written that way on purpose. */
class BrokenSymbolsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tại Tờ trình số 9512/TT r-SNN-CCTL       | tại Tờ trình số 9512/TTr-SNN-CCTL",
        "tại Tờ trình số 3461/TT rSGD&ĐT          | tại Tờ trình số 3461/TTr-SGD&ĐT",
        "Quyết định số 1397/QĐ- -UBND ngày        | Quyết định số 1397/QĐ-UBND ngày",
        "Thông tư số 03/2025/TT- -VPCP)           | Thông tư số 03/2025/TT-VPCP)",
        "Nghị định số 08/2022/NĐ-CP ngày 10/ 1/2022 | Nghị định số 08/2022/NĐ-CP ngày 10/1/2022",
        "Tờ trình số 4597/TTr-SVHTTDL ngày 19/1 1/2025. | Tờ trình số 4597/TTr-SVHTTDL ngày 19/11/2025.",
        "Luật Thuế giá trị gia tăng số-48/2024/QH15. | Luật Thuế giá trị gia tăng số 48/2024/QH15.",
        "Luật Thuế giá trị gia tăng số.48/2024/QH15. | Luật Thuế giá trị gia tăng số 48/2024/QH15.",
        "Quyết định số 4347/QĐ-BVHTTDL ngày'14/11/2025 | Quyết định số 4347/QĐ-BVHTTDL ngày 14/11/2025",
        "Nghị định số 186/2025/NĐ-CP'tại cơ quan  | Nghị định số 186/2025/NĐ-CP tại cơ quan",
        "ngày 30/7/2024'của Chính phủ             | ngày 30/7/2024 của Chính phủ",
        "Hà Nội, ngày.08 tháng 11 năm 2025       | Hà Nội, ngày 08 tháng 11 năm 2025",
        "ban hành ngày:05/01/2022                | ban hành ngày 05/01/2022",
    })
    void putsTheSymbolOrDateBackTogether(String ocr, String expected) {
        assertEquals(expected, BrokenSymbols.repair(ocr));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tờ trình số 12/TTr-UBND ngày 10/1/2022",  // already whole
        "các xã Ea M'nang và Cư M'gar",            // place names keep their apostrophes
        "ngày 19/1 3/2025",                         // month 13: not a date that lost a space
        "tỷ lệ 1/ 2 số phiếu",                      // a fraction, no year
        "theo mẫu số 01-TK/2025",                   // a form's number
        "Kế hoạch năm 2025-2030/KH",
    })
    void leavesWhatWasWrittenSo(String text) {
        assertEquals(text, BrokenSymbols.repair(text));
    }
}
