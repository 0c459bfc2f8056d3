package org.vanban.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.extract.Span;

/** The citing sentence around a mention; "|" in the text stands for a line break. */
class SentencesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '^', textBlock = """
            # text ^ mention ^ sentence
            # a hard-wrapped sentence is one sentence, its line breaks spaces; "; " before a capital ends
            # the clause, as in the lists of legal grounds ("...; Luật Lâm nghiệp; ...")
            Mùa khô kéo dài. Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí|thư về tăng cường lãnh đạo công tác bảo vệ rừng; Luật Lâm nghiệp.|1. Thủ trưởng các sở ^ 13-CT/TW ^ Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường lãnh đạo công tác bảo vệ rừng;
            # a full stop inside a symbol or a date does not end the sentence
            Căn cứ Nghị định số 30/2020/NĐ-CP. Về công tác văn thư của các cơ quan. ^ 30/2020/NĐ-CP ^ Căn cứ Nghị định số 30/2020/NĐ-CP.
            # a short line (a heading) ends before the sentence
            KẾ HOẠCH|Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học công nghệ ^ 57-NQ/TW ^ Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học công nghệ
            # a list item starts a new sentence
            trước ngày 30/6/2024 theo Kế hoạch số 12/KH-UBND của tỉnh về việc triển khai nhiệm vụ|2. Sở Tài chính bố trí ^ 12/KH-UBND ^ trước ngày 30/6/2024 theo Kế hoạch số 12/KH-UBND của tỉnh về việc triển khai nhiệm vụ
            """)
    void sentenceAroundTheMention(String text, String mention, String expected) {
        String t = text.replace('|', '\n');
        int at = t.indexOf(mention);
        assertEquals(expected, Sentences.around(t, new Span(at, at + mention.length())));
    }
}
