package org.vanban.text.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinePairsTest {
    @Test
    void cutsTheTruthAtTheOcrLineBreaks() {
        String truth = "Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng\n";
        String ocr = "Thyec hi¢n Chi thi s6 12-CT/TW, ngay 05/01/2022\n\ncia Ban Bi thu vé tang cwong\n|\nsu linh dao cia Dang\n";
        List<LinePairs.Pair> pairs = LinePairs.pair(truth, ocr);
        assertEquals(List.of(
                new LinePairs.Pair("Thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022", "Thyec hi¢n Chi thi s6 12-CT/TW, ngay 05/01/2022"),
                new LinePairs.Pair("của Ban Bí thư về tăng cường", "cia Ban Bi thu vé tang cwong"),
                new LinePairs.Pair("sự lãnh đạo của Đảng", "su linh dao cia Dang")), pairs);
    }

    @Test
    void emptyTruthGivesNoPairsAndEmptyOcrLosesEveryParagraph() {
        assertTrue(LinePairs.pair("", "abc").isEmpty());
        assertEquals(List.of(new LinePairs.Pair("Điều 1.", ""), new LinePairs.Pair("Điều 2. Quỹ", "")),
                LinePairs.pair("Điều 1.\n\nĐiều 2.  Quỹ\n", "\n \n"));
    }

    @Test
    void scoresSyllablesAndCharacters() {
        OcrScore s = OcrScore.of("Thực hiện Chỉ thị số 12", "Thyec hiện Chi thị s6 12");
        assertEquals(5, s.syllables());
        assertEquals(2, s.syllablesExact());
        assertEquals(23, s.chars());
        assertEquals(4, s.charErrors()); // ye/ự counts 2, i/ỉ and 6/ố one each
        assertEquals(1.0, OcrScore.of("Cộng hòa", "Cộng hòa").syllableAccuracy());
        assertEquals(0.0, OcrScore.of("Cộng hòa", "Cộng hòa").cer());
    }
}
