package org.vanban.ocr.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.Grayscale;
import org.vanban.samples.Degradation;
import org.vanban.samples.PageRenderer;
import org.vanban.samples.RenderOptions;

/** Despeckle against a plain whole-component labelling, on drawn shapes, random dots and a rendered page. */
class DespeckleTest {

    /** Draws '#' cells black on white; rows of equal length. */
    private static GrayImage draw(int dpi, String... rows) {
        int w = rows[0].length(), h = rows.length;
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = (byte) (rows[y].charAt(x) == '#' ? 0 : 255);
            }
        }
        return new GrayImage(w, h, px, dpi);
    }

    private static String[] rows(GrayImage image) {
        String[] out = new String[image.height()];
        for (int y = 0; y < image.height(); y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < image.width(); x++) {
                row.append(image.gray(x, y) < 128 ? '#' : '.');
            }
            out[y] = row.toString();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // shape (rows split on '/')                   | after, at 300 dpi (specks of up to 3 pixels go)
        "one dot, and three in an L                    | #......../........./..##...../...#.....| ........./........./........./.........",
        "four pixels stay: a tone dot is bigger        | ..##...../..##...../........./.........| ..##...../..##...../........./.........",
        "a V whose right arm is met only from below    | #...#..../#...#..../.#.#...../..#......| #...#..../#...#..../.#.#...../..#......",
        "diagonal specks touch corner to corner        | #......../.#......./..#....../...#.....| #......../.#......./..#....../...#.....",
        "specks on the border go, a line there stays   | ........#/######.../........./#........| ........./######.../........./.........",
    })
    void specksGoAndEverythingLargerStays(String what, String shape, String expected) {
        GrayImage out = Despeckle.apply(draw(300, shape.strip().split("/")));
        assertArrayEquals(expected.strip().split("/"), rows(out), what);
    }

    @ParameterizedTest(name = "{0} dpi")
    @CsvSource({"150, 1", "300, 3", "600, 12"})
    void theLargestSpeckGrowsWithResolution(int dpi, int maxArea) {
        assertEquals(maxArea, largestRemoved(dpi));
    }

    /** The size of the largest horizontal bar despeckle whitens at {@code dpi}. */
    private static int largestRemoved(int dpi) {
        int largest = 0;
        for (int n = 1; n <= 20; n++) {
            String bar = "#".repeat(n) + ".".repeat(21 - n);
            GrayImage out = Despeckle.apply(draw(dpi, ".".repeat(21), bar, ".".repeat(21)));
            if (out.gray(0, 1) == 255) {
                largest = n;
            }
        }
        return largest;
    }

    @ParameterizedTest(name = "{0} % dark at {1} dpi")
    @CsvSource({"5, 300", "30, 300", "55, 300", "30, 150", "30, 600", "45, 600"})
    void randomDotsLeaveWhatLabellingWholeComponentsLeaves(int percentDark, int dpi) {
        Random random = new Random(percentDark * 1000L + dpi);
        int w = 157, h = 131;
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (random.nextInt(100) < percentDark ? random.nextInt(128) : 128 + random.nextInt(128));
        }
        GrayImage image = new GrayImage(w, h, px, dpi);
        assertArrayEquals(labelled(image).pixels(), Despeckle.apply(image).pixels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "heavy"})
    void aRenderedPageLosesOnlyWhatLabellingRemoves(String degradation) {
        String text = "Số: 12/KH-UBND\nThực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư.\n".repeat(8);
        GrayImage page = Grayscale.of(new PageRenderer().render(text, new RenderOptions(300, Degradation.named(degradation), 3)).get(0), 300);
        GrayImage out = Despeckle.apply(page);
        assertArrayEquals(labelled(page).pixels(), out.pixels());
        if (degradation.equals("heavy")) {
            assertFalse(Arrays.equals(page.pixels(), out.pixels()), "a heavy render has specks to remove");
        }
    }

    /** The definition: label every 8-connected dark component whole, whiten those of at most the speck area. */
    private static GrayImage labelled(GrayImage image) {
        int maxArea = Math.max(1, (int) Math.round(3.0 * (image.dpi() / 300.0) * (image.dpi() / 300.0)));
        int w = image.width(), h = image.height();
        byte[] in = image.pixels(), out = in.clone();
        boolean[] seen = new boolean[in.length];
        for (int start = 0; start < in.length; start++) {
            if (seen[start] || (in[start] & 0xFF) >= 128) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            java.util.List<Integer> component = new java.util.ArrayList<>();
            queue.add(start);
            seen[start] = true;
            while (!queue.isEmpty()) {
                int p = queue.poll();
                component.add(p);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = p % w + dx, y = p / w + dy;
                        if (x >= 0 && y >= 0 && x < w && y < h && !seen[y * w + x] && (in[y * w + x] & 0xFF) < 128) {
                            seen[y * w + x] = true;
                            queue.add(y * w + x);
                        }
                    }
                }
            }
            if (component.size() <= maxArea) {
                component.forEach(p -> out[p] = (byte) 255);
            }
        }
        return new GrayImage(w, h, out, image.dpi());
    }
}
