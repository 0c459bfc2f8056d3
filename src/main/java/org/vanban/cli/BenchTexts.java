package org.vanban.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vanban.ocr.bench.BenchPages;
import org.vanban.samples.Degradation;
import org.vanban.samples.PageRenderer;
import org.vanban.samples.RenderOptions;
import org.vanban.samples.RenderedPage;
import org.vanban.samples.ScanWriter;

/**
 * Benchmark pages rendered from the user's texts (held-out documents) instead of the bundled ones: each text
 * in turn, page by page, until {@code count} pages. PNGs only (no PDF: OCRmyPDF cannot run on them).
 */
final class BenchTexts {
    private BenchTexts() {}

    static BenchPages render(Path dir, int count, Degradation degradation, int dpi, long seed, List<String> texts)
            throws IOException {
        PageRenderer renderer = new PageRenderer();
        List<Path> pngs = new ArrayList<>();
        List<String> truths = new ArrayList<>();
        for (int round = 0; pngs.size() < count; round++) {
            if (round >= texts.size() && pngs.isEmpty()) {
                break; // nothing to render
            }
            String text = texts.get(round % texts.size());
            for (RenderedPage page : renderer.renderPages(text, new RenderOptions(dpi, degradation, seed + round))) {
                if (pngs.size() == count) {
                    break;
                }
                Path png = dir.resolve(String.format("page-%03d.png", pngs.size() + 1));
                ScanWriter.writePng(page.image(), dpi, png);
                pngs.add(png);
                truths.add(page.text());
            }
        }
        return new BenchPages(pngs, dir.resolve("pages.pdf"), truths, dpi);
    }
}
