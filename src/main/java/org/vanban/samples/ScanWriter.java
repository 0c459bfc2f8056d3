package org.vanban.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.vanban.fonts.BundledFonts;

/**
 * Writes page images the way scanners deliver them (image-only PDF, multi-page TIFF, PNG, JPEG,
 * each carrying its resolution) and born-digital PDFs with a real text layer. Every write goes
 * through a temporary file and a rename.
 */
public final class ScanWriter {
    private ScanWriter() {}

    /** An image-only PDF, pages losslessly compressed (Flate), each page sized from its pixels and dpi. */
    public static void writePdf(List<BufferedImage> pages, int dpi, Path out) throws IOException {
        writePdf(pages, dpi, 0, out);
    }

    /**
     * An image-only PDF with each page JPEG-compressed at {@code jpegQuality} (0..1), as most office
     * scanners do; a quality of 0 means lossless Flate instead.
     */
    public static void writePdf(List<BufferedImage> pages, int dpi, float jpegQuality, Path out) throws IOException {
        requirePages(pages);
        requireDpi(dpi);
        if (!(jpegQuality >= 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("jpeg quality must be in [0, 1]: " + jpegQuality);
        }
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDImageXObject xobject = jpegQuality > 0
                        ? JPEGFactory.createFromImage(doc, GrayImages.toGray(image), jpegQuality, dpi)
                        : LosslessFactory.createFromImage(doc, GrayImages.toGray(image));
                float width = image.getWidth() * 72f / dpi;
                float height = image.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, width, height);
                }
            }
            AtomicFiles.write(out, doc::save);
        }
    }

    /** A multi-page TIFF (LZW, 8-bit gray) with its resolution in the XResolution/YResolution tags. */
    public static void writeTiff(List<BufferedImage> pages, int dpi, Path out) throws IOException {
        requirePages(pages);
        requireDpi(dpi);
        ImageWriter writer = GrayImages.writerFor("tiff");
        try {
            AtomicFiles.write(out, stream -> {
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
                    writer.setOutput(ios);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionType("LZW");
                    writer.prepareWriteSequence(null);
                    for (BufferedImage page : pages) {
                        BufferedImage gray = GrayImages.toGray(page);
                        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(gray), param);
                        writer.writeToSequence(new IIOImage(gray, null, tiffResolution(metadata, dpi)), param);
                    }
                    writer.endWriteSequence();
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** A PNG with its resolution in the pHYs chunk. */
    public static void writePng(BufferedImage page, int dpi, Path out) throws IOException {
        requireDpi(dpi);
        BufferedImage gray = GrayImages.toGray(page);
        ImageWriter writer = GrayImages.writerFor("png");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(gray), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            AtomicFiles.write(out, stream -> {
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
                    writer.setOutput(ios);
                    writer.write(null, new IIOImage(gray, null, metadata), param);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** A baseline JFIF JPEG at {@code quality} (0..1] with its density in dots per inch. */
    public static void writeJpeg(BufferedImage page, int dpi, float quality, Path out) throws IOException {
        requireDpi(dpi);
        AtomicFiles.write(out, stream -> GrayImages.encodeJpeg(page, quality, dpi, stream));
    }

    /**
     * A born-digital A4 PDF whose text layer is {@code text} (NFC), set in the embedded bundled
     * Liberation Serif 12 pt: one line per input line, long lines wrapped at spaces, a form feed
     * starts a new page. Characters need not be Vietnamese: legacy TCVN3 mojibake such as
     * "Céng hßa x· héi chñ nghÜa" is written as is, which is what such PDFs contain.
     *
     * @throws IllegalArgumentException when the text holds a character the font cannot show
     */
    public static void writeTextPdf(String text, Path out) throws IOException {
        String clean = PageLayout.clean(Normalizer.normalize(text, Normalizer.Form.NFC));
        float size = 12f;
        float leading = 14.5f;
        PDRectangle a4 = PDRectangle.A4;
        float left = (float) PageLayout.MARGIN_LEFT_PT;
        float top = a4.getHeight() - (float) PageLayout.MARGIN_TOP_PT - size;
        float bottom = (float) PageLayout.MARGIN_BOTTOM_PT;
        float maxWidth = a4.getWidth() - left - (float) PageLayout.MARGIN_RIGHT_PT;
        try (PDDocument doc = new PDDocument(); InputStream fontFile = BundledFonts.open(BundledFonts.SERIF_REGULAR)) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            for (String pageText : clean.split("\f", -1)) {
                List<String> lines = new ArrayList<>();
                for (String line : pageText.split("\n", -1)) {
                    lines.addAll(wrapForPdf(line, font, size, maxWidth));
                }
                int i = 0;
                do {
                    PDPage page = new PDPage(a4);
                    doc.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        for (float y = top; i < lines.size() && y >= bottom; y -= leading, i++) {
                            if (lines.get(i).isEmpty()) {
                                continue;
                            }
                            content.beginText();
                            content.setFont(font, size);
                            content.newLineAtOffset(left, y);
                            content.showText(lines.get(i));
                            content.endText();
                        }
                    }
                } while (i < lines.size());
            }
            AtomicFiles.write(out, doc::save);
        }
    }

    private static List<String> wrapForPdf(String line, PDType0Font font, float size, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (widthOf(rest, font, size) > maxWidth) {
            int cut = rest.lastIndexOf(' ');
            while (cut > 0 && widthOf(rest.substring(0, cut), font, size) > maxWidth) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
            if (cut <= 0) {
                break; // one unbreakable word: let it run into the margin rather than lose it
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }

    private static float widthOf(String s, PDType0Font font, float size) throws IOException {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the bundled font cannot show this text: " + e.getMessage(), e);
        }
    }

    private static IIOMetadata tiffResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(metadata);
        BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
        long[][] resolution = {{dpi, 1}};
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, resolution));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, resolution));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
        return dir.getAsMetadata();
    }

    private static void requirePages(List<BufferedImage> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to write");
        }
    }

    private static void requireDpi(int dpi) {
        if (dpi < 1 || dpi > 10_000) {
            throw new IllegalArgumentException("dpi out of range: " + dpi);
        }
    }
}
