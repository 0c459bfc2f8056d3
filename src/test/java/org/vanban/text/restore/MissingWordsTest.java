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

    /** The text with the given words doubted on its first line, as the OCR engine reports them. */
    private static String fillDoubting(String text, String... words) {
        Doubts.Builder doubts = new Doubts.Builder();
        for (String w : words) {
            doubts.add(0, w);
        }
        return missing.fill(text, doubts.build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // words Tesseract read with low confidence on HEAVY renders, other words of the model
        "Ủy ban nhân dân tỉnh triển khai hà hiện kế hoạch này|hà|Ủy ban nhân dân tỉnh triển khai thực hiện kế hoạch này",
        "đôn đốc việc thực hiện nôn xuyên các nhiệm vụ|nôn|đôn đốc việc thực hiện thường xuyên các nhiệm vụ",
        // a capital the engine doubted is not a name to keep: the reading is in lower case
        "Ủy ban nhân dân tỉnh triển khai Hà hiện kế hoạch này|Hà|Ủy ban nhân dân tỉnh triển khai thực hiện kế hoạch này",
        "đơn vị phối hợp thực HP các nội dung|HP|đơn vị phối hợp thực hiện các nội dung",
        // punctuation after the word stays, and is context
        "Giao Sở Nội vụ theo dõi, kiểm ta, đôn đốc việc thực hiện|ta,|Giao Sở Nội vụ theo dõi, kiểm tra, đôn đốc việc thực hiện",
        // a doubted word that is right stays
        "bảo đảm an ninh chính trị, trật tự an toàn xã hội|trật|bảo đảm an ninh chính trị, trật tự an toàn xã hội",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015|quyền|Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    })
    void readsAgainTheWordsTheEngineDoubted(String ocr, String doubted, String expected) {
        assertEquals(expected, fillDoubting(ocr, doubted));
        assertEquals(ocr, missing.fill(ocr), "without doubts a word stays");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a doubt on another line, or on another word, changes nothing
        "triển khai hà hiện kế hoạch\\nnăm 2025|ni",
        // doubted words at either end of a line have only one side of context
        "hà hiện kế hoạch|hà",
        "triển khai thực hà|hà",
    })
    void leavesDoubtedWordsWithoutContext(String text, String doubted) {
        String t = text.replace("\\n", "\n");
        assertEquals(t, fillDoubting(t, doubted));
        assertEquals(t, missing.fill(t, new Doubts.Builder().add(1, "hà").build()), "a doubt on line 1 is not on line 0");
    }
}
