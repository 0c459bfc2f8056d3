package org.vanban.ocr.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vanban.samples.Degradation;
import org.vanban.samples.PageRenderer;
import org.vanban.samples.RenderOptions;
import org.vanban.samples.RenderedPage;
import org.vanban.samples.ScanWriter;

/**
 * The fixed page set of the OCR benchmark: the bundled fictional documents rendered with a given
 * degradation and seed, written as PNGs (for vanban and the tesseract CLI) and as one lossless PDF
 * of the very same pixels (for OCRmyPDF), with each page's ground truth.
 */
public record BenchPages(List<Path> pngs, Path pdf, List<String> truths, int dpi) {
    private static final List<String> TEXTS = List.of("cong-van.txt", "quyet-dinh.txt");

    public static BenchPages render(Path dir, int count, Degradation degradation, int dpi, long seed) throws IOException {
        PageRenderer renderer = new PageRenderer();
        List<Path> pngs = new ArrayList<>();
        List<String> truths = new ArrayList<>();
        Path pdf = dir.resolve("pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int round = 0; pngs.size() < count; round++) {
                String text = text(TEXTS.get(round % TEXTS.size()));
                for (RenderedPage page : renderer.renderPages(text, new RenderOptions(dpi, degradation, seed + round))) {
                    if (pngs.size() == count) {
                        break;
                    }
                    Path png = dir.resolve(String.format("page-%03d.png", pngs.size() + 1));
                    ScanWriter.writePng(page.image(), dpi, png);
                    pngs.add(png);
                    truths.add(page.text());
                    addPage(doc, page.image(), dpi);
                }
            }
            doc.save(pdf.toFile());
        }
        return new BenchPages(pngs, pdf, truths, dpi);
    }

    private static void addPage(PDDocument doc, BufferedImage image, int dpi) throws IOException {
        float w = image.getWidth() * 72f / dpi, h = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, w, h);
        }
    }

    static String text(String name) {
        try (InputStream in = BenchPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bench text missing from the jar: " + name);
            }
            return Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the rendered files. */
    public void delete() throws IOException {
        for (Path p : pngs) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(pdf);
    }
}
