package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spaces lost beside digits and commas (shapes seen on degraded renders), and what stays. */
class LostSpacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "1.Cơ quan, tổ chức được giao|1. Cơ quan, tổ chức được giao",
        "  12.Sở Tài chính chủ trì|  12. Sở Tài chính chủ trì",
        "- Luật Bảo vệ môi trường năm2020;|- Luật Bảo vệ môi trường năm 2020;",
        "Thông tư số 111/2013/TT-BTC ngày15/8/2013|Thông tư số 111/2013/TT-BTC ngày 15/8/2013",
        "Hà Tĩnh, ngày 01 tháng12 năm 2025|Hà Tĩnh, ngày 01 tháng 12 năm 2025",
        "Giám đốc,Sở Tài chính|Giám đốc, Sở Tài chính",
        "+01 vị trí tại khu vực nước cấp|+ 01 vị trí tại khu vực nước cấp",
        "  +Thẩm định thiết kế sơ bộ;|  + Thẩm định thiết kế sơ bộ;",
    })
    void putsBackTheSpace(String ocr, String expected) {
        assertEquals(expected, LostSpaces.insert(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // numbers and symbols with dots or commas of their own
        "1.250.000 đồng; 12.5.2025; 3,5 ha",
        "TP.HCM, Q.1, v.v.",
        "Số: 362/KH-SGD&ĐT-VP",
        // a date word inside a longer word, a comma before an abbreviation
        "Mộtnăm2 là mã, UBND,HĐND",
        // a numbered item already spaced, a heading numeral
        "1. Mục đích",
        "PHẦN I.CHUNG",
        // a plus that is no list item: a sum, a telephone number
        "+ 01 vị trí; 3+2 = 5",
        "+84 912 345 678",
    })
    void keepsWhatIsNotALostSpace(String text) {
        assertEquals(text, LostSpaces.insert(text));
    }
}
