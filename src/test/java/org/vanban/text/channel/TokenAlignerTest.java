package org.vanban.text.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenAlignerTest {
    private static String describe(List<TokenPair> pairs) {
        return pairs.stream()
                .map(p -> p.observed() + ">" + p.intended() + (p.kind() == TokenPair.Kind.ONE_TO_ONE ? "" : ":" + p.kind()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void pairsLegacyOcrTokensWithTheTruth() {
        String truth = "Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư";
        String ocr = "Thyec hi¢n Chi thi s6 12-CT/TW, ngay\n05/01/2022 cia Ban Bi thu";
        assertEquals("Thyec>Thực hi¢n>hiện Chi>Chỉ thi>thị s6>số 12-CT/TW>12-CT/TW ngay>ngày cia>của Ban>Ban Bi>Bí thu>thư",
                describe(TokenAligner.align(truth, ocr)));
    }

    @Test
    void marksSplitGluedAndLostTokens() {
        assertEquals("ngu ời>người:SPLIT cia>của:MERGED Ban>Ban:MERGED",
                describe(TokenAligner.align("người của Ban", "ngu ời ciaBan")));
        assertEquals("cia>của Ban>Ban >lãnh:LOST đạo>đạo",
                describe(TokenAligner.align("của Ban lãnh đạo", "cia Ban đạo")));
    }

    @Test
    void punctuationAroundAnOcrTokenIsNotPartOfIt() {
        assertEquals("s6>số", describe(TokenAligner.align("số", "s6.")));
        assertEquals("", describe(TokenAligner.align("", "")));
    }
}
