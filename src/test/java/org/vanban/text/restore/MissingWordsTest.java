package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that a noisy scan turned into a lone speck, put back by the real model from their neighbours
 * (shapes seen on degraded renders of training text), and marks that are no lost word.
 */
class MissingWordsTest {
    private static MissingWords missing;

    @BeforeAll
    static void load() {
        missing = new MissingWords(Restorer.standard().model());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "các quy định không còn phù . với thực tế|các quy định không còn phù hợp với thực tế",
        "cơ quan, đơn vị có _ quan chịu trách nhiệm|cơ quan, đơn vị có liên quan chịu trách nhiệm",
        "đã được sửa đổi, bổ . bởi Luật số 15|đã được sửa đổi, bổ sung bởi Luật số 15",
        "giấy chứng nhận đủ điều kiện hoạt . dịch vụ|giấy chứng nhận đủ điều kiện hoạt động dịch vụ",
        "Quyết định này hết ˆ lực kể từ ngày ký|Quyết định này hết hiệu lực kể từ ngày ký",
    })
    void putsBackTheWordTheContextWants(String ocr, String expected) {
        assertEquals(expected, missing.fill(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a speck between words that already follow each other
        "các cơ quan, đơn ' vị và địa phương",
        "gửi ông Nguyễn Văn \\ An được biết",
        // the document's own marks
        "phòng, chống ma túy / tiền chất",
        "từ ... đến hết năm",
        "Độc lập - Tự do - Hạnh phúc",
        // no word on one side
        "ngày 15 tháng .. năm 2025",
    })
    void leavesWhatIsNoLostWord(String text) {
        assertEquals(text, missing.fill(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "còn phù . với\\nthực tế . .\\n|còn phù hợp với\\nthực tế . .\\n",
    })
    void keepsTheLines(String ocr, String expected) {
        assertEquals(expected.replace("\\n", "\n"), missing.fill(ocr.replace("\\n", "\n")));
    }
}
