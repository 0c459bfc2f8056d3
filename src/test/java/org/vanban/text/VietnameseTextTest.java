package org.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {
    /** "text/TYPE@start" for every token, so one string shows texts, types and offsets. */
    private static String describe(String text) {
        return VietnameseText.tokenize(text).stream()
                .map(t -> t.text() + "/" + t.type().name().substring(0, 3) + "@" + t.start())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // syllables, a document symbol, a date and edge punctuation
        "Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 | Thực/SYL@0 hiện/SYL@5 Chỉ/SYL@10 thị/SYL@14 số/SYL@18 12-CT/TW/SYM@21 ,/PUN@29 ngày/SYL@31 05/01/2022/NUM@36",
        // abbreviations are words, not syllables; brackets are cut off
        "(UBND tỉnh) | (/PUN@0 UBND/WOR@1 tỉnh/SYL@6 )/PUN@10",
        // legacy OCR damage stays in one token each
        "Thyec hi¢n s6 | Thyec/WOR@0 hi¢n/SYM@6 s6/SYM@11",
        // letters joined by inner punctuation are split when every part is a syllable
        "và/hoặc Rịa-Vũng | và/SYL@0 //PUN@2 hoặc/SYL@3 Rịa/SYL@8 -/PUN@11 Vũng/SYL@12",
        // numbers with separators, a closing mark and a symbol with &
        "1.000.000 đồng./. 362/KH-SGD&ĐT-VP | 1.000.000/NUM@0 đồng/SYL@10 ././PUN@14 362/KH-SGD&ĐT-VP/SYM@18",
        // a lone dash is punctuation
        "- Tổ chức | -/PUN@0 Tổ/SYL@2 chức/SYL@5",
    })
    void tokenizesWithOffsets(String text, String expected) {
        assertEquals(expected.trim(), describe(text));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Nghị quyết số 01/2024/NQ-HĐND.";
        List<Token> tokens = VietnameseText.tokenize(text);
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of("."), tokens.subList(tokens.size() - 1, tokens.size()).stream().map(Token::text).toList());
        assertEquals(TokenType.SYMBOL, tokens.get(tokens.size() - 2).type());
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertTrue(VietnameseText.tokenize("").isEmpty());
        assertTrue(VietnameseText.tokenize(" \t\n\u00A0").isEmpty());
    }

    @Test
    void nfcComposesDecomposedText() {
        String nfd = Normalizer.normalize("Cộng hòa xã hội chủ nghĩa Việt Nam", Normalizer.Form.NFD);
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", VietnameseText.nfc(nfd));
        assertTrue(VietnameseText.isNfc(VietnameseText.nfc(nfd)));
    }
}
