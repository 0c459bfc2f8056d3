package org.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyllableInventoryTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Thực", "hiện", "Chỉ", "thị", "số", "của", "Ban", "Bí", "thư", "về", "tăng", "cường", "sự", "lãnh", "đạo",
        "Đảng", "người", "nghiệp", "nghĩa", "nghe", "ghi", "ghế", "kế", "kỹ", "ký", "lý", "quốc", "quyết", "quý",
        "qua", "quê", "giữ", "gìn", "gì", "giếng", "giết", "giễu", "già", "gió", "giường", "giữa", "khuya",
        "khuyên", "khuỷu", "thuở", "yêu", "yên", "uyên", "hoà", "hòa", "hoàng", "thủy", "thuỷ", "khoẻ", "hoặc",
        "oai", "xoay", "ngoèo", "tuân", "thuê", "huế", "khuây", "cuối", "tươi", "rượu", "iêu", "xoong",
        "ách", "ếch", "ích", "huých", "huỳnh", "tuýp", "ăn", "ấm", "ấy", "ai", "ao", "âu", "eo", "êu", "ưu",
        "ưng", "ngành", "Uỷ", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT",
    })
    void acceptsRealSyllables(String word) {
        assertTrue(SyllableInventory.isValid(word), word);
        assertTrue(SyllableInventory.isValid(Normalizer.normalize(word, Normalizer.Form.NFD)), "NFD " + word);
    }

    @ParameterizedTest
    @CsvSource({
        // OCR damage from legacy engines
        "Thyec", "hién", "cia", "cwong", "s6", "hi¢n", "méi", "ngirời",
        // c/k/q: k before back vowels, c before front vowels, q without u
        "ka", "ko", "ce", "ci", "cê", "qa",
        // gh/ngh only before e, ê, i; g/ng not before them
        "gha", "nghành", "ngé", "gê",
        // stop codas take only sắc or nặng
        "tàt", "hỏc", "lãch", "cap",
        // codas that do not follow the vowel
        "êng", "ing", "ơng", "ăi", "ech", "ey",
        // ă, â and the closed diphthongs need a coda; open ones cannot take one
        "mă", "tâ", "tiê", "muô", "mian", "muan",
        // tone on the wrong vowel
        "cuả", "ngươì", "hòan", "qúa",
        // two tones, no vowel, foreign letters, abbreviations
        "ngứời", "UBND", "THPT", "ĐT", "the's", "fax", "zoo", "wifi",
    })
    void rejectsNoise(String word) {
        assertFalse(SyllableInventory.isValid(word), word);
    }

    @ParameterizedTest
    @CsvSource({
        // token,       onset, glide, nucleus, coda, tone
        "nghiệp,        ngh,   '',    iê,      p,    NANG",
        "Quyết,         q,     u,     yê,      t,    SAC",
        "hoà,           h,     o,     a,       '',   HUYEN",
        "hòa,           h,     o,     a,       '',   HUYEN",
        "người,         ng,    '',    ươ,      i,    HUYEN",
        "gìn,           gi,    '',    i,       n,    HUYEN",
        "giếng,         gi,    '',    iê,      ng,   SAC",
        "giữa,          gi,    '',    ưa,      '',   NGA",
        "khuỷu,         kh,    u,     y,       u,    HOI",
        "ĐẢNG,          đ,     '',    a,       ng,   HOI",
        "anh,           '',    '',    a,       nh,   NGANG",
    })
    void splitsIntoParts(String token, String onset, String glide, String nucleus, String coda, Tone tone) {
        assertEquals(new Syllable(onset, glide, nucleus, coda, tone), SyllableInventory.parse(token).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"hoà, hòa", "giếng, giếng", "gìn, gìn", "NGHIỆP, nghiệp", "thuỷ, thủy", "quý, quý"})
    void rebuildsTheWrittenSyllable(String token, String text) {
        assertEquals(text, SyllableInventory.parse(token).orElseThrow().text());
    }

    @Test
    void recordRejectsPartsThatAreNotVietnamese() {
        assertThrows(IllegalArgumentException.class, () -> new Syllable("f", "", "a", "", Tone.NGANG));
        assertThrows(IllegalArgumentException.class, () -> new Syllable("", "", "ae", "", Tone.NGANG));
        assertThrows(IllegalArgumentException.class, () -> new Syllable("", "", "a", "k", Tone.NGANG));
        assertThrows(IllegalArgumentException.class, () -> new Syllable("", "w", "a", "", Tone.NGANG));
    }

    @Test
    void emptyAndNonLettersAreNotSyllables() {
        assertFalse(SyllableInventory.isValid(""));
        assertFalse(SyllableInventory.isValid("12"));
        assertFalse(SyllableInventory.isValid("a b"));
    }
}
