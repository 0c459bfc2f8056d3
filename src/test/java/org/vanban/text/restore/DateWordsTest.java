package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month and year words of written-out dates that OCR misread, and dates and near-dates left alone. */
class DateWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Đồng Tháp, ngày 19 thúng 11 năm 2025          | Đồng Tháp, ngày 19 tháng 11 năm 2025",
        "Hà Tĩnh, ngày 24 Đông: 11 năm 2025.           | Hà Tĩnh, ngày 24 tháng 11 năm 2025.",
        "Quyết định số 12/QĐ-UBND ngày 05 a1 3 năm 2024 của | Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2024 của",
        "ngày 24 tháng 11 nănh 2025                    | ngày 24 tháng 11 năm 2025",
        "ngày 25 tháng 01 ngày 2021                    | ngày 25 tháng 01 năm 2021",
        "NGÀY 02 THÚNG 9 NĂM 2025                      | NGÀY 02 THÁNG 9 NĂM 2025",
        "Từ ngày 01  thóng 7 năm 2025, mục 2           | Từ ngày 01  tháng 7 năm 2025, mục 2",
    })
    void theWordOutOfPlaceInADateIsPutBack(String ocr, String expected) {
        assertEquals(expected, DateWords.repair(ocr));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ngày 19 tháng 11 năm 2025, already right",
        "ngày 11 Tháng 9 năm 2015, another case",
        "không muộn hơn ngày 6 tháng 9 (năm 1950), marks around the word",
        "ngày 19 thúng 11 nănh 2025, both words wrong: too little to go on",
        "ngày 40 thúng 11 năm 2025, no such day",
        "ngày 19 thúng 13 năm 2025, no such month",
        "ngày 19 thúng 11 năm 20256, not a year",
        "trong 30 ngày 5 lần năm 2025, not a date",
    })
    void datesThatAreRightOrAreNotDatesStay(String text) {
        assertEquals(text, DateWords.repair(text));
    }

    @Test
    void everyDateOfAPassageIsSeenToAndLinesStayApart() {
        String ocr = "ngày 19 thúng 11 năm 2025\nngày 20 tháng 11 nãm 2025\nngày 21 tháng 11 năm 2025";
        assertEquals("ngày 19 tháng 11 năm 2025\nngày 20 tháng 11 năm 2025\nngày 21 tháng 11 năm 2025", DateWords.repair(ocr));
        assertEquals("ngày 19\nthúng 11 năm 2025", DateWords.repair("ngày 19\nthúng 11 năm 2025"), "a date is one line");
    }
}
