package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Speck marks of noisy scans as Tesseract reads them (shapes seen on degraded renders), and what stays. */
class SpecksTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // a lone dot between words
        "sử dụng và quản lý . chức làm việc|sử dụng và quản lý chức làm việc",
        // specks before a heading, with the line's indentation kept
        ". CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "  .. TRƯỞNG BAN|  TRƯỞNG BAN",
        "„ Điều 1. Phạm vi điều chỉnh|Điều 1. Phạm vi điều chỉnh",
        "ˆ hành Kế hoạch triển khai|hành Kế hoạch triển khai",
        // specks after the end of a line
        "Điều 2. Đối tượng áp dụng : :|Điều 2. Đối tượng áp dụng",
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI .|ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
        // specks glued to the front of a word or a list marker
        "_1. Mục đích|1. Mục đích",
        "_b) Tỉnh ủy, thành ủy|b) Tỉnh ủy, thành ủy",
        "..d) Số lượng biên chế|d) Số lượng biên chế",
        "liên quan đến mại ¡dâm|liên quan đến mại dâm",
        "tiếp nhận .định kỳ|tiếp nhận định kỳ",
        "theo Thông tư số .40/2025/TT-BCT ngày|theo Thông tư số 40/2025/TT-BCT ngày",
        ".1.3. Phạm vi .vi phạm và mức .12 triệu|1.3. Phạm vi vi phạm và mức 12 triệu",
        // a dot joining two words
        "xuất khẩu và hướng.dẫn sử dụng|xuất khẩu và hướng dẫn sử dụng",
        "ngày 12 tháng 6 năm 2025.của Quốc hội|ngày 12 tháng 6 năm 2025 của Quốc hội",
        "doanh nghiệp,.quy mô|doanh nghiệp, quy mô",
        // a dot after a word's own punctuation
        "- Các sở, ban, ngành tỉnh;.|- Các sở, ban, ngành tỉnh;",
        // a period before a lower-case word, a doubled period before a number
        "cơ quan hải quan nơi đăng ký tờ khai. để được hướng dẫn|cơ quan hải quan nơi đăng ký tờ khai để được hướng dẫn",
        "thành lập xã Mường Chà.. 8. Sắp xếp|thành lập xã Mường Chà. 8. Sắp xếp",
        // a hyphen glued to the front of a word inside a line, or to a list letter
        "sản xuất hàng hóa và -dịch vụ|sản xuất hàng hóa và dịch vụ",
        "-c) Thông tin tuyên truyền|c) Thông tin tuyên truyền",
        // a document symbol cut at its hyphen
        "Nghị định số 46/2014/NĐ- CP ngày 15/5/2014|Nghị định số 46/2014/NĐ-CP ngày 15/5/2014",
        "Thông tư số 34/2023/TT -BTC, có hiệu lực|Thông tư số 34/2023/TT-BTC, có hiệu lực",
        // a list dash with a speck glued to it
        ".- Vụ Pháp chế;|- Vụ Pháp chế;",
        "-. Các Thứ trưởng;|- Các Thứ trưởng;",
        "~ Trung tâm Phục vụ hành chính công;|- Trung tâm Phục vụ hành chính công;",
        "- Các đơn vị thuộc Bộ (để phối hợp);.|- Các đơn vị thuộc Bộ (để phối hợp);",
        "..- Sở Tài chính;|- Sở Tài chính;",
        // a dash before a line a directive never dashes: an article heading, a numbered or lettered item
        "- Điều 1. Phạm vi điều chỉnh|Điều 1. Phạm vi điều chỉnh",
        "-. Điều 8. Trách nhiệm thi hành|Điều 8. Trách nhiệm thi hành",
        "- 1. Quyết định này có hiệu lực|1. Quyết định này có hiệu lực",
        "  - a) Sở Tài chính chủ trì|  a) Sở Tài chính chủ trì",
        "- Nơi nhận:|Nơi nhận:",
        // and a heading in capitals
        "- QUYẾT ĐỊNH:|QUYẾT ĐỊNH:",
        "- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        // a dash or letters the seal left before a signature's authority
        "- KT. CHỦ TỊCH|KT. CHỦ TỊCH",
        "ni KT. CHỦ TỊCH PHÓ CHỦ TỊCH|KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "1 TL. TRƯỞNG BAN|TL. TRƯỞNG BAN",
        // behind noise that opens the line
        "ˆ 1 TL. TRƯỞNG BAN|TL. TRƯỞNG BAN",
        "„ -. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        // an item number whose period became a comma
        "1, Giao Giám đốc Sở Tư pháp|1. Giao Giám đốc Sở Tư pháp",
        "  2, Ủy ban nhân dân các xã|  2. Ủy ban nhân dân các xã",
        // letters a speck at the right margin left after a line's last mark
        "xử lý theo quy định của pháp luật. li|xử lý theo quy định của pháp luật.",
        "- UBND các xã, phường; in|- UBND các xã, phường;",
        "- Các sở, ban, ngành tỉnh; C|- Các sở, ban, ngành tỉnh;",
        "Địa chỉ: ca|Địa chỉ:",
        // a period after a heading in capitals
        "LĨNH VỰC QUẢN LÝ CỦA SỞ.|LĨNH VỰC QUẢN LÝ CỦA SỞ",
        "TÀI CHÍNH TỈNH AN GIANG...|TÀI CHÍNH TỈNH AN GIANG",
        // a mark after the lines of the layout that never end in one: the place and date, the motto
        "Đồng Tháp, ngày 19 tháng 11 năm 2025.|Đồng Tháp, ngày 19 tháng 11 năm 2025",
        "    Hòa Bình, ngày 17 tháng 02 năm 2022 :|    Hòa Bình, ngày 17 tháng 02 năm 2022",
        "Độc lập - Tự do - Hạnh phúc.|Độc lập - Tự do - Hạnh phúc",
    })
    void removesSpecks(String ocr, String expected) {
        assertEquals(expected, Specks.remove(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        // the dashes of the motto, ranges and list items
        "Độc lập - Tự do - Hạnh phúc",
        "- Như trên;",
        "giai đoạn 2021 - 2025",
        // a recipient in abbreviations, a heading word next to an item
        "- UBND TỈNH;",
        "- KHO BẠC nhà nước tỉnh;",
        // a wrapped sentence or list going on after the mark: a capitalised word, a short word, a unit
        "theo quy định của pháp luật. Ở",
        "- Sở Tài chính; và",
        "Đơn vị tính: ha",
        // a count in a sentence, not an item
        "3, 4 và 5 của Điều này",
        "10, các xã còn lại",
        // the recipients' column beside the signature, on one line
        "- Như Điều 3; KT. CHỦ TỊCH",
        "Điều 5. Tổ chức thực hiện: Sở",
        // the dots of a form's blanks
        "..............., ngày....... tháng......năm 20.......",
        "......Chức vụ......",
        "Hà Nội, ngày … tháng … năm 2025",
        // formulas, approximations, quotes set apart
        "Tỷ lệ = b/a x 100%;",
        "khoảng ~120 gram",
        "“c) Các ưu đãi về thuế ”",
        // file names, web addresses, numbers and abbreviations with dots
        "Phụ lục.doc",
        "Cổng thông tin điện tử www.chinhphu.vn",
        "v.v. và 1.250.000 đồng, ngày 12.5.2025",
        "TP.HCM, Q.1",
        // a list marker and an ellipsis; an ellipsis in a line that is not a heading
        "1. Mục đích...",
        "Họ và tên NGƯỜI KÊ KHAI...",
        // a date inside a sentence keeps the sentence's period
        "có hiệu lực kể từ ngày 05 tháng 12 năm 2025.",
        // a list dash at the start of a line, negative numbers, abbreviations before a lower-case word
        "-Các sở, ban, ngành",
        "nhiệt độ -5 độ C",
        "các loại giấy tờ v.v. và hồ sơ khác",
        // a sentence that ends before a capital
        "thực hiện. Các sở",
        // a cited article in a list, a dashed preamble (some documents dash them), an ellipsis after a dash
        "- Điều 17 Luật Bảo vệ và kiểm dịch thực vật;",
        "- Căn cứ Luật Tổ chức chính quyền địa phương;",
        "kinh tế -...",
        // a formula's line opens with "="
        "= Giá thanh toán cuối ngày x khối lượng",
        // headings whose period is their own: a numeral, a count
        "PHẦN I.",
        "II. LĨNH VỰC VIÊN CHỨC: 03 QUY TRÌNH.",
    })
    void keepsRealPunctuation(String text) {
        assertEquals(text, Specks.remove(text));
    }

    @Test
    void keepsEveryLine() {
        assertEquals("", Specks.remove(""));
        assertEquals("Căn cứ\n\nĐiều 1.\n", Specks.remove("Căn cứ .\n\n. Điều 1.\n"));
        assertEquals("\n\n", Specks.remove("'\n.\n„"));
    }
}
