package org.vanban.ocr.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.Grayscale;
import org.vanban.samples.Degradation;
import org.vanban.samples.PageRenderer;
import org.vanban.samples.RenderOptions;

/** Deskew on rendered directive pages: the angle found, and which way each kind of page is levelled. */
class DeskewTest {
    private static final String TEXT = """
            ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
            Số: 101/KH-UBND
            KẾ HOẠCH
            Triển khai trồng rừng thay thế năm 2024
            Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
            1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì trồng rừng thay thế, hoàn thành trước ngày 30/11/2024.
            2. Sở Tài chính bố trí kinh phí; các huyện, thành phố báo cáo kết quả trước ngày 15 hằng tháng.
            3. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.
            """.repeat(3);

    private static GrayImage page(Degradation d) {
        return Grayscale.of(new PageRenderer().render(TEXT, new RenderOptions(300, d, 7)).get(0), 300);
    }

    @Test
    void aCleanPageTurnedByTwoDegreesIsFoundAndShearedLevelByWholePixels() {
        GrayImage straight = page(Degradation.NONE);
        assertTrue(Math.abs(Deskew.angle(straight)) < 0.1, "a straight render: " + Deskew.angle(straight));
        GrayImage skewed = Deskew.rotate(straight, -2.0);
        double found = Deskew.angle(skewed);
        assertEquals(2.0, found, 0.15, "the skew put in");

        assertTrue(Deskew.paperNoise(skewed) < Deskew.SMOOTH_ABOVE_NOISE, "clean paper: " + Deskew.paperNoise(skewed));
        GrayImage levelled = Preprocessing.DESKEW.apply(skewed);
        assertTrue(Math.abs(Deskew.angle(levelled)) < 0.2, "after deskew: " + Deskew.angle(levelled));
        // moved by whole pixels: each column is the same column of the input, shifted up or down
        for (int x : new int[] {skewed.width() / 4, skewed.width() / 2, 3 * skewed.width() / 4}) {
            assertTrue(isShiftedColumn(skewed, levelled, x), "column " + x + " is not a whole-pixel shift");
        }
    }

    /** Whether column x of {@code out} equals column x of {@code in} moved by some whole number of rows. */
    private static boolean isShiftedColumn(GrayImage in, GrayImage out, int x) {
        int w = in.width(), h = in.height();
        for (int shift = -300; shift <= 300; shift++) {
            boolean same = true;
            for (int y = 400; y < h - 400 && same; y++) {
                same = out.pixels()[y * w + x] == in.pixels()[(y + shift) * w + x];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aNoisyPageIsRotatedWithInterpolationWhichSmoothsItsPaper() {
        GrayImage heavy = page(Degradation.HEAVY);
        double noise = Deskew.paperNoise(heavy);
        assertTrue(noise > Deskew.SMOOTH_ABOVE_NOISE, "HEAVY paper noise " + noise);
        double found = Deskew.angle(heavy);
        assertTrue(Math.abs(found) >= 0.15, "HEAVY renders are skewed: " + found);

        GrayImage levelled = Preprocessing.DESKEW.apply(heavy);
        assertTrue(Math.abs(Deskew.angle(levelled)) < 0.3, "after deskew: " + Deskew.angle(levelled));
        assertTrue(Deskew.paperNoise(levelled) < 0.8 * noise,
                "interpolation smooths the paper: " + noise + " -> " + Deskew.paperNoise(levelled));
    }

    @Test
    void aPageWithTooLittleSkewIsLeftAlone() {
        GrayImage straight = page(Degradation.NONE);
        assertTrue(Preprocessing.DESKEW.apply(straight) == straight);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {-5, -1.3, -0.2, 0.16, 0.7, 2.5, 5})
    void shearingMovesEachColumnByItsRoundedShiftAndBringsInWhitePaper(double degrees) {
        GrayImage in = page(Degradation.LIGHT);
        GrayImage out = Deskew.shear(in, degrees);
        int w = in.width(), h = in.height();
        double t = Math.tan(Math.toRadians(degrees));
        byte[] expected = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sy = y + (int) Math.round((x - w / 2.0) * t);
                expected[y * w + x] = sy >= 0 && sy < h ? in.pixels()[sy * w + x] : (byte) 255;
            }
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, out.pixels());
    }

    @Test
    void rotationKeepsThePageInsideAndBringsInWhitePaperAtItsCorners() {
        byte[] px = new byte[400 * 300]; // an all-black page
        GrayImage turned = Deskew.rotate(new GrayImage(400, 300, px, 300), 5);
        assertEquals(0, turned.gray(200, 150), "the middle stays black");
        assertEquals(0, turned.gray(0, 150), "the middle of the left edge still comes from the page");
        assertEquals(255, turned.gray(399, 0), "a corner turned in from outside the page is white paper");
        assertEquals(255, turned.gray(0, 299), "so is the opposite one");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {-4.2, 0.4, 1.3})
    void rotationInIntegersStaysWithinOneGrayLevelOfTheSameSumsInDoubles(double degrees) {
        GrayImage in = page(Degradation.HEAVY);
        GrayImage out = Deskew.rotate(in, degrees);
        int w = in.width(), h = in.height();
        double rad = Math.toRadians(degrees), cos = Math.cos(rad), sin = Math.sin(rad), cx = w / 2.0, cy = h / 2.0;
        int worst = 0;
        for (int y = 0; y < h; y += 3) {
            for (int x = 0; x < w; x += 3) {
                double sx = cx + (x - cx) * cos - (y - cy) * sin, sy = cy + (x - cx) * sin + (y - cy) * cos;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                double fx = sx - x0, fy = sy - y0;
                double v = at(in, x0, y0) * (1 - fx) * (1 - fy) + at(in, x0 + 1, y0) * fx * (1 - fy)
                        + at(in, x0, y0 + 1) * (1 - fx) * fy + at(in, x0 + 1, y0 + 1) * fx * fy;
                worst = Math.max(worst, Math.abs(out.gray(x, y) - (int) Math.round(v)));
            }
        }
        assertTrue(worst <= 1, "largest difference from the double-precision sums: " + worst);
    }

    /** A pixel, white paper outside the page. */
    private static int at(GrayImage image, int x, int y) {
        return x < 0 || y < 0 || x >= image.width() || y >= image.height() ? 255 : image.gray(x, y);
    }
}
