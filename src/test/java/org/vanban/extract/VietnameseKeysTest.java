package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseKeysTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "CỘNG HOÀ XÃ HỘI      | cộng hòa xã hội",
        "Thuỷ lợi             | thủy lợi",
        "khoẻ mạnh            | khỏe mạnh",
        // the u of "qu" is not part of the rhyme: the tone stays on y
        "Quý III              | quý iii",
        // a final consonant keeps the tone where it is
        "Hoàng Văn Phúc       | hoàng văn phúc",
    })
    void normalisesTonePlacementAndCase(String text, String key) {
        assertEquals(key, VietnameseKeys.key(text));
        assertEquals(text.length(), VietnameseKeys.key(text).length());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Số: 12/QĐ-UBND  | so: 12/qd-ubnd",
        "Nghị định       | nghi dinh",
        "ĐỘC LẬP         | doc lap",
    })
    void foldsToneMarksAndTheStroke(String text, String folded) {
        assertEquals(folded, VietnameseKeys.fold(text));
    }

    /**
     * The keys are the text package's normalisations (TonePlacement, Diacritics), lower-cased, done
     * char for char so that offsets into a key are offsets into the text; they must agree with them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ủy ban nhân dân tỉnh Hoà Bình, THUỶ LỢI",
        "Sở Giáo dục và Đào tạo; khoẻ mạnh; quý III/2025",
        "TÍNH ỦY HÀ GIANG - Độclập-Tựdo-Hạnhphúc",
    })
    void agreesWithTheTextPackage(String text) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        assertEquals(org.vanban.text.TonePlacement.normalize(text).toLowerCase(vi), VietnameseKeys.key(text));
        assertEquals(org.vanban.text.Diacritics.strip(text).toLowerCase(vi), VietnameseKeys.fold(text));
    }

    @Test
    void emptyTextHasAnEmptyKey() {
        assertEquals("", VietnameseKeys.key(""));
        assertEquals("", VietnameseKeys.fold(""));
    }
}
