package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObligationFinderTest {
    private static List<Obligation> find(String text) {
        TextLines t = new TextLines(text);
        return ObligationFinder.find(t, OutlineParser.parse(t, 0, Set.of()), Set.of());
    }

    /** Columns: body | actor | partners (";"-separated) | deadline | frequency. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # Giao X ...
        'III. TỔ CHỨC THỰC HIỆN\\n1. Giao Sở Tài chính bố trí kinh phí trước ngày 30/6/2024.' | Sở Tài chính | '' | 2024-06-30 | null
        # X chủ trì, phối hợp với Y ...
        'II. NHIỆM VỤ\\nSở Y tế chủ trì, phối hợp với Sở Tài chính, Bảo hiểm xã hội tỉnh kiểm tra\\nđịnh kỳ 6 tháng.' | Sở Y tế | Sở Tài chính;Bảo hiểm xã hội tỉnh | null | định kỳ 6 tháng
        # X có trách nhiệm ..., with a line wrap inside the actor
        'II. NHIỆM VỤ\\nSở Thông tin và Truyền thông, Báo Lâm\\nĐồng có trách nhiệm tuyên truyền thường xuyên.' | Sở Thông tin và Truyền thông, Báo Lâm Đồng | '' | null | thường xuyên
        # Đề nghị X ...; "các tổ chức" is a noun, not the verb "tổ chức"
        'III. TỔ CHỨC THỰC HIỆN\\n5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội\\ntuyên truyền, vận động nhân dân.' | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội | '' | null | null
        # a list item under TỔ CHỨC THỰC HIỆN whose subject is a unit
        'III. TỔ CHỨC THỰC HIỆN\\n- Văn phòng Sở phối hợp với các cơ quan truyền thông đăng tải thông tin hằng năm.' | Văn phòng Sở | các cơ quan truyền thông | null | hằng năm
        # a deadline phrase without a full date
        'III. TỔ CHỨC THỰC HIỆN\\n2. Công an tỉnh chủ trì xây dựng phương án, hoàn thành trong quý III năm 2024.' | Công an tỉnh | '' | trong quý III năm 2024 | null
        # a copula inside the subject: "là tổ chức" is a noun, the subject runs on to "có trách nhiệm"
        'III. TỔ CHỨC THỰC HIỆN\\n4. Các hộ kinh doanh là tổ chức, các hợp tác xã có trách nhiệm niêm yết giá trước ngày 01/7/2025.' | Các hộ kinh doanh là tổ chức, các hợp tác xã | '' | 2025-07-01 | null
        # "ban quản lý" in lower case is a board, not the verb "quản lý"
        'III. TỔ CHỨC THỰC HIỆN\\n2. Các doanh nghiệp, ban quản lý chợ có trách nhiệm kiểm tra hằng tháng.' | Các doanh nghiệp, ban quản lý chợ | '' | null | hằng tháng
        # a project board's name: "đầu tư xây dựng" in lower case is part of it; the verb wraps a line
        'II. NHIỆM VỤ\\nBan Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh có\\ntrách nhiệm bàn giao mặt bằng trong quý II năm 2025.' | Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh | '' | trong quý II năm 2025 | null
        # ... while the capitalised "Đầu tư" ends a Sở's name and "xây dựng" is its verb
        'III. TỔ CHỨC THỰC HIỆN\\n1. Sở Kế hoạch và Đầu tư xây dựng danh mục dự án, trình UBND tỉnh trước ngày 15/9/2025.' | Sở Kế hoạch và Đầu tư | '' | 2025-09-15 | null
        # one office of two bodies of the same district stays one partner
        'III. TỔ CHỨC THỰC HIỆN\\n1. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Văn phòng HĐND và UBND huyện, Phòng Nội vụ rà soát kinh phí.' | Phòng Tài chính - Kế hoạch | Văn phòng HĐND và UBND huyện;Phòng Nội vụ | null | null
        # a Vụ and a Hiệp hội after a comma start partners of their own
        'III. TỔ CHỨC THỰC HIỆN\\n2. Cục Thống kê chủ trì, phối hợp với Văn phòng Bộ, Vụ Pháp chế, Hiệp hội Ngân hàng tổng hợp số liệu.' | Cục Thống kê | Văn phòng Bộ;Vụ Pháp chế;Hiệp hội Ngân hàng | null | null
        # a unit's name ends at its level: a lower-case word after "tỉnh" starts the predicate, known verb or not
        'II. NHIỆM VỤ\\n1. Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh, Cục Hải quan tỉnh đấu tranh với buôn lậu.' | Công an tỉnh | Bộ Chỉ huy Quân sự tỉnh;Cục Hải quan tỉnh | null | null
        # ... but "trực thuộc" goes on inside the name, and "huyện ủy" is a body, not a level
        'III. TỔ CHỨC THỰC HIỆN\\n2. Các huyện ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch trong tháng 3/2025.' | Các huyện ủy, đảng ủy trực thuộc Tỉnh ủy | '' | 2025-03 | null
        # after the copula the subject runs to the explicit task verb, over a verb-like "tập trung"
        'II. NHIỆM VỤ\\n3. Các cơ sở chế biến là doanh nghiệp, các hộ sản xuất tập trung có trách nhiệm kê khai hằng ngày.' | Các cơ sở chế biến là doanh nghiệp, các hộ sản xuất tập trung | '' | null | hằng ngày
        # ... and "là cơ quan thường trực" is the verb, not a copula
        'III. TỔ CHỨC THỰC HIỆN\\n1. Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi việc thực hiện.' | Sở Nội vụ | '' | null | null
        # a deadline in hours
        'III. TỔ CHỨC THỰC HIỆN\\n2. Đề nghị UBND các xã tiêu hủy gia cầm bệnh trong thời hạn 24 giờ kể từ khi phát hiện.' | UBND các xã | '' | trong thời hạn 24 giờ kể từ khi phát hiện | null
        # a lower-case board as a partner of its own
        'III. TỔ CHỨC THỰC HIỆN\\n3. Hạt Kiểm lâm chủ trì, phối hợp với Đồn Biên phòng, Ban quản lý rừng phòng hộ Sông Đà tuần tra rừng.' | Hạt Kiểm lâm | Đồn Biên phòng;Ban quản lý rừng phòng hộ Sông Đà | null | null
        """)
    void findsEachImperativeForm(String body, String actor, String partners, String deadline, String frequency) {
        List<Obligation> found = find(body.replace("\\n", "\n"));
        assertEquals(1, found.size(), found.toString());
        Obligation o = found.get(0);
        assertEquals(actor, o.actor());
        assertEquals(partners.isEmpty() ? List.of() : List.of(partners.split(";")), o.partners());
        assertEquals(deadline, o.deadline());
        assertEquals(frequency, o.frequency());
    }

    @Test
    void tasksUnderAUnitHeadingBelongToThatUnit() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n3. Ban Đối ngoại Tỉnh ủy\n- Chủ trì tham mưu công tác thông tin đối ngoại.\n"
                + "- Theo dõi, đôn đốc việc thực hiện; định kỳ hằng năm báo cáo trước ngày 15/12.\n4. Sở Nội vụ:\n- Bố trí biên chế.";
        List<Obligation> found = find(text);
        assertEquals(List.of("Ban Đối ngoại Tỉnh ủy", "Ban Đối ngoại Tỉnh ủy", "Sở Nội vụ"),
                found.stream().map(Obligation::actor).toList());
        assertEquals("trước ngày 15/12", found.get(1).deadline());
        assertEquals("định kỳ hằng năm", found.get(1).frequency());
        assertEquals("III.3-2", found.get(1).section());
        assertTrue(found.get(1).span().of(text).startsWith("Theo dõi"));
    }

    @Test
    void theTriplesOfATaskMakeOneObligation() {
        String text = "II. NHIỆM VỤ\n2. Diễn tập ứng cứu sự cố\nĐơn vị chủ trì: Trung tâm Công nghệ thông tin\n"
                + "Đơn vị phối hợp: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh\nThời gian thực hiện: trước ngày 15/9/2025";
        List<Obligation> found = find(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Trung tâm Công nghệ thông tin", found.get(0).actor());
        assertEquals(List.of("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"), found.get(0).partners());
        assertEquals("2025-09-15", found.get(0).deadline());
        assertEquals("Diễn tập ứng cứu sự cố", found.get(0).action());
    }

    @Test
    void aTaskTableFlattenedIntoLinesGivesOneObligationPerRow() {
        String text = "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n"
                + "1 | Xây dựng cơ sở dữ liệu | Sở Tư pháp | Sở Nội vụ | 30/9/2025\n"
                + "2 | Tập huấn cán bộ | Sở Nội vụ | | Quý IV/2025";
        List<Obligation> found = find(text);
        assertEquals(List.of("Sở Tư pháp", "Sở Nội vụ"), found.stream().map(Obligation::actor).toList());
        assertEquals("2025-09-30", found.get(0).deadline());
        assertEquals(List.of("Sở Nội vụ"), found.get(0).partners());
        assertEquals("Quý IV/2025", found.get(1).deadline());
        assertEquals("Xây dựng cơ sở dữ liệu", found.get(0).action());
    }

    @Test
    void aimsUnderMucDichYeuCauAreNotObligations() {
        String text = "I. MỤC ĐÍCH, YÊU CẦU\n1. Yêu cầu\nCác đơn vị phải bố trí nhân lực phù hợp, tránh hình thức.\n"
                + "Sở Y tế chủ trì, phối hợp với các đơn vị thực hiện nghiêm túc.";
        assertEquals(List.of(), find(text));
    }

    /** Sentences that name units but assign them no task of their own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # a request that introduces the tasks listed after it
        'Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền thực hiện tốt các nội dung sau:'
        # the closing request to carry out the document itself
        'Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện nghiêm túc thực hiện Chỉ thị này./.'
        'Đề nghị Thủ trưởng các cơ quan, đơn vị khẩn trương triển khai thực hiện Kế hoạch này.'
        # ... with the document's type word wrapped over a line
        'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chương\\ntrình này./.'
        # bare addressees: "các trường" names no unit
        'II. NHIỆM VỤ CỤ THỂ\\n- Các trường rà soát danh sách học sinh, báo cáo về Sở.'
        """)
    void requestsToCarryOutTheDocumentAndBareAddresseesAreNotObligations(String body) {
        assertEquals(List.of(), find(body.replace("\\n", "\n")));
    }

    @Test
    void aUnitHeadingWrappedOverTwoLinesBindsTheItemsUnderIt() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n3. Phòng Giáo dục và Đào tạo các huyện, thị xã; các trường trung học\n"
                + "cơ sở, trung tâm học tập cộng đồng\n- Lập kế hoạch của đơn vị trước ngày 30/9/2024.\n- Định kỳ hằng quý báo cáo về Sở.";
        List<Obligation> found = find(text);
        String unit = "Phòng Giáo dục và Đào tạo các huyện, thị xã; các trường trung học cơ sở, trung tâm học tập cộng đồng";
        assertEquals(List.of(unit, unit), found.stream().map(Obligation::actor).toList());
        assertEquals("2024-09-30", found.get(0).deadline());
        assertEquals("định kỳ hằng quý", found.get(1).frequency());
    }

    @Test
    void aSubjectWrappedBeforeALowerCaseVerbIsNotAUnitHeading() {
        String text = "II. NHIỆM VỤ\n3. Các cơ sở giết mổ là doanh nghiệp và các hộ kinh doanh giết mổ\n"
                + "tập trung có trách nhiệm kiểm soát nguồn gốc sản phẩm.";
        assertEquals(List.of("Các cơ sở giết mổ là doanh nghiệp và các hộ kinh doanh giết mổ tập trung"),
                find(text).stream().map(Obligation::actor).toList());
    }

    @Test
    void ocrSpecksBeforeItemsAndBlankLinesInsideThemAreIgnored() {
        String text = "II. NHIỆM VỤ\n2.1. Cơ sở dữ liệu\n\nCác trường trung học phổ thông có trách nhiệm cập nhật dữ\n\n"
                + "liệu trước ngày 30/10/2023.\nIII. TỔ CHỨC THỰC HIỆN\n. 6. Ủy ban nhân dân các huyện\n- Chỉ đạo cấp xã ký cam kết.";
        List<Obligation> found = find(text);
        assertEquals(List.of("Các trường trung học phổ thông", "Ủy ban nhân dân các huyện"),
                found.stream().map(Obligation::actor).toList());
        assertEquals("2023-10-30", found.get(0).deadline());
    }

    @Test
    void aOneCellPerLineTableWithBlankLinesBetweenTheCells() {
        String text = "STT\n\nNội dung\n\nĐơn vị chủ trì\n\nĐơn vị phối hợp\n\nThời gian\n\n1\n\nXây dựng cơ sở dữ liệu\n"
                + "Sở Tư pháp\n\nSở Nội vụ\n\nQuý III/2025\n\n2\n\nTập huấn cán bộ\n\nSở Nội vụ\n\nCông an tỉnh\n\nThường xuyên";
        List<Obligation> found = find(text);
        assertEquals(List.of("Sở Tư pháp", "Sở Nội vụ"), found.stream().map(Obligation::actor).toList());
        assertEquals(List.of("Công an tỉnh"), found.get(1).partners());
        assertEquals("thường xuyên", found.get(1).frequency());
    }

    @Test
    void aOneCellPerLineTableWhoseSttCellWasLostOrMisread() {
        for (String stt : new String[] {"", "SỬ\n", "5TT\n"}) {
            String text = "II. NHIỆM VỤ CỤ THỂ\n" + stt + "Nội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n1\n"
                    + "Xây dựng cơ sở dữ liệu\nSở Tư pháp\nSở Nội vụ\nQuý III/2025\n2\nTập huấn cán bộ\nSở Nội vụ\nCông an tỉnh\nThường xuyên";
            List<Obligation> found = find(text);
            assertEquals(List.of("Sở Tư pháp", "Sở Nội vụ"), found.stream().map(Obligation::actor).toList(), stt);
            assertEquals("Xây dựng cơ sở dữ liệu", found.get(0).action(), stt);
        }
    }

    @Test
    void aPipeTableWhoseRulesOcrMisreadKeepsItsColumns() {
        // OCR dropped the empty cells of the wrapped header line and read its first rule as "Ê".
        String text = "| TT | Nhiệm vụ |Cơ quan chủ |Cơ quan phối | Thời gian |\n"
                + "Ê |trì | hợp | hoàn thành |.\n"
                + "|1 | Lập quy hoạch | Ban Quản lý | Sở Xây dựng, | Tháng |\n"
                + "| | mở rộng Khu công nghiệp | các khu công |Sở Tài nguyên |9/2019 |\n"
                + "| |Bình Minh | nghiệp | và Môi trường | |";
        List<Obligation> found = find(text);
        assertEquals(List.of("Ban Quản lý các khu công nghiệp"), found.stream().map(Obligation::actor).toList());
        assertEquals(List.of("Sở Xây dựng", "Sở Tài nguyên và Môi trường"), found.get(0).partners());
        assertEquals("2019-09", found.get(0).deadline());
    }

    @Test
    void anArticleAssigningTheDecisionsExecutionIsAnObligation() {
        // Not a request: the units named are responsible for carrying the decision out.
        List<Obligation> found = find("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.");
        assertEquals(List.of("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính"), found.stream().map(Obligation::actor).toList());
    }

    @Test
    void sentencesWithoutAUnitAreNotObligations() {
        assertEquals(List.of(), find("II. NỘI DUNG\n- Tăng cường công tác tuyên truyền.\n- Đẩy mạnh cải cách hành chính."));
    }
}
