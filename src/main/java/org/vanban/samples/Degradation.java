package org.vanban.samples;

import java.util.Locale;

/**
 * How badly a rendered page is "scanned". Lengths are in pixels at 300 dpi and scale with the
 * render resolution, so a preset means the same physical damage at 200 or 600 dpi.
 *
 * @param blurSigma gaussian blur of the scanner optics, sigma in px at 300 dpi (0 = sharp)
 * @param noiseSigma gaussian sensor noise at 300 dpi, sigma in gray levels 0..255 (0 = none); lower
 *     resolutions get less, by the square root of the scale
 * @param specks dust and toner specks per page (0 = none)
 * @param skewDegrees largest page rotation; each page gets a pseudo-random angle between half of it
 *     and all of it, either way (0 = straight)
 * @param jpegQuality JPEG round trip quality 1..100, or 0 for no JPEG step
 * @param contrast 1 keeps black ink on white paper; lower values pull both towards mid gray, as a
 *     faded print or a cheap scanner does (0.5..1)
 */
public record Degradation(
        double blurSigma, double noiseSigma, int specks, double skewDegrees, int jpegQuality, double contrast) {

    /** A clean page: what the renderer drew, pixel for pixel. */
    public static final Degradation NONE = new Degradation(0, 0, 0, 0, 0, 1.0);
    /** A good office scanner. */
    public static final Degradation LIGHT = new Degradation(0.6, 6, 40, 0.4, 90, 0.95);
    /** A tired scanner or a copy of a copy. */
    public static final Degradation MEDIUM = new Degradation(1.0, 16, 200, 1.2, 60, 0.8);
    /** A bad fax-grade scan that people still have to read. */
    public static final Degradation HEAVY = new Degradation(1.2, 24, 400, 2.0, 50, 0.7);

    public Degradation {
        requireRange("blurSigma", blurSigma, 0, 10);
        requireRange("noiseSigma", noiseSigma, 0, 128);
        requireRange("specks", specks, 0, 100_000);
        requireRange("skewDegrees", skewDegrees, 0, 15);
        if (jpegQuality != 0) {
            requireRange("jpegQuality", jpegQuality, 1, 100);
        }
        requireRange("contrast", contrast, 0.5, 1);
    }

    /** True when the page goes through a JPEG encode and decode. */
    public boolean jpeg() {
        return jpegQuality > 0;
    }

    /**
     * A preset by name: none, light, medium or heavy (case-insensitive).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Degradation named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "light" -> LIGHT;
            case "medium" -> MEDIUM;
            case "heavy" -> HEAVY;
            default -> throw new IllegalArgumentException(
                    "unknown degradation '" + name + "' (expected none, light, medium or heavy)");
        };
    }

    private static void requireRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) { // also rejects NaN
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "]: " + value);
        }
    }
}
