package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The OCR corrector end to end on a page head as Tesseract read a noisy scan (specks, glued words, tones). */
class CorrectorTest {
    @Test
    void repairsANoisyPageHead() {
        String ocr = """
                ỦY BAN NHÂN DÂN . CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TÍNH HÒA BÌNH „ Độclập - Tựdo - Hạnhphúc
                _ˆ Số: 362/KH-UBND Hòa Bình, ngày 05 thúng 01 năm 2022
                Ủy ban nhân dân tính ban hành kế hoạch thực hiện như sau: :""";
        String expected = """
                ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH HÒA BÌNH Độc lập - Tự do - Hạnh phúc
                Số: 362/KH-UBND Hòa Bình, ngày 05 tháng 01 năm 2022
                Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:""";
        assertEquals(expected, Corrector.standard().correct(ocr));
    }

    @Test
    void cleanTextPassesUnchanged() {
        String clean = "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành chịu trách nhiệm thi hành.\n";
        assertEquals(clean, Corrector.standard().correct(clean));
    }

    @Test
    void readsTheWordsTheEngineDoubtedAgainOnTheirLine() {
        String ocr = "KẾ HOẠCH\nSở Tài chính bố trí kinh pin thực hiện Kế hoạch";
        Doubts doubts = new Doubts.Builder().add(1, "pin").build();
        assertEquals("KẾ HOẠCH\nSở Tài chính bố trí kinh phí thực hiện Kế hoạch", Corrector.standard().correct(ocr, doubts));
        assertEquals(ocr, Corrector.standard().correct(ocr), "pin is a word: without a doubt it stays");
        assertEquals(ocr, Corrector.standard().correct(ocr, new Doubts.Builder().add(0, "pin").build()),
                "a doubt on another line");
    }
}
