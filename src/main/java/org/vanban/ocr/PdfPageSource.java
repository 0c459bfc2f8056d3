package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Pages of a PDF, with PDFBox. Per page, the {@link OcrMode} and the {@link TextLayerJudge}
 * decide between the text layer and a 300 dpi grayscale rendering for OCR.
 *
 * <p>Defences against hostile files: parsed objects beyond {@value #MAX_MAIN_MEMORY_MB} MB spill
 * to a temp file capped at {@value #MAX_SCRATCH_MB} MB; a page whose rendering would exceed
 * {@link ImageLimits#MAX_PIXELS} is refused from its MediaBox before rendering, and every image
 * drawn on a page is checked from its dictionary before it is decoded.
 */
final class PdfPageSource implements PageSource {
    private static final int MAX_MAIN_MEMORY_MB = 64;
    private static final int MAX_SCRATCH_MB = 1024;
    /** Images inside a page may be larger than the page raster, but not bombs. */
    private static final long MAX_EMBEDDED_IMAGE_PIXELS = 2 * ImageLimits.MAX_PIXELS;
    private static final Logger[] QUIET = {Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")};

    static {
        // PDFBox logs every repair it makes through java.util.logging onto stderr; the batch
        // reports each file in one line itself.
        for (Logger logger : QUIET) {
            logger.setLevel(Level.OFF);
        }
    }

    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final OcrMode mode;
    private final int dpi;
    private final boolean wantImages;
    private final int declared;
    private int index;

    PdfPageSource(Path file, OcrMode mode, int dpi, boolean wantImages) throws InputException {
        this.mode = mode;
        this.dpi = dpi;
        this.wantImages = wantImages;
        try {
            this.doc = Loader.loadPDF(file.toFile(), "",
                    MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY_MB * 1024L * 1024, MAX_SCRATCH_MB * 1024L * 1024).streamCache);
        } catch (InvalidPasswordException e) {
            throw new InputException("encrypted PDF: password required");
        } catch (IOException | RuntimeException e) {
            throw new InputException(Reasons.decoding("PDF", e), e);
        }
        try {
            // The page count can lie (a /Count of billions, loops in the tree); pages past the real
            // ones fail to load, and reading stops there.
            this.declared = doc.getNumberOfPages();
        } catch (RuntimeException e) {
            close();
            throw new InputException(Reasons.decoding("PDF", e), e);
        }
        this.renderer = new GuardedRenderer(doc);
    }

    @Override
    public int declaredPages() {
        return declared;
    }

    @Override
    public SourcePage next() throws InputException {
        if (index >= declared) {
            if (index == 0) {
                throw new InputException("PDF has no pages");
            }
            return null;
        }
        PDPage page;
        try {
            page = doc.getPage(index);
        } catch (RuntimeException e) {
            if (index == 0) {
                throw new InputException(Reasons.decoding("PDF", e), e);
            }
            return null; // a damaged page tree after good pages: keep what was read
        }
        int number = ++index;
        try {
            refuseImageFilters(page.getCOSObject().getDictionaryObject(COSName.CONTENTS), "content");
            OnePageStripper stripper = mode == OcrMode.FORCE ? null : strip(page);
            String layer = stripper == null ? null : stripper.text;
            if (layer != null && mode == OcrMode.AUTO && !worthUsing(layer, page)) {
                layer = null;
            }
            if (mode == OcrMode.SKIP && layer == null) {
                layer = "";
            }
            GrayImage image = layer == null || wantImages ? render(page, number) : null;
            List<Word> words = layer != null && image != null && stripper != null ? stripper.words : List.of();
            return new SourcePage(number, layer, image, words);
        } catch (IOException | RuntimeException e) {
            throw new InputException("page " + number + ": " + Reasons.decoding("PDF", e), e);
        }
    }

    /** Filters that decode images, never the operators of a content stream. */
    private static final java.util.Set<COSName> IMAGE_FILTERS = java.util.Set.of(COSName.JBIG2_DECODE, COSName.DCT_DECODE,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE);

    /**
     * Refuses a content stream (a page's, or a form's drawn on it) compressed with an image filter,
     * before it is decoded. Such a stream is not a valid PDF, and it is a known bomb: a few kilobytes
     * of JBIG2 declaring a 100000x100000 bitmap, which the JBIG2 decoder would build (a gigabyte per
     * stream, two minutes of CPU) before the parser found no operators in it.
     */
    private static void refuseImageFilters(COSBase contents, String what) throws IOException {
        // one level only: a hostile file can make an array hold itself
        if (contents instanceof COSArray streams) {
            for (int i = 0; i < streams.size(); i++) {
                if (streams.getObject(i) instanceof COSStream stream) {
                    refuseImageFilters(stream, what);
                }
            }
        } else if (contents instanceof COSStream stream) {
            refuseImageFilters(stream, what);
        }
    }

    private static void refuseImageFilters(COSStream stream, String what) throws IOException {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray chain) {
            for (int i = 0; i < chain.size(); i++) {
                refuseImageFilter(chain.getObject(i), what);
            }
        } else {
            refuseImageFilter(filters, what);
        }
    }

    private static void refuseImageFilter(COSBase filter, String what) throws IOException {
        if (filter instanceof COSName name && IMAGE_FILTERS.contains(name)) {
            throw new IOException(what + " stream compressed with the image filter " + name.getName() + " (refused before decoding)");
        }
    }

    /**
     * {@link #refuseImageFilters} for a form, unchecked: PDFBox carries on past an operator that
     * fails with an {@link IOException}, which would skip the form but hide the reason.
     */
    private static void refuseFormImageFilters(PDFormXObject form) {
        try {
            refuseImageFilters(form.getCOSObject(), "form");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Real text is used; garbage never. A near-empty layer is used only when the page has no
     * image to OCR (a blank page or a page with a page number): scans always carry an image.
     */
    private static boolean worthUsing(String layer, PDPage page) {
        return switch (TextLayerJudge.judge(layer)) {
            case USE -> true;
            case GARBAGE -> false;
            case EMPTY -> !hasImages(page);
        };
    }

    private static boolean hasImages(PDPage page) {
        try {
            PDResources resources = page.getResources();
            if (resources == null) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name) || resources.getXObject(name) instanceof PDFormXObject) {
                    return true; // forms may wrap the scan; OCR to be safe
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private OnePageStripper strip(PDPage page) throws IOException {
        OnePageStripper stripper = new OnePageStripper(page, dpi / 72.0);
        stripper.setSortByPosition(true);
        stripper.text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC).strip();
        return stripper;
    }

    /**
     * Extracts the text of one page, and its words with boxes (for searchable PDFs and hOCR of
     * text-layer pages). PDFTextStripper's own page range walks the whole page tree for every
     * call, which made a 10,000-page file quadratic.
     */
    private static final class OnePageStripper extends PDFTextStripper {
        private final PDPage page;
        private final double scale;
        final List<Word> words = new ArrayList<>();
        String text;
        private int line = -1;
        private float lastBaseline = Float.NaN;

        OnePageStripper(PDPage page, double scale) {
            this.page = page;
            this.scale = scale;
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            refuseFormImageFilters(form);
            super.showForm(form);
        }

        @Override
        protected void processPages(PDPageTree pages) throws IOException {
            if (page.hasContents()) {
                processPage(page);
            }
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            super.writeString(string, positions);
            if (positions.isEmpty() || string.isBlank() || words.size() > 100_000) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float baseline = first.getYDirAdj();
            float height = Math.max(1, first.getHeightDir());
            if (Float.isNaN(lastBaseline) || Math.abs(baseline - lastBaseline) > height / 2) {
                line++;
                lastBaseline = baseline;
            }
            int left = (int) Math.max(0, Math.round(first.getXDirAdj() * scale));
            int right = (int) Math.max(left, Math.round((last.getXDirAdj() + last.getWidthDirAdj()) * scale));
            int base = (int) Math.max(1, Math.round(baseline * scale));
            int top = (int) Math.max(0, Math.min(base - 1, Math.round((baseline - height) * scale)));
            int bottom = (int) Math.max(base, Math.round((baseline + height * 0.25) * scale));
            words.add(new Word(Normalizer.normalize(string.strip(), Normalizer.Form.NFC), left, top, right, bottom, base, line, 100));
        }
    }

    private GrayImage render(PDPage page, int number) throws IOException, InputException {
        PDRectangle box = page.getCropBox();
        double scale = dpi / 72.0;
        double w = Math.abs(box.getWidth()) * scale, h = Math.abs(box.getHeight()) * scale;
        if (page.getRotation() % 180 != 0) {
            double t = w;
            w = h;
            h = t;
        }
        if (!(w * h <= ImageLimits.MAX_PIXELS) || !(w <= 100_000 && h <= 100_000)) {
            throw new InputException("page " + number + " would be " + Math.round(w) + "x" + Math.round(h)
                    + " pixels at " + dpi + " dpi, over the " + ImageLimits.MAX_PIXELS / 1_000_000 + "-megapixel limit");
        }
        BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
        return Grayscale.of(image, dpi);
    }

    @Override
    public void close() {
        try {
            if (doc != null) {
                doc.close();
            }
        } catch (IOException ignored) {
            // read-only document: nothing to lose
        }
    }

    /** A renderer that refuses image bombs inside a page before PDFBox decodes them. */
    private static final class GuardedRenderer extends PDFRenderer {
        GuardedRenderer(PDDocument doc) {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                public void showForm(PDFormXObject form) throws IOException {
                    refuseFormImageFilters(form);
                    super.showForm(form);
                }

                @Override
                public void drawImage(PDImage image) throws IOException {
                    long pixels = (long) image.getWidth() * image.getHeight();
                    if (pixels > MAX_EMBEDDED_IMAGE_PIXELS) {
                        throw new IOException("embedded image of " + image.getWidth() + "x" + image.getHeight()
                                + " pixels, over the limit (refused before decoding)");
                    }
                    super.drawImage(image);
                }
            };
        }
    }
}
