package org.vanban.ocr.preprocess;

import org.vanban.ocr.GrayImage;

/**
 * Sauvola thresholding: a pixel is black when darker than {@code m * (1 + k * (s / R - 1))}, with
 * m and s the mean and standard deviation of a window around it. Copes with uneven lighting and
 * grey noise better than one global threshold. Window sums are kept per column and slid along
 * each row, so memory stays at one row of sums.
 */
final class Binarize {
    private static final double K = 0.2;
    private static final double R = 128;

    private Binarize() {}

    static GrayImage apply(GrayImage image) {
        int w = image.width(), h = image.height();
        int r = Math.max(7, image.dpi() / 20); // about 1.3 mm: a few strokes wide
        byte[] src = image.pixels();
        byte[] out = new byte[src.length];
        long[] colSum = new long[w];
        long[] colSq = new long[w];
        int top = 0, bottom = -1; // rows currently in the column sums
        for (int y = 0; y < h; y++) {
            int wantTop = Math.max(0, y - r), wantBottom = Math.min(h - 1, y + r);
            while (bottom < wantBottom) {
                bottom++;
                for (int x = 0; x < w; x++) {
                    int v = src[bottom * w + x] & 0xFF;
                    colSum[x] += v;
                    colSq[x] += v * v;
                }
            }
            while (top < wantTop) {
                for (int x = 0; x < w; x++) {
                    int v = src[top * w + x] & 0xFF;
                    colSum[x] -= v;
                    colSq[x] -= v * v;
                }
                top++;
            }
            int rows = bottom - top + 1;
            long sum = 0, sq = 0;
            int left = 0, right = -1;
            for (int x = 0; x < w; x++) {
                int wantLeft = Math.max(0, x - r), wantRight = Math.min(w - 1, x + r);
                while (right < wantRight) {
                    right++;
                    sum += colSum[right];
                    sq += colSq[right];
                }
                while (left < wantLeft) {
                    sum -= colSum[left];
                    sq -= colSq[left];
                    left++;
                }
                double n = (double) rows * (right - left + 1);
                double mean = sum / n;
                double sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
                double threshold = mean * (1 + K * (sd / R - 1));
                out[y * w + x] = (src[y * w + x] & 0xFF) <= threshold ? 0 : (byte) 255;
            }
        }
        return new GrayImage(w, h, out, image.dpi());
    }
}
