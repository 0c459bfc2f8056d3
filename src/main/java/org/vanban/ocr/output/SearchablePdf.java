package org.vanban.ocr.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.vanban.fonts.BundledFonts;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.PageText;
import org.vanban.ocr.Word;

/**
 * A searchable PDF built page by page: each page is the page image, with the recognised words
 * laid over it as invisible text (rendering mode 3) at their boxes, in the bundled Liberation
 * Serif (embedded, subset) so every Vietnamese letter has a glyph and copy-paste gives NFC text.
 * Each word is stretched horizontally to its box width, so selections match the image.
 */
public final class SearchablePdf implements AutoCloseable {
    private final PDDocument doc;
    private final PDType0Font font;
    private final java.util.Map<Integer, Boolean> drawable = new java.util.HashMap<>();

    public SearchablePdf() throws IOException {
        doc = new PDDocument(MemoryUsageSetting.setupMixed(64L << 20).streamCache);
        try (InputStream in = BundledFonts.open(BundledFonts.SERIF_REGULAR)) {
            font = PDType0Font.load(doc, in, true);
        }
    }

    /** Appends a page: the image (when given) and the page's words; text-layer pages get their text as lines. */
    public void add(PageText page, GrayImage image) throws IOException {
        if (image == null) {
            throw new IOException("page " + page.number() + " has no image for the searchable PDF");
        }
        float scale = 72f / image.dpi();
        PDRectangle size = new PDRectangle(image.width() * scale, image.height() * scale);
        PDPage pdfPage = new PDPage(size);
        doc.addPage(pdfPage);
        PDImageXObject xobject = LosslessFactory.createFromImage(doc, toBufferedImage(image));
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
            cs.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
            List<Word> words = page.words();
            if (words.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            for (Word w : words) {
                String text = printable(Normalizer.normalize(w.text(), Normalizer.Form.NFC));
                if (text.isEmpty()) {
                    continue;
                }
                float fontSize = Math.max(1f, (w.baseline() - w.top()) * scale * 1.35f);
                float natural = font.getStringWidth(text) / 1000f * fontSize;
                float boxWidth = Math.max(1f, w.width() * scale);
                float stretch = natural > 0 ? boxWidth / natural : 1f;
                cs.setFont(font, fontSize);
                // Tm: horizontal scaling in the matrix, origin at the word's left end on its baseline.
                cs.setTextMatrix(new Matrix(stretch, 0, 0, 1, w.left() * scale, size.getHeight() - w.baseline() * scale));
                cs.showText(text);
            }
            cs.endText();
        }
    }

    /** Keeps the characters the font can draw; others would make PDFBox refuse the whole string. */
    private String printable(String text) throws IOException {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isISOControl(cp) && drawable(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Whether the font maps the code point to a glyph; PDFont.hasGlyph takes font codes, not Unicode. */
    private boolean drawable(int cp) {
        return drawable.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static BufferedImage toBufferedImage(GrayImage image) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) b.getRaster().getDataBuffer()).getData();
        System.arraycopy(image.pixels(), 0, data, 0, data.length);
        return b;
    }

    public void save(Path target) throws IOException {
        AtomicFiles.write(target, doc::save);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

}
