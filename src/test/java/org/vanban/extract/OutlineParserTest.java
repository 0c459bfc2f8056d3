package org.vanban.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutlineParserTest {
    private static List<Section> outline(String text) {
        return OutlineParser.sections(OutlineParser.parse(new TextLines(text), 0, Set.of()));
    }

    @Test
    void buildsPathsForEveryLevel() {
        String text = String.join("\n",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1.1. Mục đích",
                "- Nâng cao nhận thức",
                "II. NỘI DUNG",
                "1. Rà soát văn bản",
                "a) Các văn bản quy phạm",
                "+ cấp tỉnh",
                "+ cấp huyện",
                "b) Các văn bản hành chính",
                "1.1. Văn bản đến",
                "2. Tuyên truyền",
                "III. TỔ CHỨC THỰC HIỆN",
                "Điều 2. Hiệu lực thi hành");
        List<String> paths = outline(text).stream().map(Section::path).toList();
        assertEquals(List.of("I", "I.1", "I.1-1", "II", "II.1", "II.1.a", "II.1.a+1", "II.1.a+2", "II.1.b", "II.1.1",
                "II.2", "III", "Điều 2"), paths);
    }

    @Test
    void headingsAndSpansPointAtTheLine() {
        String text = "Mở đầu\nII. NỘI DUNG THỰC HIỆN\nnội dung";
        Section s = outline(text).get(0);
        assertEquals("II", s.path());
        assertEquals("NỘI DUNG THỰC HIỆN", s.heading());
        assertEquals("II. NỘI DUNG THỰC HIỆN", s.span().of(text));
    }

    @Test
    void wrappedLinesThatStartWithANumberAreNotItems() {
        // "4.0" continues a sentence; "2022 của" is not an item either
        String text = "II. NỘI DUNG\n- Xây dựng môi trường giáo dục\n4.0 theo Kế hoạch số 219/KH-UBND ngày\n2022 của Ủy ban";
        assertEquals(List.of("II", "II-1"), outline(text).stream().map(Section::path).toList());
    }

    @Test
    void emptyTextHasNoOutline() {
        assertEquals(List.of(), outline(""));
    }
}
