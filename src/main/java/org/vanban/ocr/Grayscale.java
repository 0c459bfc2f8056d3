package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/** Turns any decoded image into 8-bit grayscale, compositing transparency onto white paper. */
public final class Grayscale {
    private Grayscale() {}

    public static GrayImage of(BufferedImage image, int dpi) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] direct = directGrayBytes(image);
        if (direct != null) {
            return new GrayImage(w, h, direct, dpi);
        }
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
                // Rec. 601 luma, the weighting scanners and Leptonica use for gray.
                int luma = (299 * r + 587 * g + 114 * b + 500) / 1000;
                out[y * w + x] = (byte) ((luma * a + 255 * (255 - a) + 127) / 255);
            }
        }
        return new GrayImage(w, h, out, dpi);
    }

    /** The pixel bytes of a plain 8-bit gray image without copying through ARGB, else null. */
    private static byte[] directGrayBytes(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return null;
        }
        Raster raster = image.getRaster();
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer)
                || !(raster.getSampleModel() instanceof ComponentSampleModel sm)
                || sm.getPixelStride() != 1 || sm.getScanlineStride() != image.getWidth()
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || buffer.getNumBanks() != 1 || buffer.getOffset() != 0) {
            return null;
        }
        byte[] data = buffer.getData();
        long n = (long) image.getWidth() * image.getHeight();
        if (data.length == n) {
            return data;
        }
        return data.length > n ? java.util.Arrays.copyOf(data, (int) n) : null;
    }
}
