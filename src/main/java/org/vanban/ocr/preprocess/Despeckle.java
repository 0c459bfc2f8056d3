package org.vanban.ocr.preprocess;

import org.vanban.ocr.GrayImage;

/**
 * Whitens isolated dark specks: 8-connected dark components whose area is at most a few pixels
 * (scaled with resolution). Vietnamese tone dots (dấu nặng) are larger than this limit at the
 * sizes documents are printed in, so they survive.
 */
final class Despeckle {
    private static final int DARK = 128;

    private Despeckle() {}

    static GrayImage apply(GrayImage image) {
        int maxArea = Math.max(1, (int) Math.round(3.0 * (image.dpi() / 300.0) * (image.dpi() / 300.0)));
        int w = image.width(), h = image.height();
        byte[] px = image.pixels().clone();
        byte[] seen = new byte[w * h];
        int[] stack = new int[w * h > 1 << 20 ? 1 << 20 : w * h];
        int[] comp = new int[maxArea + 1];
        for (int start = 0; start < px.length; start++) {
            if (seen[start] != 0 || (px[start] & 0xFF) >= DARK) {
                continue;
            }
            int sp = 0, area = 0;
            stack[sp++] = start;
            seen[start] = 1;
            while (sp > 0) {
                int p = stack[--sp];
                if (area <= maxArea) {
                    comp[area] = p;
                }
                area++;
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
                        if (seen[q] == 0 && (px[q] & 0xFF) < DARK) {
                            seen[q] = 1;
                            if (sp == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            if (area <= maxArea) {
                for (int i = 0; i < area; i++) {
                    px[comp[i]] = (byte) 255;
                }
            }
        }
        return new GrayImage(w, h, px, image.dpi());
    }
}
