package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vanban.samples.Degradation;
import org.vanban.samples.PageRenderer;
import org.vanban.samples.RenderOptions;
import org.vanban.samples.RenderedPage;

/** Test inputs rendered at test time from the fictional directives in test resources. */
public final class Scans {
    private static final PageRenderer RENDERER = new PageRenderer();

    private Scans() {}

    /** A test resource under {@code /ocr/} as NFC text. */
    public static String text(String name) {
        try (InputStream in = Scans.class.getResourceAsStream("/ocr/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /ocr/" + name);
            }
            return java.text.Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), java.text.Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<RenderedPage> render(String text, int dpi, Degradation degradation, long seed) {
        return RENDERER.renderPages(text, new RenderOptions(dpi, degradation, seed));
    }

    public static List<BufferedImage> images(String text, int dpi, Degradation degradation) {
        return RENDERER.render(text, new RenderOptions(dpi, degradation, 7));
    }
}
