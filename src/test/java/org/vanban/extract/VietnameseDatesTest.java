package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ngày 17 tháng 02 năm 2022        | 2022-02-17",
        // OCR: the month word with another vowel, the tones lost
        "ngày 09 thúng 8 năm 2024         | 2024-08-09",
        "ngay 09 thang 8 nam 2024         | 2024-08-09",
        "ngày 05/01/2022                  | 2022-01-05",
        "10/8/2022                        | 2022-08-10",
        "30 tháng 4 năm 2025              | 2025-04-30",
        "01-10-1997                       | 1997-10-01",
        "Ngày 2.3.2022                    | 2022-03-02",
        // a draft leaves the day blank
        "'ngày      tháng 3 năm 2024'     | 2024-03",
        "'ngày ... tháng 11 năm 2025'     | 2025-11",
        // OCR dropped the tone marks
        "ngay 9 thang 6 nam 2021          | 2021-06-09",
        // a line break inside the date
        "'ngày 10 tháng 8\\nnăm 2022'     | 2022-08-10",
    })
    void parsesEveryPrintedForm(String printed, String iso) {
        assertEquals(iso, VietnameseDates.parse(printed.replace("\\n", "\n")).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ngày 31/02/2022",
        "ngày 12 tháng 13 năm 2022",
        "tháng 3 năm 2024",
        "năm học 2023 - 2024",
    })
    void refusesWhatIsNotADate(String printed) {
        assertTrue(VietnameseDates.parse(printed).isEmpty(), printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the date that follows a citation starts after its comma
        "'34-NQ/TW, ngày 09/01/2023 của Bộ Chính trị' | 8 | 2023-01-09 | ngày 09/01/2023",
        "'21/NQ-CP\\nngày 20/02/2023'                 | 8 | 2023-02-20 | ngày 20/02/2023",
    })
    void findsTheDateRightAfterAPosition(String row, int pos, String iso, String printed) {
        String text = row.replace("\\n", "\n");
        VietnameseDates.FoundDate d = VietnameseDates.at(VietnameseKeys.fold(text), text, pos).orElseThrow();
        assertEquals(iso, d.iso());
        assertEquals(printed, d.span().of(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"'34-NQ/TW của Bộ Chính trị ngày 09/01/2023' | 8"})
    void aDateFurtherOnDoesNotFollow(String text, int pos) {
        assertTrue(VietnameseDates.at(VietnameseKeys.fold(text), text, pos).isEmpty());
        List<VietnameseDates.FoundDate> all = VietnameseDates.find(text, 0, text.length());
        assertEquals(1, all.size());
    }
}
