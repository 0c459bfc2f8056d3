package org.vanban.ocr;

/**
 * Size limits checked from headers before anything is decoded, so a small file that declares a
 * huge raster (a decompression bomb) is refused instead of exhausting memory.
 */
public final class ImageLimits {
    /** The largest page accepted: 100 megapixels, about A0 at 300 dpi. */
    public static final long MAX_PIXELS = 100_000_000L;

    private ImageLimits() {}

    public static void check(long width, long height, String what) throws InputException {
        if (width < 1 || height < 1) {
            throw new InputException(what + " has no pixels (" + width + "x" + height + ")");
        }
        if (width * height > MAX_PIXELS || width > Integer.MAX_VALUE / 2 || height > Integer.MAX_VALUE / 2) {
            throw new InputException(what + " is " + width + "x" + height + " pixels, over the "
                    + MAX_PIXELS / 1_000_000 + "-megapixel limit (refused before decoding)");
        }
    }
}
