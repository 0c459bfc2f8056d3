package org.vanban.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (phones and some scanners store pages sideways and set this tag
 * instead of rotating pixels), and applying it to a gray page. A tiny reader of APP1 only: bad
 * metadata gives orientation 1, never an error, because the pixels are still good.
 */
public final class ExifOrientation {
    private ExifOrientation() {}

    /** The orientation 1-8 of a JPEG file; 1 (as stored) when absent or unreadable. */
    public static int read(Path jpeg) {
        try (InputStream in = Files.newInputStream(jpeg)) {
            byte[] head = in.readNBytes(128 * 1024);
            return parse(head);
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    static int parse(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xDA || marker == 0xD9 || len < 2) {
                return 1;
            }
            if (marker == 0xE1 && i + 10 < b.length && b[i + 4] == 'E' && b[i + 5] == 'x' && b[i + 6] == 'i' && b[i + 7] == 'f') {
                return tiffOrientation(b, i + 10, Math.min(b.length, i + 2 + len));
            }
            i += 2 + len;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little = b[start] == 'I';
        int ifd = start + u32(b, start + 4, little);
        if (ifd < start || ifd + 2 > end) {
            return 1;
        }
        int count = u16(b, ifd, little);
        for (int k = 0; k < count; k++) {
            int entry = ifd + 2 + k * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int v = u16(b, entry + 8, little);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int u32(byte[] b, int i, boolean little) {
        return little ? u16(b, i, true) | u16(b, i + 2, true) << 16 : u16(b, i, false) << 16 | u16(b, i + 2, false);
    }

    /** The image turned upright according to an EXIF orientation value. */
    public static GrayImage apply(GrayImage img, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return img;
        }
        int w = img.width(), h = img.height();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w, oh = swap ? w : h;
        byte[] src = img.pixels();
        byte[] out = new byte[src.length];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx, sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                out[y * ow + x] = src[sy * w + sx];
            }
        }
        return new GrayImage(ow, oh, out, img.dpi());
    }
}
