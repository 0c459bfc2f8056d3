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
        // a list dash read twice
        "Nơi nhận:\\n- - Ủy ban Thường vụ Quốc hội;|Nơi nhận:\\n- Ủy ban Thường vụ Quốc hội;",
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

    @org.junit.jupiter.api.Test
    void oneDashedLegalBasisAmongUndashedOnesLosesItsDash() {
        String ocr = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;\n"
                + "  - Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\n"
                + "Theo đề nghị của Giám đốc Sở Nội vụ.";
        assertEquals(ocr.replace("  - Căn cứ", "  Căn cứ"), dashes.drop(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a document that dashes its bases dashes them all
        "- Căn cứ Luật Đất đai;\n- Căn cứ Nghị định số 102/2024/NĐ-CP;\nCăn cứ Luật Nhà ở;\nCăn cứ Luật Xây dựng;",
        // one undashed basis is too few to tell the house style
        "Căn cứ Luật Đất đai;\n- Căn cứ Nghị định số 102/2024/NĐ-CP;",
        // a dashed item that cites no document
        "Căn cứ Luật Đất đai;\nCăn cứ Luật Nhà ở;\n- Căn cứ pháp lý:\n- Căn cứ vào nhu cầu thực tế;",
    })
    void dashedBasesThatBelongStay(String text) {
        assertEquals(unescape(text), dashes.drop(unescape(text)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
