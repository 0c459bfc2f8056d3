package org.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DiacriticsTest {
    @ParameterizedTest
    @CsvSource({
        "Thực hiện Chỉ thị số 12-CT/TW, Thuc hien Chi thi so 12-CT/TW",
        "Sở Giáo dục và Đào tạo, So Giao duc va Dao tao",
        "362/KH-SGD&ĐT-VP, 362/KH-SGD&DT-VP",
        "người ưu tiên ăn ở, nguoi uu tien an o",
    })
    void stripsEveryDiacritic(String input, String expected) {
        assertEquals(expected, Diacritics.strip(input));
    }

    @Test
    void detectsDiacritics() {
        assertTrue(Diacritics.hasAny("Đảng"));
        assertTrue(Diacritics.hasAny("đ"));
        assertFalse(Diacritics.hasAny("Thuc hien Chi thi so 12"));
    }
}
