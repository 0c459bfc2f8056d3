package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationFinderTest {
    private static List<Citation> cite(String text, String own) {
        TextLines t = new TextLines(text);
        return CitationResolver.resolve(CitationFinder.find(t, 0, text.length(), own, Set.of()));
    }

    /** Columns: sentence | type | number | date | issuer | name | printed mention. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # the date and the issuer that follow belong to the citation
        'Căn cứ Nghị quyết số 34-NQ/TW ngày 09/01/2023 của Bộ Chính trị về một số định hướng;' | Nghị quyết | 34-NQ/TW | 2023-01-09 | Bộ Chính trị | null | Nghị quyết số 34-NQ/TW
        # comma before the date; issuer wrapped over a line break
        'thực hiện Chỉ thị số 12-CT/TW, ngày 05/01/2022 của Ban\\nBí thư về tăng cường' | Chỉ thị | 12-CT/TW | 2022-01-05 | Ban Bí thư | null | Chỉ thị số 12-CT/TW
        # type without "số"; date in words
        'theo Quyết định 131/QĐ-TTg ngày 25 tháng 01 năm 2022 của Thủ tướng Chính phủ Phê duyệt Đề án' | Quyết định | 131/QĐ-TTg | 2022-01-25 | Thủ tướng Chính phủ | null | Quyết định 131/QĐ-TTg
        # no type word: the symbol's code names it
        'quy định tại Nghị định 30/2020/NĐ-CP và số 99/2021/NĐ-CP' | Nghị định | 30/2020/NĐ-CP | null | null | null | Nghị định 30/2020/NĐ-CP
        # a law cited by name with its number
        'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29/11/2024;' | Luật | 55/2024/QH15 | 2024-11-29 | null | Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ | Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15
        # a law cited by name only; the year of the law is not part of its name
        'theo quy định của Luật Đất đai năm 2013, Nghị định' | Luật | null | null | null | Luật Đất đai | Luật Đất đai
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' | Luật | null | 2015-06-19 | null | Luật Tổ chức chính quyền địa phương | Luật Tổ chức chính quyền địa phương
        # "và" inside an agency name does not end the issuer
        'Thông tư số 42/2021/TT-BGDĐT ngày 30/12/2021 của Bộ Giáo dục và Đào tạo quy định' | Thông tư | 42/2021/TT-BGDĐT | 2021-12-30 | Bộ Giáo dục và Đào tạo | null | Thông tư số 42/2021/TT-BGDĐT
        # a number with a letter suffix
        'ban hành kèm theo Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ.' | Nghị quyết | 30c/NQ-CP | 2011-11-08 | Chính phủ | null | Nghị quyết số 30c/NQ-CP
        # the issuer named before the document: "đề nghị của X tại Tờ trình số ..."
        'xét đề nghị của Sở Ngoại vụ tại Tờ trình số 58/TTr-SNgV ngày 28/3/2023, Chủ tịch UBND tỉnh' | Tờ trình | 58/TTr-SNgV | 2023-03-28 | Sở Ngoại vụ | null | Tờ trình số 58/TTr-SNgV
        'Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 71/TTr-SYT ngày 02/5/2024.' | Tờ trình | 71/TTr-SYT | 2024-05-02 | Giám đốc Sở Y tế | null | Tờ trình số 71/TTr-SYT
        # ... also when the type word wraps over a line
        'xét đề nghị của Công an tỉnh tại Tờ\\ntrình số 95/TTr-CAT-PC04 ngày 10/3/2023, Ủy ban' | Tờ trình | 95/TTr-CAT-PC04 | 2023-03-10 | Công an tỉnh | null | 'Tờ\\ntrình số 95/TTr-CAT-PC04'
        # a comma and "và" inside a law's name closed by its year or date
        'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;' | Luật | null | null | null | Luật Phổ biến, giáo dục pháp luật | Luật Phổ biến, giáo dục pháp luật
        'Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;' | Luật | null | 2013-06-18 | null | Luật Khoa học và Công nghệ | Luật Khoa học và Công nghệ
        # but a comma before another law, or before a clause, ends it
        'theo Luật Đất đai, Luật Nhà ở và các văn bản hướng dẫn thi hành' | Luật | null | null | null | Luật Đất đai | Luật Đất đai
        'thực hiện Luật Đầu tư, tạo điều kiện cho doanh nghiệp năm 2024' | Luật | null | null | null | Luật Đầu tư | Luật Đầu tư
        # an amending law keeps its whole name; "một số điều" is not a number
        'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền\\nđịa phương ngày 22 tháng 11 năm 2019;' | Luật | null | 2019-11-22 | null | Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương | 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền\\nđịa phương'
        # the law before the number is the capitalised one, not "pháp luật" earlier in the window
        'Phổ biến các văn bản pháp luật mới\\nTập trung phổ biến Luật An ninh mạng số 24/2018/QH14, Luật Trẻ em' | Luật | 24/2018/QH14 | null | null | Luật An ninh mạng | Luật An ninh mạng số 24/2018/QH14
        """)
    void findsTheFirstCitation(String sentence, String type, String number, String date, String issuer, String name, String printed) {
        List<Citation> found = cite(sentence.replace("\\n", "\n"), null);
        printed = printed.replace("\\n", "\n");
        Citation c = found.get(0);
        assertEquals(type, c.type(), "type");
        assertEquals(number, c.number(), "number");
        assertEquals(date, c.date(), "date");
        assertEquals(issuer, c.issuer(), "issuer");
        assertEquals(name, c.name(), "name");
        assertEquals(printed, c.mentions().get(0).text());
        assertEquals(printed, c.mentions().get(0).span().of(sentence.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void aShortCitationResolvesToTheFirstFullOne() {
        String text = "Căn cứ Kế hoạch số 14-KH/TU ngày 20/01/2022 của Ban Thường vụ Tỉnh ủy; các đơn vị thực hiện "
                + "theo Kế hoạch số 14-KH/TU và Nghị quyết số 21/NQ-CP của Chính phủ. Nghị quyết số 21/NQ-CP ngày 20/02/2023.";
        List<Citation> found = cite(text, null);
        assertEquals(2, found.size());
        assertEquals("14-KH/TU", found.get(0).number());
        assertEquals(2, found.get(0).mentions().size());
        assertEquals("2022-01-20", found.get(0).date());
        // the date printed only at the second mention is kept
        assertEquals("2023-02-20", found.get(1).date());
        assertEquals("Chính phủ", found.get(1).issuer());
    }

    @org.junit.jupiter.api.Test
    void lawsNamedInsideAnAmendingLawAreNotCitedOnTheirOwn() {
        String text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật\nsửa đổi, bổ sung một "
                + "số điều của Luật Ban hành văn bản quy phạm pháp luật ngày\n18 tháng 6 năm 2020;";
        List<Citation> found = cite(text, null);
        assertEquals(List.of("Luật Ban hành văn bản quy phạm pháp luật",
                "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"),
                found.stream().map(Citation::name).toList());
        assertEquals("2020-06-18", found.get(1).date());
    }

    @org.junit.jupiter.api.Test
    void theDocumentsOwnNumberIsNotACitation() {
        String text = "Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/3/2024 của UBND tỉnh; căn cứ Quyết định số 9/QĐ-UBND.";
        List<Citation> found = cite(text, "15/QĐ-UBND");
        assertEquals(1, found.size());
        assertEquals("9/QĐ-UBND", found.get(0).number());
    }
}
