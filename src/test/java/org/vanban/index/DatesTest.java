package org.vanban.index;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource({
        // option, first day, last day
        "2024, 2024-01-01, 2024-12-31",
        "2024-02, 2024-02-01, 2024-02-29",
        "2024-03-15, 2024-03-15, 2024-03-15",
        "15/3/2024, 2024-03-15, 2024-03-15",
    })
    void optionRanges(String option, LocalDate start, LocalDate end) {
        assertEquals(start, Dates.startOf(option));
        assertEquals(end, Dates.endOf(option));
    }

    @Test
    void badOptionsSayWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dates.startOf("hôm qua"));
        assertTrue(e.getMessage().contains("2024-03-15"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dates.startOf("2024-13"));
    }

    @Test
    void indexValues() {
        assertEquals(20240315, Dates.value("2024-03-15").getAsInt());
        assertEquals(20240301, Dates.value("2024-03").getAsInt());
        assertTrue(Dates.value("2024").isEmpty());
        assertTrue(Dates.value("trước ngày 30/6").isEmpty());
        assertEquals(2024, Dates.year("2024-03").getAsInt());
    }
}
