package org.vanban.ocr.preprocess;

import org.vanban.ocr.GrayImage;

/**
 * Straightens a page skewed by up to ±5°. The angle is the one whose rotation makes the
 * horizontal projection of dark pixels most peaked (text lines line up with rows), searched
 * coarsely then finely on a quarter-size sample; the page is then sheared level (clean pages) or
 * rotated with bilinear interpolation on a white background (noisy ones, see {@link #SMOOTH_ABOVE_NOISE}).
 */
final class Deskew {
    private static final double MAX_DEGREES = 5;
    /** Skews smaller than this do not hurt Tesseract; rotating would only blur. */
    private static final double MIN_DEGREES = 0.15;

    private Deskew() {}

    /**
     * Paper noise (mean difference of neighbouring light pixels, in gray levels) above which a page
     * is rotated with interpolation. On noisy scans the bilinear resampling does more than
     * straighten: it smooths the sensor noise that otherwise breaks Tesseract's layout analysis
     * (HEAVY renders: 51 % CER straightened without it, 2 % with it). Clean pages gain nothing from
     * the smoothing and are straightened by a vertical shear that moves whole pixels, at a third of
     * the cost: the same CER on LIGHT renders (docs/benchmarks.md, round 3). Renders measure about
     * 0.3 (none), 6 (LIGHT), 15 (MEDIUM) and 24 (HEAVY).
     */
    static final double SMOOTH_ABOVE_NOISE = 10;

    static GrayImage apply(GrayImage image) {
        double angle = angle(image);
        if (Math.abs(angle) < MIN_DEGREES) {
            return image;
        }
        return paperNoise(image) > SMOOTH_ABOVE_NOISE ? rotate(image, angle) : shear(image, angle);
    }

    /** Mean absolute difference of horizontally adjacent light pixels, on a sample of the page. */
    static double paperNoise(GrayImage image) {
        byte[] px = image.pixels();
        int w = image.width();
        int step = Math.max(1, px.length / 400_000);
        long sum = 0;
        int n = 0;
        for (int i = 0; i + 1 < px.length; i += step) {
            if ((i + 1) % w == 0) {
                continue; // the next pixel is on the next row
            }
            int a = px[i] & 0xFF, b = px[i + 1] & 0xFF;
            if (a > 150 && b > 150) {
                sum += Math.abs(a - b);
                n++;
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    /**
     * Levels lines descending by {@code degrees} by moving each column up or down by whole pixels
     * (nearest neighbour, white paper brought in at the edges). For the small angles deskewing
     * handles, the horizontal part of a rotation is a slant of at most 5° that OCR does not notice.
     */
    static GrayImage shear(GrayImage image, double degrees) {
        int w = image.width(), h = image.height();
        double t = Math.tan(Math.toRadians(degrees));
        double cx = w / 2.0;
        int[] shift = new int[w];
        for (int x = 0; x < w; x++) {
            shift[x] = (int) Math.round((x - cx) * t);
        }
        byte[] src = image.pixels();
        byte[] out = new byte[src.length];
        java.util.Arrays.fill(out, (byte) 255);
        // Columns with the same shift form runs (dozens to hundreds of columns wide at these
        // angles): each run's part of a row is one copy instead of a pixel-by-pixel loop.
        int[] runStart = new int[w + 1];
        int runs = 0;
        for (int x = 0; x < w; x++) {
            if (x == 0 || shift[x] != shift[x - 1]) {
                runStart[runs++] = x;
            }
        }
        runStart[runs] = w;
        for (int y = 0; y < h; y++) {
            for (int r = 0; r < runs; r++) {
                int from = runStart[r];
                int sy = y + shift[from];
                if (sy >= 0 && sy < h) {
                    System.arraycopy(src, sy * w + from, out, y * w + from, runStart[r + 1] - from);
                }
            }
        }
        return new GrayImage(w, h, out, image.dpi());
    }

    /** The skew in degrees (positive: text lines descend to the right). */
    static double angle(GrayImage image) {
        int step = Math.max(1, image.width() / 600);
        int n = 0;
        int[] xs = new int[(image.width() / step + 1) * (image.height() / step + 1)];
        int[] ys = new int[xs.length];
        for (int y = 0; y < image.height(); y += step) {
            for (int x = 0; x < image.width(); x += step) {
                if (image.gray(x, y) < 128) {
                    xs[n] = x / step;
                    ys[n] = y / step;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        int h = image.height() / step + 1;
        int w = image.width() / step + 1;
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.5) {
            double s = score(xs, ys, n, a, w, h);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - 0.5; a <= centre + 0.5 + 1e-9; a += 0.05) {
            double s = score(xs, ys, n, a, w, h);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    private static double score(int[] xs, int[] ys, int n, double degrees, int w, int h) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(t) * w) + 1;
        int[] rows = new int[h + 2 * pad];
        for (int i = 0; i < n; i++) {
            int r = (int) Math.round(ys[i] - xs[i] * t) + pad;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double s = 0;
        for (int i = 1; i < rows.length; i++) {
            double d = rows[i] - rows[i - 1];
            s += d * d;
        }
        return s;
    }

    /** Fractional bits of the source coordinates in {@link #rotate}. */
    private static final int FRACTION_BITS = 32;

    /**
     * Rotates by -angle about the centre so lines descending by {@code degrees} become level, with
     * bilinear interpolation. The source coordinates advance along a row by a fixed-point step (32
     * fractional bits: the drift over a row stays under a millionth of a pixel) and the weights are in
     * 65536ths of a pixel. In integers a page takes 43–48 ms against 80–100 ms for the same sums in
     * doubles, and no pixel differs from those by more than one gray level (docs/benchmarks.md, round 7).
     */
    static GrayImage rotate(GrayImage image, double degrees) {
        int w = image.width(), h = image.height();
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad), sin = Math.sin(rad);
        double cx = w / 2.0, cy = h / 2.0;
        double one = 1L << FRACTION_BITS;
        long stepX = Math.round(cos * one), stepY = Math.round(sin * one);
        byte[] src = image.pixels();
        byte[] out = new byte[src.length];
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            long sx = Math.round((cx - cx * cos - dy * sin) * one); // the source of (0, y)
            long sy = Math.round((cy - cx * sin + dy * cos) * one);
            int row = y * w;
            for (int x = 0; x < w; x++, sx += stepX, sy += stepY) {
                int x0 = (int) (sx >> FRACTION_BITS), y0 = (int) (sy >> FRACTION_BITS); // floor, negatives too
                int fx = (int) (sx >>> (FRACTION_BITS - 16)) & 0xFFFF, fy = (int) (sy >>> (FRACTION_BITS - 16)) & 0xFFFF; // 65536ths
                int a, b, c, d;
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
                    // inside the page, as nearly all pixels are: no edge checks
                    int p = y0 * w + x0;
                    a = src[p] & 0xFF;
                    b = src[p + 1] & 0xFF;
                    c = src[p + w] & 0xFF;
                    d = src[p + w + 1] & 0xFF;
                } else {
                    a = weight(src, w, h, x0, y0);
                    b = weight(src, w, h, x0 + 1, y0);
                    c = weight(src, w, h, x0, y0 + 1);
                    d = weight(src, w, h, x0 + 1, y0 + 1);
                }
                long top = a * (65536 - fx) + b * fx, bottom = c * (65536 - fx) + d * fx;
                out[row + x] = (byte) ((top * (65536 - fy) + bottom * fy + (1L << 31)) >> 32);
            }
        }
        return new GrayImage(w, h, out, image.dpi());
    }

    private static int weight(byte[] src, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xFF;
    }
}
