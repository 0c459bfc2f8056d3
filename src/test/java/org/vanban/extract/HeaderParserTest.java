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
        # a draft stamp above the issuer block names no body
        'DỰ THẢO\\nỦY BAN NHÂN DÂN\\nTỈNH KON TUM\\nSố:      /KH-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nKon Tum, ngày     tháng 5 năm 2025\\nKẾ HOẠCH\\nPhòng, chống thiên tai năm 2025\\nCăn cứ ...' | /KH-UBND | KH | Ủy ban nhân dân tỉnh Kon Tum | null | Kon Tum | 2025-05 | Phòng, chống thiên tai năm 2025
        # urgency and secrecy marks are not bodies either
        'HỎA TỐC\\nUBND TỈNH BẮC KẠN\\nSỞ Y TẾ\\nSố: 77/SYT-NVY\\nV/v phòng chống dịch sốt xuất huyết\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nBắc Kạn, ngày 02 tháng 8 năm 2024\\nKính gửi: ...' | 77/SYT-NVY | CV | Sở Y tế | UBND tỉnh Bắc Kạn | Bắc Kạn | 2024-08-02 | phòng chống dịch sốt xuất huyết
        # "HÀNH ĐỘNG" completes the type line; the title is the next lines
        'ỦY BAN NHÂN DÂN\\nTỈNH SÓC TRĂNG\\nSố: 21/CTr-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSóc Trăng, ngày 03 tháng 3 năm 2023\\nCHƯƠNG TRÌNH HÀNH ĐỘNG\\nThực hiện Nghị quyết số 06-NQ/TU ngày 10/01/2023\\ncủa Tỉnh ủy về phát triển du lịch\\nThực hiện ...' | 21/CTr-UBND | CTr | Ủy ban nhân dân tỉnh Sóc Trăng | null | Sóc Trăng | 2023-03-03 | Thực hiện Nghị quyết số 06-NQ/TU ngày 10/01/2023 của Tỉnh ủy về phát triển du lịch
        # a capitalised title naming a Deputy Prime Minister keeps him; the glued authority line goes
        'VĂN PHÒNG CHÍNH PHỦ\\nSố: 12/TB-VPCP\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHà Nội, ngày 09 tháng 01 năm 2024\\nTHÔNG BÁO\\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP\\nVỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH\\nNgày 05 tháng 01 ...' | 12/TB-VPCP | TB | Văn phòng Chính phủ | null | Hà Nội | 2024-01-09 | KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH
        'ỦY BAN NHÂN DÂN\\nTỈNH NAM ĐỊNH\\nSố: 310/QĐ-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nNam Định, ngày 14 tháng 2 năm 2023\\nQUYẾT ĐỊNH\\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\\nCăn cứ ...' | 310/QĐ-UBND | QĐ | Ủy ban nhân dân tỉnh Nam Định | null | Nam Định | 2023-02-14 | VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ
        # an issuer name wrapped by the narrow header column
        'HỎA TỐC\\nUBND TỈNH NGHỆ AN\\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN\\nNÔNG THÔN\\nSố: 2871/SNN-CNTY\\nV/v phòng, chống dịch bệnh\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nNghệ An, ngày 09 tháng 8 năm 2024\\nKính gửi: ...' | 2871/SNN-CNTY | CV | Sở Nông nghiệp và Phát triển nông thôn | UBND tỉnh Nghệ An | Nghệ An | 2024-08-09 | phòng, chống dịch bệnh
        # a title line ending on "của Bộ" goes on with the capitalised "Chính trị"
        'ỦY BAN NHÂN DÂN\\nTỈNH KON TUM\\nSố: 517/QĐ-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nKon Tum, ngày 03 tháng 7 năm 2025\\nQUYẾT ĐỊNH\\nBan hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ\\nChính trị về khoa học, công nghệ\\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM\\nCăn cứ ...' | 517/QĐ-UBND | QĐ | Ủy ban nhân dân tỉnh Kon Tum | null | Kon Tum | 2025-07-03 | Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về khoa học, công nghệ
        # ... while a capitalised line after a complete title is the body
        'HUYỆN ỦY ĐỨC TRỌNG\\n*\\nSố 07-CT/HU\\nĐẢNG CỘNG SẢN VIỆT NAM\\nĐức Trọng, ngày 02 tháng 3 năm 2024\\nCHỈ THỊ\\nvề tăng cường công tác dân vận\\nTrong những năm qua, ...' | 07-CT/HU | CT | Huyện ủy Đức Trọng | null | Đức Trọng | 2024-03-02 | về tăng cường công tác dân vận
        # OCR: the tone of "TỈNH" misread, a speck before a line, the slash of the number lost
        '. ỦY BAN NHÂN DÂN\\nTÍNH HÀ GIANG\\nSố: 45KH-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộclập-Tựdo-Hạnhphúc\\n' Hà Giang, ngày 17 tháng 02 năm 2022\\nKẾ HOẠCH\\nThông tin đối ngoại năm 2022 .\\nCăn cứ ...' | 45/KH-UBND | KH | Ủy ban nhân dân tỉnh Hà Giang | null | Hà Giang | 2022-02-17 | Thông tin đối ngoại năm 2022
        'TÍNH ỦY LAI CHÂU\\n*\\nSố 09-KH/TU\\nĐẢNG CỘNG SẢN VIỆT NAM\\nLai Châu, ngày 20 tháng 01 năm 2022\\nKẾ HOẠCH\\nthực hiện Chỉ thị số 12-CT/TW\\nThực hiện ...' | 09-KH/TU | KH | Tỉnh ủy Lai Châu | null | Lai Châu | 2022-01-20 | thực hiện Chỉ thị số 12-CT/TW
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
