package org.vanban.samples;

import java.util.Objects;

/**
 * How to render a text into page images.
 *
 * @param dpi resolution of the page images, 150..600 (scanners deliver 200 or 300)
 * @param degradation the simulated scan damage
 * @param seed drives every pseudo-random choice: the same text, options and seed give the same pixels
 */
public record RenderOptions(int dpi, Degradation degradation, long seed) {
    public static final int MIN_DPI = 150;
    public static final int MAX_DPI = 600;

    public RenderOptions {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi must be in " + MIN_DPI + ".." + MAX_DPI + ": " + dpi);
        }
        Objects.requireNonNull(degradation, "degradation");
    }

    /** A clean render at the given resolution, seed 1. */
    public static RenderOptions clean(int dpi) {
        return new RenderOptions(dpi, Degradation.NONE, 1);
    }
}
