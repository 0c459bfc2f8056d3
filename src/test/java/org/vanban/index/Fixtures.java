package org.vanban.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vanban.extract.Citation;
import org.vanban.extract.Directive;
import org.vanban.extract.Mention;
import org.vanban.extract.Obligation;
import org.vanban.extract.Section;
import org.vanban.extract.Span;

/**
 * Fictional directives, made by hand the way extraction would report them (spans point into the
 * text), indexed into a real on-disk index. Each one carries words the tests tell apart:
 * "bàn giao" (D4), "bán hàng" (D2), "bạn bè" (D3).
 */
public final class Fixtures {
    private Fixtures() {}

    public static final String D1 = """
            BAN CHẤP HÀNH TRUNG ƯƠNG
            Số 12-CT/TW
            Hà Nội, ngày 10 tháng 5 năm 2023
            CHỈ THỊ
            Về tăng cường công tác đào tạo cán bộ
            Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.
            Các cấp ủy tập trung đào tạo, bồi dưỡng cán bộ trẻ ở tỉnh Hòa Bình và các tỉnh miền núi.
            """;

    public static final String D2 = """
            BAN CHẤP HÀNH TRUNG ƯƠNG
            Số 13-CT/TW
            Hà Nội, ngày 01 tháng 02 năm 2024
            CHỈ THỊ
            Về phòng chống thiên tai
            Thực hiện Chỉ thị số 12-CT/TW ngày 10/5/2023 của Ban Bí thư, các địa phương chủ động phòng chống thiên tai.
            Các hộ kinh doanh không tăng giá bán hàng thiết yếu trong mùa mưa bão.
            """;

    public static final String D3 = """
            SỞ GIÁO DỤC VÀ ĐÀO TẠO
            Số: 362/KH-SGD&ĐT-VP
            Hòa Bình, ngày 15 tháng 3 năm 2024
            KẾ HOẠCH
            Tổ chức hội thi giáo viên dạy giỏi cấp tỉnh
            I. MỤC ĐÍCH
            Triển khai Chỉ thị số 12-CT/TW của Ban Bí thư về đào tạo cán bộ; giáo viên chia sẻ kinh nghiệm với bạn bè đồng nghiệp.
            II. TỔ CHỨC THỰC HIỆN
            1. Giao Văn phòng Sở chủ trì tổng hợp báo cáo kết quả hội thi trước ngày 30/4/2024.
            2. Phòng Giáo dục Mầm non phối hợp chuẩn bị cơ sở vật chất hằng năm.
            """;

    public static final String D4 = """
            ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
            Số: 45/QĐ-UBND
            Hòa Bình, ngày 20 tháng 11 năm 2022
            QUYẾT ĐỊNH
            Ban hành quy chế bàn giao tài sản công
            Điều 1. Ban hành kèm theo Quyết định này Quy chế bàn giao tài sản công của tỉnh.
            """;

    public static Directive d1(String source) {
        return new Directive(source, "12-CT/TW", 12, null, "CT", "Chỉ thị", "Ban Chấp hành Trung ương", null, "Hà Nội",
                "2023-05-10", "Về tăng cường công tác đào tạo cán bộ", "Nguyễn Văn A", "T/M BAN BÍ THƯ", List.of("Các tỉnh ủy"),
                List.of(citation(D1, "Nghị định", "30/2020/NĐ-CP", "2020-03-05", "30/2020/NĐ-CP")), List.of(), List.of());
    }

    public static Directive d2(String source) {
        return new Directive(source, "13-CT/TW", 13, null, "CT", "Chỉ thị", "Ban Chấp hành Trung ương", null, "Hà Nội",
                "2024-02-01", "Về phòng chống thiên tai", "Trần Văn B", "T/M BAN BÍ THƯ", List.of(),
                List.of(citation(D2, "Chỉ thị", "12-CT/TW", "2023-05-10", "12-CT/TW")), List.of(), List.of());
    }

    public static Directive d3(String source) {
        String t = D3;
        Obligation o1 = obligation(t, "Văn phòng Sở", List.of(), "tổng hợp báo cáo kết quả hội thi", "2024-04-30", null, "II.1",
                "Giao Văn phòng Sở chủ trì tổng hợp báo cáo kết quả hội thi trước ngày 30/4/2024.");
        Obligation o2 = obligation(t, "Phòng Giáo dục Mầm non", List.of("Văn phòng Sở"), "chuẩn bị cơ sở vật chất", null, "hằng năm",
                "II.2", "Phòng Giáo dục Mầm non phối hợp chuẩn bị cơ sở vật chất hằng năm.");
        return new Directive(source, "362/KH-SGD&ĐT-VP", 362, null, "KH", "Kế hoạch", "Sở Giáo dục và Đào tạo",
                "UBND tỉnh Hòa Bình", "Hòa Bình", "2024-03-15", "Tổ chức hội thi giáo viên dạy giỏi cấp tỉnh", "Lê Thị C",
                "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", List.of("Các phòng GD&ĐT"),
                List.of(citation(t, "Chỉ thị", "12-CT/TW", null, "12-CT/TW")),
                List.of(section(t, "I", "MỤC ĐÍCH"), section(t, "II", "TỔ CHỨC THỰC HIỆN")),
                List.of(o1, o2));
    }

    public static Directive d4(String source) {
        return new Directive(source, "45/QĐ-UBND", 45, null, "QĐ", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Bình", null,
                "Hòa Bình", "2022-11-20", "Ban hành quy chế bàn giao tài sản công", "Phạm Văn D", "CHỦ TỊCH", List.of(),
                List.of(), List.of(), List.of());
    }

    /** The four fixtures written to text files and indexed into {@code index}; returns their ids in order. */
    public static List<String> index(IndexLayout layout, Path sources) throws IOException {
        List<String> ids = new ArrayList<>();
        String[] texts = {D1, D2, D3, D4};
        try (ArchiveWriter w = ArchiveWriter.open(layout)) {
            for (int i = 0; i < texts.length; i++) {
                String source = sources.resolve("d" + (i + 1) + ".txt").toAbsolutePath().toString();
                java.nio.file.Files.writeString(Path.of(source), texts[i]);
                Directive d = switch (i) {
                    case 0 -> d1(source);
                    case 1 -> d2(source);
                    case 2 -> d3(source);
                    default -> d4(source);
                };
                String id = DocIds.forSource(source);
                w.replace(new IndexedDocument(id, source, DocIds.sha256(texts[i].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        texts[i], "text", d));
                ids.add(id);
            }
        }
        return ids;
    }

    static Citation citation(String text, String type, String number, String date, String printed) {
        int at = text.indexOf(printed);
        if (at < 0) {
            throw new IllegalArgumentException(printed + " not in text");
        }
        return new Citation(type, number, date, null, null, List.of(new Mention(printed, new Span(at, at + printed.length()))));
    }

    static Obligation obligation(String text, String actor, List<String> partners, String action, String deadline,
            String frequency, String section, String sentence) {
        int at = text.indexOf(sentence);
        if (at < 0) {
            throw new IllegalArgumentException(sentence + " not in text");
        }
        return new Obligation(actor, partners, action, deadline, frequency, section, sentence, new Span(at, at + sentence.length()));
    }

    static Section section(String text, String path, String heading) {
        int at = text.indexOf(path + ". " + heading);
        return new Section(path, heading, new Span(at, at + path.length() + 2 + heading.length()));
    }
}
