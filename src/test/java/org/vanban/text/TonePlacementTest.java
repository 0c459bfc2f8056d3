package org.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TonePlacementTest {
    @ParameterizedTest
    @CsvSource({
        // new-style placement in open oa/oe/uy moves to the first vowel
        "hoà, hòa",
        "Hoà Bình, Hòa Bình",
        "thuỷ lợi, thủy lợi",
        "khoẻ, khỏe",
        "HOÀ, HÒA",
        // already canonical: unchanged
        "hòa, hòa",
        "thủy, thủy",
        // with a coda the tone sits on the last vowel in both styles
        "hoàng, hoàng",
        "khuyết, khuyết",
        "toán, toán",
        // hats and horns take the tone
        "người, người",
        "trường, trường",
        "cứu, cứu",
        "nghiệp, nghiệp",
        // qu and gi are onsets
        "quý, quý",
        "quả, quả",
        "già, già",
        "gì, gì",
        // three-vowel nuclei
        "hoài, hoài",
        "khuỷu, khuỷu",
        // numbers, symbols and words without tone pass through
        "362/KH-SGD&ĐT-VP, 362/KH-SGD&ĐT-VP",
        "Độc lập - Tự do, Độc lập - Tự do",
        "UBND, UBND",
    })
    void placesTheToneCanonically(String input, String expected) {
        assertEquals(expected, TonePlacement.normalize(input));
    }

    @ParameterizedTest
    @CsvSource({"hoà", "thuỷ", "Hòa Bình"})
    void acceptsDecomposedInputAndReturnsNfc(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        String result = TonePlacement.normalize(nfd);
        assertEquals(TonePlacement.normalize(word), result);
        assertEquals(Normalizer.normalize(result, Normalizer.Form.NFC), result);
    }
}
