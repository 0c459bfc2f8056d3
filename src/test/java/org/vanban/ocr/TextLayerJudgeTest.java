package org.vanban.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.ocr.TextLayerJudge.Verdict;

class TextLayerJudgeTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # real Vietnamese, NFC
            USE     | Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc
            # real Vietnamese written decomposed (NFD) by some producers
            USE     | Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc
            # English text is real text too
            USE     | The committee shall report on the implementation before the end of March.
            # document numbers and symbols mixed in
            USE     | Số: 1234/QĐ-UBND ngày 15/3/2025 của Ủy ban nhân dân tỉnh về việc ban hành
            # nothing: a scan without a text layer
            EMPTY   | ''
            # a stamped page number on a scan
            EMPTY   | Trang 3
            # TCVN3 (ABC) legacy font text as extracted
            GARBAGE | Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc
            # VNI legacy font text as extracted
            GARBAGE | Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc
            # UTF-8 read as Windows-1252 (mojibake)
            GARBAGE | Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam Ä\u0090á»™c láº­p
            # fonts without a Unicode map give replacement characters
            GARBAGE | ����� ��� ����� ���� ����� ���� ����� ����
            """)
    void judges(Verdict expected, String text) {
        assertEquals(expected, TextLayerJudge.judge(text.replace("\\u0090", "\u0090")));
    }
}
