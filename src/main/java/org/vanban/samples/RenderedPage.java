package org.vanban.samples;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One rendered page and its ground truth.
 *
 * @param image the page, {@link BufferedImage#TYPE_BYTE_GRAY}, A4 at the render resolution
 * @param text the source text shown on this page (NFC, one paragraph per line)
 */
public record RenderedPage(BufferedImage image, String text) {
    public RenderedPage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(text, "text");
    }
}
