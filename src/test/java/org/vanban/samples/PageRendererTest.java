package org.vanban.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRendererTest {
    static final String HEADER = """
            UBND TỈNH HÒA BÌNH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hòa Bình, ngày 17 tháng 02 năm 2022
            KẾ HOẠCH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;""";

    private final PageRenderer renderer = new PageRenderer();

    @ParameterizedTest
    @CsvSource({
        "150, 1240, 1754",
        "200, 1654, 2339",
        "300, 2480, 3508", // A4 at 300 dpi, as every scanner makes it
        "600, 4961, 7016",
    })
    void pagesAreGrayA4AtTheRequestedResolution(int dpi, int width, int height) {
        List<BufferedImage> pages = renderer.render(HEADER, new RenderOptions(dpi, Degradation.LIGHT, 1));
        assertEquals(1, pages.size());
        BufferedImage page = pages.get(0);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, page.getType());
        assertEquals(width, page.getWidth());
        assertEquals(height, page.getHeight());
    }

    @Test
    void textIsDrawnInsideTheMargins() {
        BufferedImage page = renderer.render(HEADER, RenderOptions.clean(300)).get(0);
        int[] box = inkBox(page);
        double mm = 300 / 25.4;
        assertTrue(box[0] >= 30 * mm - 2, "left margin 30 mm: " + box[0]);
        assertTrue(box[2] <= page.getWidth() - 15 * mm + 2, "right margin 15 mm: " + box[2]);
        assertTrue(box[1] >= 20 * mm - 2 && box[1] < 30 * mm, "first line near the top margin: " + box[1]);
        assertTrue(box[3] > box[1] + 5 * 13 * 300 / 72, "six lines tall: " + box[3]);
    }

    @Test
    void sameSeedSamePixelsOtherSeedOtherPixels() {
        RenderOptions options = new RenderOptions(200, Degradation.MEDIUM, 42);
        byte[] first = pixels(renderer.render(HEADER, options).get(0));
        byte[] again = pixels(new PageRenderer().render(HEADER, options).get(0));
        byte[] otherSeed = pixels(renderer.render(HEADER, new RenderOptions(200, Degradation.MEDIUM, 43)).get(0));
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, otherSeed));
    }

    @Test
    void heavyDegradationFadesThePaperAndNoneKeepsItWhite() {
        BufferedImage clean = renderer.render(HEADER, RenderOptions.clean(200)).get(0);
        BufferedImage heavy = renderer.render(HEADER, new RenderOptions(200, Degradation.HEAVY, 1)).get(0);
        // The top-left corner is blank margin: white on a clean page, gray and noisy on a bad scan.
        assertEquals(255.0, cornerMean(clean));
        double paper = cornerMean(heavy);
        assertTrue(paper > 195 && paper < 235, "heavy scan paper level " + paper);
    }

    private static double cornerMean(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                sum += image.getRaster().getSample(x, y, 0);
            }
        }
        return sum / 10_000.0;
    }

    @Test
    void formFeedStartsANewPage() {
        List<RenderedPage> pages = renderer.renderPages("Trang một\fTrang hai\f", RenderOptions.clean(150));
        assertEquals(2, pages.size(), "a trailing form feed does not add an empty page");
        assertEquals("Trang một", pages.get(0).text());
        assertEquals("Trang hai", pages.get(1).text());
        assertTrue(inkBox(pages.get(1).image())[1] > 0, "second page has ink");
    }

    @Test
    void overflowStartsANewPageAndEveryLineLandsOnExactlyOnePage() {
        List<String> lines = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> i + ". Nội dung thứ " + i + " của kế hoạch được triển khai đúng tiến độ.")
                .toList();
        List<RenderedPage> pages = renderer.renderPages(String.join("\n", lines), RenderOptions.clean(150));
        assertTrue(pages.size() >= 3 && pages.size() <= 5, "120 short paragraphs take 3-5 pages: " + pages.size());
        List<String> back = new ArrayList<>();
        pages.forEach(p -> back.addAll(p.text().lines().toList()));
        assertEquals(lines, back);
    }

    @Test
    void longParagraphsWrapAndSplitAcrossPagesWithoutLosingWords() {
        String sentence = "Các cơ quan, đơn vị, địa phương tổ chức quán triệt, triển khai thực hiện nghiêm túc Chỉ thị này. ";
        String paragraph = sentence.repeat(80).strip();
        List<RenderedPage> pages = renderer.renderPages(paragraph, RenderOptions.clean(150));
        assertTrue(pages.size() >= 2, "one paragraph of ~8000 characters fills more than a page");
        String joined = pages.stream().map(RenderedPage::text).collect(Collectors.joining(" "));
        assertEquals(paragraph, joined);
    }

    @Test
    void lineAndPageBreaksDoNotDependOnResolution() {
        String text = (HEADER + "\n").repeat(12);
        List<String> at150 = renderer.renderPages(text, RenderOptions.clean(150)).stream().map(RenderedPage::text).toList();
        List<String> at300 = renderer.renderPages(text, RenderOptions.clean(300)).stream().map(RenderedPage::text).toList();
        assertEquals(at150, at300);
    }

    @Test
    void emptyTextIsOneBlankPage() {
        List<RenderedPage> pages = renderer.renderPages("", RenderOptions.clean(150));
        assertEquals(1, pages.size());
        assertEquals("", pages.get(0).text());
        assertEquals(-1, inkBox(pages.get(0).image())[0]);
    }

    @Test
    void pageTextIsNfcWithUnixLineEnds() {
        String decomposed = "Ho\u0300a Bi\u0300nh\r\nđi\u0323a phương\t ";
        List<RenderedPage> pages = renderer.renderPages(decomposed, RenderOptions.clean(150));
        assertEquals("Hòa Bình\nđịa phương", pages.get(0).text());
    }

    static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** {minX, minY, maxX, maxY} of pixels darker than mid gray, or all -1 on a blank page. */
    static int[] inkBox(BufferedImage image) {
        int[] box = {-1, -1, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRaster().getSample(x, y, 0)) < 128) {
                    box[0] = box[0] < 0 ? x : Math.min(box[0], x);
                    box[1] = box[1] < 0 ? y : box[1];
                    box[2] = Math.max(box[2], x);
                    box[3] = y;
                }
            }
        }
        return box;
    }
}
