package org.vanban.ocr.preprocess;

import org.vanban.ocr.GrayImage;

/**
 * Whitens isolated dark specks: 8-connected dark components whose area is at most a few pixels
 * (scaled with resolution). Vietnamese tone dots (dấu nặng) are larger than this limit at the
 * sizes documents are printed in, so they survive.
 *
 * <p>The page is scanned once in raster order and never flood-filled whole: text strokes are
 * most of the dark pixels and need no search at all. By the time a pixel is reached, every dark
 * pixel before it has been decided, and a small component is whitened as soon as its first pixel
 * is found; so a dark pixel still dark above or to the left of the current one belongs to a large
 * component, and so does the current one. Only a pixel with no such neighbour is searched, and
 * that search stops as soon as it has found more pixels than a speck may have.
 */
final class Despeckle {
    private static final int DARK = 128;

    private Despeckle() {}

    static GrayImage apply(GrayImage image) {
        int maxArea = Math.max(1, (int) Math.round(3.0 * (image.dpi() / 300.0) * (image.dpi() / 300.0)));
        int w = image.width(), h = image.height();
        byte[] px = image.pixels().clone();
        int[] component = new int[maxArea];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = row + x;
                if (!dark(px, p) || touchesDecidedDark(px, w, x, y, p)) {
                    continue;
                }
                int area = speck(px, w, h, p, component);
                for (int i = 0; i < area; i++) {
                    px[component[i]] = (byte) 255;
                }
            }
        }
        return new GrayImage(w, h, px, image.dpi());
    }

    private static boolean dark(byte[] px, int p) {
        return (px[p] & 0xFF) < DARK;
    }

    /** Whether a neighbour already passed in raster order (left, up-left, up, up-right) is still dark. */
    private static boolean touchesDecidedDark(byte[] px, int w, int x, int y, int p) {
        if (x > 0 && dark(px, p - 1)) {
            return true;
        }
        if (y == 0) {
            return false;
        }
        int up = p - w;
        return dark(px, up) || (x > 0 && dark(px, up - 1)) || (x + 1 < w && dark(px, up + 1));
    }

    /**
     * The pixels of {@code start}'s component, written to {@code component}, when there are at
     * most {@code component.length} of them; 0 as soon as the search finds one more.
     */
    private static int speck(byte[] px, int w, int h, int start, int[] component) {
        int maxArea = component.length;
        int area = 0;
        component[area++] = start;
        for (int i = 0; i < area; i++) { // the list found so far is the search queue
            int p = component[i];
            int x = p % w, y = p / w;
            for (int dy = -1; dy <= 1; dy++) {
                int ny = y + dy;
                if (ny < 0 || ny >= h) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    if (nx < 0 || nx >= w) {
                        continue;
                    }
                    int q = ny * w + nx;
                    if (!dark(px, q) || contains(component, area, q)) {
                        continue;
                    }
                    if (area == maxArea) {
                        return 0; // one pixel more than a speck may have
                    }
                    component[area++] = q;
                }
            }
        }
        return area;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
