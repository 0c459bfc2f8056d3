package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quote that a speck glued to a word (shapes seen on degraded renders), and quotations that stay. */
class UnpairedQuotesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "theo quy định tại \"khoản 2 Điều 5|theo quy định tại khoản 2 Điều 5",
        "CHỦ 'TỊCH\\nNguyễn Văn A|CHỦ TỊCH\\nNguyễn Văn A",
        "\"Nơi nhận:\\n- Như trên;\\n- Lưu: VT.|Nơi nhận:\\n- Như trên;\\n- Lưu: VT.",
    })
    void dropsAQuoteNothingCloses(String ocr, String expected) {
        assertEquals(unescape(expected), UnpairedQuotes.drop(unescape(ocr)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // closed on the line, by a straight or a curly quote, or on one of the next two lines
        "ban hành \"Quy định về quản lý\" kèm theo",
        "ban hành \"Quy định về quản lý” kèm theo",
        "triển khai Đề án \"Nâng cao nhận thức\\ncộng đồng về phòng chống\\nthiên tai\" trên địa bàn",
        // a quoted amendment that runs on for pages
        "\"Điều 5. Sửa đổi khoản 1 như sau:",
        "\"2. Hồ sơ gồm:",
        "\"a) Bản sao giấy tờ",
        // inside a word, or not before a letter
        "tu'c là, \" \"",
    })
    void keepsAQuotation(String text) {
        assertEquals(unescape(text), UnpairedQuotes.drop(unescape(text)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
