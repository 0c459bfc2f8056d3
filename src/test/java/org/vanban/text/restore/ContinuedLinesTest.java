package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A speck read as a period where a wrapped sentence goes on (shapes seen on degraded renders), and what stays. */
class ContinuedLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Quyết định về việc sửa.\\nđổi, bổ sung một số điều|Quyết định về việc sửa\\nđổi, bổ sung một số điều",
        "tăng cường công tác thông.  \\nbáo kết quả|tăng cường công tác thông  \\nbáo kết quả",
        "a\\nxây.\\nvà dựng\\nđổi.\\nmới|a\\nxây\\nvà dựng\\nđổi\\nmới",
        "kế hoạch năm 2025.\\nvà các năm tiếp theo|kế hoạch năm 2025\\nvà các năm tiếp theo",
        "Giám đốc Sở Tư.\\npháp chủ trì|Giám đốc Sở Tư\\npháp chủ trì",
    })
    void dropsThePeriodInsideASentence(String ocr, String expected) {
        assertEquals(unescape(expected), ContinuedLines.dropPeriods(unescape(ocr)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // the sentence ends: a capital, a list item, a numbered item, a blank line or the end of the text
        "thực hiện nhiệm vụ.\\nCăn cứ Luật Tổ chức",
        "trên địa bàn phường.\\nb) Ủy ban nhân dân các xã",
        "chế độ báo cáo.\\nii. Nhiệm vụ cụ thể",
        "kinh phí thực hiện.\\nb2) Nguồn vốn",
        "đúng quy định.\\n1. Tổ chức thực hiện",
        "đúng quy định.\\n\\nthực hiện",
        "đúng quy định.",
        // not a lower-case word with one period
        "theo đề nghị của UBND.\\nvà các sở",
        "1. Mục đích\\n2.\\nđồng hồ đo",
        "Cổng thông tin gov.vn.\\ntra cứu",
        "điểm a.\\nkhoản 2",
        "từ… giờ...\\nphút",
    })
    void keepsARealSentenceEnd(String text) {
        assertEquals(unescape(text), ContinuedLines.dropPeriods(unescape(text)));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
