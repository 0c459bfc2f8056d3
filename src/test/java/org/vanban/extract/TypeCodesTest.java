package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeCodesTest {
    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', value = {
        "KH  | Kế hoạch", "QĐ | Quyết định", "NQ | Nghị quyết", "CT | Chỉ thị", "QyĐ | Quy định",
        "CTr | Chương trình", "TTr | Tờ trình", "ĐA | Đề án", "DA | Dự án", "HĐ | Hợp đồng", "CĐ | Công điện",
        "GUQ | Giấy ủy quyền", "NĐ | Nghị định", "CV | Công văn", "TB | Thông báo", "HD | Hướng dẫn",
    })
    void mapsAppendixThreeCodesBothWays(String code, String name) {
        assertEquals(name, TypeCodes.name(code).orElseThrow());
        assertEquals(code, TypeCodes.code(name).orElseThrow());
        assertEquals(code, TypeCodes.code(name.toUpperCase(java.util.Locale.ROOT)).orElseThrow());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"ctr | CTr", "TTG | TTg", "qyđ | QyĐ", "kh | KH"})
    void writesCodesInTheirCanonicalCase(String printed, String canonical) {
        assertEquals(canonical, TypeCodes.canonicalCode(printed));
    }
}
