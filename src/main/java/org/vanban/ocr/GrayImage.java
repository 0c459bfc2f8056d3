package org.vanban.ocr;

import java.util.Objects;

/**
 * One page as 8-bit grayscale pixels, row by row, no padding (0 black, 255 white), and the resolution
 * it was scanned or rendered at. This is the only image form the OCR engine sees: Tesseract takes raw
 * bytes, which avoids the BufferedImage paths of Tess4J that need a newer Leptonica than Debian 12 has.
 */
public record GrayImage(int width, int height, byte[] pixels, int dpi) {
    public GrayImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException("expected " + (long) width * height + " pixels, got " + pixels.length);
        }
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
    }

    public int gray(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }
}
