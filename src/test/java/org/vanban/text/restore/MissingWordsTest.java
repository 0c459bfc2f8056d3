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
        // a syllable whose vowels a speck took
        "triển khai thực hiện các biện ng phòng, chống dịch|triển khai thực hiện các biện pháp phòng, chống dịch",
        "văn bản hướng dc thực hiện Luật|văn bản hướng dẫn thực hiện Luật",
        // a syllable read as a dash
        "tiếp nhận hồ sơ đề - cấp giấy phép|tiếp nhận hồ sơ đề nghị cấp giấy phép",
        "thực hiện công tác quản - thuế trên địa bàn|thực hiện công tác quản lý thuế trên địa bàn",
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
        "mưa lớn trên 100 mm trong 24 giờ",
        // a dash the document wrote: a compound, a range, names, a dash that reads "và"
        "phát triển kinh tế - xã hội của tỉnh",
        "giai đoạn 2021 - 2025 và định hướng",
        "tỉnh Bà Rịa - Vũng Tàu",
        "lĩnh vực thông tin - truyền thông",
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
