package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A speck read as a hyphen where a space was (shapes seen on degraded renders), and hyphens of the text. */
class HyphenatedPairsTest {
    private static HyphenatedPairs hyphens;

    @BeforeAll
    static void load() {
        hyphens = new HyphenatedPairs(Restorer.standard().model());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chính sách hỗ-trợ doanh nghiệp|chính sách hỗ trợ doanh nghiệp",
        "quyết định phân-cấp thẩm quyền|quyết định phân cấp thẩm quyền",
        "có trách-nhiệm thực hiện|có trách nhiệm thực hiện",
    })
    void putsTheSpaceBack(String ocr, String expected) {
        assertEquals(expected, hyphens.split(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // loanwords, a compound set with a dash, symbols and codes
        "cho thuê ki-ốt tại chợ",
        "tiêm vắc-xin cho trẻ",
        "phát triển kinh tế-xã hội",
        "Thông tư số 10/2024/TT-BTC",
        "Sở GD&ĐT-VP",
        "xe mô-tô-hôm",
    })
    void keepsTheTextsOwnHyphens(String text) {
        assertEquals(text, hyphens.split(text));
    }
}
