package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specks read as dashes at either end of a line (shapes seen on degraded renders), and dashes that stay. */
class StrayDashesTest {
    private static StrayDashes dashes;

    @BeforeAll
    static void load() {
        dashes = new StrayDashes(Restorer.standard().model());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "quy định chi tiết một số điều của Luật\\n- quản lý thuế|quy định chi tiết một số điều của Luật\\nquản lý thuế",
        "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi\\n- hành Quyết định này.|"
                + "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi\\nhành Quyết định này.",
        "\\n  - triển khai thực hiện|\\n  triển khai thực hiện",
        // a speck at the right margin
        "thì cơ sở kinh doanh thuộc -\\ndiện được hoàn thuế|thì cơ sở kinh doanh thuộc\\ndiện được hoàn thuế",
        "- Trung tâm Phục vụ hành chính công; -\\n- Lưu: VT.|- Trung tâm Phục vụ hành chính công;\\n- Lưu: VT.",
        "được miễn thuế. -  \\nCăn cứ|được miễn thuế.  \\nCăn cứ",
    })
    void dropsTheDashOfAWrappedLine(String ocr, String expected) {
        assertEquals(unescape(expected), dashes.drop(unescape(ocr)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // items of a list opened by a colon or a semicolon
        "Hồ sơ gồm:\\n- bản sao giấy phép;\\n- tờ khai.",
        // the dash of a compound that wrapped
        "phát triển kinh tế\\n- xã hội của tỉnh",
        // a capitalised item, a formula's variables
        "thực hiện như sau\\n- Sở Tài chính chủ trì",
        "được tính như sau.\\n- n: số kỳ thanh toán\\n- a = tổng số người",
        // a range or a name that wrapped at its dash
        "trên địa bàn tỉnh Bà Rịa -\\nVũng Tàu",
        "kế hoạch phát triển giai đoạn 2021 -\\n2025 của tỉnh",
    })
    void keepsADashOfTheText(String text) {
        assertEquals(unescape(text), dashes.drop(unescape(text)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
