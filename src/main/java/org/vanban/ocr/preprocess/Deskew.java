package org.vanban.ocr.preprocess;

import org.vanban.ocr.GrayImage;

/**
 * Straightens a page skewed by up to ±5°. The angle is the one whose rotation makes the
 * horizontal projection of dark pixels most peaked (text lines line up with rows), searched
 * coarsely then finely on a quarter-size sample; the page is then rotated with bilinear
 * interpolation on a white background.
 */
final class Deskew {
    private static final double MAX_DEGREES = 5;
    /** Skews smaller than this do not hurt Tesseract; rotating would only blur. */
    private static final double MIN_DEGREES = 0.15;

    private Deskew() {}

    static GrayImage apply(GrayImage image) {
        double angle = angle(image);
        return Math.abs(angle) < MIN_DEGREES ? image : rotate(image, angle);
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

    /** Rotates by -angle about the centre so lines descending by {@code degrees} become level. */
    static GrayImage rotate(GrayImage image, double degrees) {
        int w = image.width(), h = image.height();
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad), sin = Math.sin(rad);
        double cx = w / 2.0, cy = h / 2.0;
        byte[] src = image.pixels();
        byte[] out = new byte[src.length];
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                double fx = sx - x0, fy = sy - y0;
                double v = 0;
                v += weight(src, w, h, x0, y0) * (1 - fx) * (1 - fy);
                v += weight(src, w, h, x0 + 1, y0) * fx * (1 - fy);
                v += weight(src, w, h, x0, y0 + 1) * (1 - fx) * fy;
                v += weight(src, w, h, x0 + 1, y0 + 1) * fx * fy;
                out[y * w + x] = (byte) Math.round(v);
            }
        }
        return new GrayImage(w, h, out, image.dpi());
    }

    private static int weight(byte[] src, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xFF;
    }
}
