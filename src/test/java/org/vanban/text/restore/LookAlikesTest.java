package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letters of other alphabets that OCR returns for Vietnamese ones. */
class LookAlikesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Số Hồ sơ/ÐVBQ phục vụ|Số Hồ sơ/ĐVBQ phục vụ",
        "ðiều kiện|điều kiện",
        "Đã đúng|Đã đúng",
    })
    void readsEthAsDyet(String ocr, String expected) {
        assertEquals(expected, LookAlikes.replace(ocr));
    }
}
