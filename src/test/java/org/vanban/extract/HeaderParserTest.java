package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderParserTest {
    /** Columns: header text | number | type code | issuer | parent | place | date | title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # clean text: left column lines, then right column lines
        'UBND TỈNH HÒA BÌNH\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\\nSố: 362/KH-SGD&ĐT-VP\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHòa Bình, ngày 17 tháng 02 năm 2022\\nKẾ HOẠCH\\nTuyển sinh lớp 10\\nnăm học 2022 - 2023\\nCăn cứ ...' | 362/KH-SGD&ĐT-VP | KH | Sở Giáo dục và Đào tạo | UBND tỉnh Hòa Bình | Hòa Bình | 2022-02-17 | Tuyển sinh lớp 10 năm học 2022 - 2023
        # OCR merged both columns line by line and read "Số" as "S6"
        'UBND TỈNH HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\\nS6: 362 /KH- SGD&ĐT Hòa Bình, ngày 17 tháng 02 năm 2022\\nKẾ HOẠCH\\nTuyển sinh lớp 10\\nCăn cứ ...' | 362/KH-SGD&ĐT | KH | Sở Giáo dục và Đào tạo | UBND tỉnh Hòa Bình | Hòa Bình | 2022-02-17 | Tuyển sinh lớp 10
        # a draft: number and day left blank
        'UBND TỈNH HÒA BÌNH\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\\nSố:             /KH-SGD&ĐT\\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHòa Bình, ngày      tháng 3 năm 2024\\nKẾ HOẠCH\\nĐịnh hướng công tác đối ngoại\\nCăn cứ ...' | /KH-SGD&ĐT | KH | Sở Giáo dục và Đào tạo | UBND tỉnh Hòa Bình | Hòa Bình | 2024-03 | Định hướng công tác đối ngoại
        # Party document: motto of the Party, no colon after "Số"
        'TỈNH ỦY HÀ GIANG\\n*\\nSố 14-KH/TU\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHà Giang, ngày 20 tháng 01 năm 2022\\nKẾ HOẠCH\\nthực hiện Chỉ thị số 12-CT/TW\\n-----\\nThực hiện ...' | 14-KH/TU | KH | Tỉnh ủy Hà Giang | null | Hà Giang | 2022-01-20 | thực hiện Chỉ thị số 12-CT/TW
        # công văn: no type line, the title follows "V/v"
        'UBND TỈNH QUẢNG TRỊ\\nVĂN PHÒNG\\nSố: 1867/VPUBND-KGVX\\nV/v tăng cường công tác thông tin\\nđối ngoại năm 2023\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nQuảng Trị, ngày 05 tháng 4 năm 2023\\nKính gửi: Các sở' | 1867/VPUBND-KGVX | CV | Văn phòng | UBND tỉnh Quảng Trị | Quảng Trị | 2023-04-05 | tăng cường công tác thông tin đối ngoại năm 2023
        # legal-normative number, issuer name wrapped over two lines, type with the title on its line
        'HỘI ĐỒNG NHÂN DÂN\\nTỈNH THANH HÓA\\nSố: 12/2024/NQ-HĐND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nThanh Hóa, ngày 10 tháng 12 năm 2024\\nNGHỊ QUYẾT VỀ VIỆC HỖ TRỢ HỌC SINH\\nHỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA\\nCăn cứ ...' | 12/2024/NQ-HĐND | NQ | Hội đồng nhân dân tỉnh Thanh Hóa | null | Thanh Hóa | 2024-12-10 | VỀ VIỆC HỖ TRỢ HỌC SINH
        """)
    void readsTheHeader(String header, String number, String typeCode, String issuer, String parent, String place,
            String date, String title) {
        Header h = HeaderParser.parse(new TextLines(header.replace("\\n", "\n")));
        assertEquals(number, h.number() == null ? null : h.number().canonical(), "number");
        assertEquals(typeCode, h.typeCode(), "typeCode");
        assertEquals(issuer, h.issuer(), "issuer");
        assertEquals(parent, h.parentIssuer(), "parent");
        assertEquals(place, h.place(), "place");
        assertEquals(date, h.date(), "date");
        assertEquals(title, h.title(), "title");
    }
}
