package org.vanban.text.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LmTextTest {
    private static String forms(String text) {
        List<String> out = new ArrayList<>();
        LmText.tokenize(text, (s, e, k) -> out.add(LmText.form(text.substring(s, e), k)));
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // words are lower-cased
        "Thực hiện Chỉ thị|thực hiện chỉ thị",
        // tone placement is made canonical: hoà and hòa are one word
        "Hoà Bình, thuỷ lợi|hòa bình , thủy lợi",
        // numbers and mixed runs are one class; punctuation stays itself
        "số 12-CT/TW ngày 05/01/2022|số <num> - ct / tw ngày <num> / <num> / <num>",
        // OCR damage: digits inside a word make one mixed run, ¢ counts as a letter
        "s6 hi¢n|<num> hi¢n",
        // empty input has no tokens
        "''|''",
    })
    void tokensAndForms(String text, String expected) {
        assertEquals(expected, forms(text));
    }
}
