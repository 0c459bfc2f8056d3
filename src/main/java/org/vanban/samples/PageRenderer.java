package org.vanban.samples;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns UTF-8 text into A4 page images that look like scans of a printed directive: laid out by
 * {@link PageLayout}, drawn in the bundled Liberation Serif, then damaged by {@link ScanSimulator}.
 * The same text, options and seed always give the same pixels.
 */
public final class PageRenderer {
    private final PageLayout layout = new PageLayout();

    /** The page images of {@code text}, one per page. */
    public List<BufferedImage> render(String text, RenderOptions options) {
        return renderPages(text, options).stream().map(RenderedPage::image).toList();
    }

    /** The page images of {@code text} with the text each page shows. */
    public List<RenderedPage> renderPages(String text, RenderOptions options) {
        List<PageLayout.Page> pages = layout.layout(text);
        List<RenderedPage> out = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage clean = draw(pages.get(i), options.dpi());
            // One independent stream per page, so page 3 looks the same whether or not page 2 changed.
            SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + i);
            BufferedImage scanned = ScanSimulator.apply(clean, options.degradation(), options.dpi(), random);
            out.add(new RenderedPage(scanned, pages.get(i).text()));
        }
        return out;
    }

    /** Width and height in pixels of an A4 page at {@code dpi}. */
    public static Dimension pageSize(int dpi) {
        return new Dimension(
                (int) Math.round(PageLayout.PAGE_WIDTH_PT / 72 * dpi), (int) Math.round(PageLayout.PAGE_HEIGHT_PT / 72 * dpi));
    }

    private BufferedImage draw(PageLayout.Page page, int dpi) {
        Dimension size = pageSize(dpi);
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width, size.height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(dpi / 72.0, dpi / 72.0);
            g.setColor(Color.BLACK);
            for (PageLayout.Line line : page.lines()) {
                g.setFont(layout.font(line.face()));
                for (PageLayout.PlacedWord word : line.words()) {
                    g.drawString(word.text(), (float) word.x(), (float) line.baseline());
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
