package org.vanban.text.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vanban.text.Diacritics;

/** The shipped model on sentences written for these tests (not taken from the training corpus). */
class RestorerTest {
    private static final Restorer RESTORER = Restorer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a plan's opening line
        "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện Chỉ thị của Ban Bí thư về tăng cường sự lãnh đạo của Đảng.",
        // duties of departments
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các trường học tổ chức thực hiện.",
        // a reporting obligation with a date
        "Các đơn vị báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2024.",
        // an article of a decree
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        // a funding clause
        "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo quy định hiện hành.",
        // upper-case heading: case follows the input
        "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025",
    })
    void restoresStrippedSentences(String truth) {
        String stripped = Diacritics.strip(truth);
        assertEquals(truth, RESTORER.restore(stripped));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // digits for letters: 6 for ô, 1 for l
        "Chi thi s6 12-CT/TW cua Ban Bi thu|Chỉ thị số 12-CT/TW của Ban Bí thư",
        "Ong ay 1a nguoi dung dau t6 chuc|Ông ấy là người đứng đầu tổ chức",
        // ¢ for ệ
        "to chuc thuc hi¢n ke hoach|tổ chức thực hiện kế hoạch",
        // ư read as w
        "tang cwong cong tac kiem tra|tăng cường công tác kiểm tra",
        // ư read as ir (split letters)
        "nhung ngirời dung dau co quan|những người đứng đầu cơ quan",
        // rn for m
        "thuc hien nhiern vu duoc giao|thực hiện nhiệm vụ được giao",
        // Đ read as P at the start of a word
        "su lanh dao cua Pang|sự lãnh đạo của Đảng",
        // an apostrophe for the horn of ư and ơ, @ for ở, a question mark inside a word
        "co’ quan tu’ phap cua tinh|cơ quan tư pháp của tỉnh",
        "gui S@ Tu phap thu'c hien|gửi Sở Tư pháp thực hiện",
        "bao vé di? liéu ca nhan|bảo vệ dữ liệu cá nhân",
        // legacy OCR reads a lower-case ộ as a capital O: the word was capitalised
        "Van phong BO Tu phap thwc hién|Văn phòng Bộ Tư pháp thực hiện",
        // a capital O for a lower-case ô/ộ inside a capitalised word: capitalised, not upper case
        "cua Bo Tai nguyén va MO6i trudng va BO Noi vu|của Bộ Tài nguyên và Môi trường và Bộ Nội vụ",
        "3. DOi voi tai liéu lwu triy tai co quan|3. Đối với tài liệu lưu trữ tại cơ quan",
        // Latin-1 accents of an engine that does not know Vietnamese: é for ề, ế
        "Ban Bi thu vé tang cuong su lanh dao|Ban Bí thư về tăng cường sự lãnh đạo",
    })
    void repairsEachConfusionClass(String ocr, String expected) {
        assertEquals(expected, RESTORER.restore(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // document symbols, numbers, dates and abbreviations stay as they are
        "Can cu Ke hoach so 362/KH-SGD&ĐT-VP ngay 05/01/2022 cua UBND tinh|Căn cứ Kế hoạch số 362/KH-SGD&ĐT-VP ngày 05/01/2022 của UBND tỉnh",
        "cac truong THPT, THCS va trung tam GDNN-GDTX|các trường THPT, THCS và trung tâm GDNN-GDTX",
        "muc chi 1.500.000 dong/nguoi/thang, tang 12,5%|mức chi 1.500.000 đồng/người/tháng, tăng 12,5%",
        // a table heading: STT (số thứ tự) is an abbreviation, not a damaged "sử"
        "STT  Noi dung cong viec  Don vi chu tri|STT  Nội dung công việc  Đơn vị chủ trì",
        "Cong ty TNHH MTV Xo so kien thiet|Công ty TNHH MTV Xổ số kiến thiết",
        // a URL and an e-mail address
        "gui ve dia chi vanthu@hoabinh.gov.vn hoac https://hoabinh.gov.vn|gửi về địa chỉ vanthu@hoabinh.gov.vn hoặc https://hoabinh.gov.vn",
    })
    void keepsSymbolsNumbersAndAbbreviations(String input, String expected) {
        assertEquals(expected, RESTORER.restore(input));
    }

    @Test
    void anUpperCaseRunOfConsonantsIsAnAbbreviation() {
        assertTrue(Restorer.isConsonantAbbreviation("STT"));
        assertTrue(Restorer.isConsonantAbbreviation("SGDĐT"));
        assertFalse(Restorer.isConsonantAbbreviation("SỬ"));
        assertFalse(Restorer.isConsonantAbbreviation("UBND"));
        assertFalse(Restorer.isConsonantAbbreviation("Stt"));
        assertFalse(Restorer.isConsonantAbbreviation("T"));
    }

    @Test
    void lineStructureWhiteSpaceAndPunctuationArePreserved() {
        String input = "  Dieu 1.  Pham vi dieu chinh\r\n\n\t- Doi tuong ap dung;\n\n(het)\n";
        String output = RESTORER.restore(input);
        assertEquals("  Điều 1.  Phạm vi điều chỉnh\r\n\n\t- Đối tượng áp dụng;\n\n(hết)\n", output);
        assertEquals(input.lines().count(), output.lines().count());
        assertEquals(Diacritics.strip(output), input);
    }

    @Test
    void listItemsAfterDAreĐ() {
        String input = "c) Bao cao ket qua;\nd) Kiem tra viec thuc hien;\nd) Xu ly vi pham;\ne) Tong ket.\n"
                + "Thuc hien theo diem d khoan 1 Dieu nay.";
        String[] lines = RESTORER.restore(input).split("\n");
        assertEquals("d) Kiểm tra việc thực hiện;", lines[1]);
        assertEquals("đ) Xử lý vi phạm;", lines[2]);
        // inside a sentence the letter is left to the model: a later "d" is not forced to "đ"
        assertTrue(lines[4].contains("điểm d khoản 1"), lines[4]);
    }

    @Test
    void aWrappedLineEndIsDecodedWithTheWordsOfTheNextLine() {
        // "bd" alone reads best as "bộ"; followed by "nhiém" on the next line it is "bổ nhiệm"
        String input = "tiéu chuan chifc danh nghé nghiép va bd\nnhiém, xép lwong theo chifc danh nghé nghiép";
        assertEquals("tiêu chuẩn chức danh nghề nghiệp và bổ\nnhiệm, xếp lương theo chức danh nghề nghiệp",
                RESTORER.restore(input));
    }

    @Test
    void caseFollowsTheInput() {
        assertEquals("Thực hiện; THỰC HIỆN; thực hiện", RESTORER.restore("Thuc hien; THUC HIEN; thuc hien"));
    }

    @Test
    void accentedTextIsLeftAloneUnlessTheModelIsSure() {
        String modern = "Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc Chỉ thị này; khó khăn báo cáo Ủy ban nhân dân tỉnh.";
        assertEquals(RestoreOptions.Profile.ACCENTED, Restorer.profileOf(modern));
        assertEquals(modern, RESTORER.restore(modern));
        // a word whose diacritics a modern OCR engine got wrong, in a context the model knows well
        assertEquals("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện",
                RESTORER.restore("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiên"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a letter wrong, one too many, one missing: words no confusion rule leads to
        "Đề hghị các cơ quan, đơn vị thực hiện|Đề nghị các cơ quan, đơn vị thực hiện",
        "Trung tâãm y tế huyện báo cáo Sở Y tế|Trung tâm y tế huyện báo cáo Sở Y tế",
        "Căn cứ Quyết định về việc quyếc định chủ trương đầu tư|Căn cứ Quyết định về việc quyết định chủ trương đầu tư",
        // unknown words one edit from a known one, in a context that does not choose: kept
        "Ông Nguyễn Văn Tuấm, Giám đốc Sở|Ông Nguyễn Văn Tuấm, Giám đốc Sở",
    })
    void modernOcrWordsOneEditFromAKnownWord(String ocr, String expected) {
        assertEquals(RestoreOptions.Profile.ACCENTED, Restorer.profileOf(ocr));
        assertEquals(expected, RESTORER.restore(ocr));
    }

    @Test
    void emptyAndBlankInputs() {
        assertEquals("", RESTORER.restore(""));
        assertEquals("\n\n", RESTORER.restore("\n\n"));
        assertEquals(" - ; 12/2024 ", RESTORER.restore(" - ; 12/2024 "));
    }

    @Test
    void analysisListsAlternativesWithProbabilities() {
        RestoredText result = RESTORER.analyse("Thuc hien ke hoach");
        assertEquals("Thực hiện kế hoạch", result.text());
        assertEquals(RestoreOptions.Profile.PLAIN, result.profile());
        assertEquals(4, result.tokens().size());
        RestoredText.Token first = result.tokens().get(0);
        assertEquals("Thuc", first.original());
        assertEquals("Thực", first.restored());
        assertEquals(0, first.span().start());
        assertEquals(4, first.span().end());
        assertTrue(first.alternatives().size() > 2, first.alternatives().toString());
        assertEquals("Thực", first.alternatives().get(0).text());
        double total = first.alternatives().stream().mapToDouble(RestoredText.Alternative::probability).sum();
        assertEquals(1.0, total, 1e-6);
        assertTrue(first.confidence() > 0.5);
        assertFalse(result.tokens().stream().map(RestoredText.Token::restored).collect(Collectors.joining()).isEmpty());
    }

    @Test
    void profilesAreDetectedFromTheText() {
        assertEquals(RestoreOptions.Profile.PLAIN, Restorer.profileOf("Thuc hien ke hoach cua Uy ban nhan dan tinh"));
        assertEquals(RestoreOptions.Profile.LEGACY, Restorer.profileOf("Thyec hi¢n Chi thi s6 12-CT/TW cia Ban Bi thu vé tang cwong"));
        assertEquals(RestoreOptions.Profile.LEGACY, Restorer.profileOf("co’ quan tu’ phap cua tinh"));
        // an e-mail address is no OCR damage
        assertEquals(RestoreOptions.Profile.PLAIN, Restorer.profileOf("gui ve dia chi vanthu@hoabinh.gov.vn"));
        assertEquals(RestoreOptions.Profile.ACCENTED, Restorer.profileOf("Thực hiện kế hoạch của Ủy ban nhân dân tỉnh"));
    }
}
