package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO                | Sở Giáo dục và Đào tạo",
        "UBND TỈNH HÒA BÌNH                    | UBND tỉnh Hòa Bình",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG     | Ủy ban nhân dân thành phố Đà Nẵng",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH       | Sở Văn hóa, Thể thao và Du lịch",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG           | Sở Tài nguyên và Môi trường",
        "BAN THƯỜNG VỤ TỈNH ỦY                 | Ban Thường vụ Tỉnh ủy",
        "TỈNH ỦY HÀ GIANG                      | Tỉnh ủy Hà Giang",
        "VĂN PHÒNG UBND TỈNH                   | Văn phòng UBND tỉnh",
        "BỘ TÀI CHÍNH                          | Bộ Tài chính",
        "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA      | Hội đồng nhân dân tỉnh Thanh Hóa",
        // a name printed in running text is left as printed
        "Sở Giáo dục và Đào tạo                | Sở Giáo dục và Đào tạo",
    })
    void writesHeaderCapitalsAsRunningText(String printed, String written) {
        assertEquals(written, AgencyNames.properCase(printed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // OCR merged the two issuer lines
        "BỘ TÀI CHÍNH CỤC THUẾ                      | BỘ TÀI CHÍNH;CỤC THUẾ",
        "UBND TỈNH HÒA BÌNH SỞ GIÁO DỤC VÀ ĐÀO TẠO  | UBND TỈNH HÒA BÌNH;SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        // one agency, not two
        "VĂN PHÒNG UBND TỈNH                        | VĂN PHÒNG UBND TỈNH",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG                | SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN               | ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    })
    void splitsMergedIssuerLines(String line, String parts) {
        assertEquals(Arrays.asList(parts.split(";")), AgencyNames.splitAgencies(line));
    }
}
