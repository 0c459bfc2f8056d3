package org.vanban.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanWriterTest {
    private static final String TWO_PAGES = PageRendererTest.HEADER + "\f" + "Nơi nhận:\n- Như trên;\n- Lưu: VT.";
    private static List<BufferedImage> pages200;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        pages200 = new PageRenderer().render(TWO_PAGES, new RenderOptions(200, Degradation.LIGHT, 5));
        assertEquals(2, pages200.size());
    }

    @ParameterizedTest
    @ValueSource(floats = {0f, 0.8f}) // lossless Flate, and JPEG like an office scanner
    void pdfHasOneFullPageImagePerPageAtA4Size(float jpegQuality) throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        ScanWriter.writePdf(pages200, 200, jpegQuality, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                assertEquals(595.3, page.getMediaBox().getWidth(), 0.5, "A4 width in points");
                assertEquals(841.9, page.getMediaBox().getHeight(), 0.5, "A4 height in points");
                List<COSName> names = Stream.of(page.getResources().getXObjectNames().spliterator())
                        .flatMap(s -> java.util.stream.StreamSupport.stream(s, false)).toList();
                assertEquals(1, names.size());
                PDImageXObject image = (PDImageXObject) page.getResources().getXObject(names.get(0));
                assertEquals(1654, image.getWidth());
                assertEquals(2339, image.getHeight());
                assertEquals(8, image.getBitsPerComponent());
                assertEquals(jpegQuality > 0 ? "jpg" : "png", image.getSuffix());
            }
            assertEquals("", new PDFTextStripper().getText(doc).strip(), "a scan has no text layer");
        }
        assertNoTempFiles();
    }

    @Test
    void tiffHoldsEveryPageWithItsResolution() throws IOException {
        Path tiff = dir.resolve("scan.tif");
        ScanWriter.writeTiff(pages200, 200, tiff);
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(2, reader.getNumImages(true));
            for (int i = 0; i < 2; i++) {
                BufferedImage page = reader.read(i);
                assertEquals(1654, page.getWidth());
                assertEquals(2339, page.getHeight());
                assertEquals(1, page.getRaster().getNumBands());
                assertArrayEquals(PageRendererTest.pixels(pages200.get(i)), PageRendererTest.pixels(page), "lossless");
                assertEquals(200.0, dpi(reader.getImageMetadata(i)), 0.01);
            }
            reader.dispose();
        }
        assertNoTempFiles();
    }

    @Test
    void pngIsLosslessAndCarriesItsResolution() throws IOException {
        Path png = dir.resolve("page.png");
        ScanWriter.writePng(pages200.get(0), 200, png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, back.getType());
        assertArrayEquals(PageRendererTest.pixels(pages200.get(0)), PageRendererTest.pixels(back));
        assertEquals(200.0, readDpi(png), 0.01);
        assertNoTempFiles();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300})
    void jpegCarriesItsDensityInDotsPerInch(int dpi) throws IOException {
        Path jpg = dir.resolve("page.jpg");
        ScanWriter.writeJpeg(pages200.get(0), dpi, 0.85f, jpg);
        BufferedImage back = ImageIO.read(jpg.toFile());
        assertEquals(1654, back.getWidth());
        assertEquals(2339, back.getHeight());
        assertEquals(1, back.getRaster().getNumBands(), "gray JPEG");
        assertEquals(dpi, readDpi(jpg), 0.01);
        assertTrue(Files.size(jpg) < 1_500_000, "compressed: " + Files.size(jpg));
        assertNoTempFiles();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // plain Vietnamese in NFC
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 17 tháng 02 năm 2022",
        // legacy TCVN3 text shown through a Latin-1 font: what old PDFs really contain
        "Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc",
        // every tone on every vowel
        "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ đĐ",
    })
    void textPdfGivesBackItsTextExactly(String text) throws IOException {
        Path pdf = dir.resolve("born-digital.pdf");
        ScanWriter.writeTextPdf(text, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            assertEquals(text, stripper.getText(doc).strip());
        }
        assertNoTempFiles();
    }

    @Test
    void textPdfDecomposedInputComesBackNfcAndFormFeedsMakePages() throws IOException {
        Path pdf = dir.resolve("two.pdf");
        ScanWriter.writeTextPdf("Ho\u0300a Bi\u0300nh\fQuyê\u0301t đi\u0323nh", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertEquals("Quyết định", stripper.getText(doc).strip());
        }
    }

    @Test
    void textPdfWrapsLongLinesAtSpaces() throws IOException {
        String line = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc Chỉ thị này. ".repeat(6).strip();
        Path pdf = dir.resolve("long.pdf");
        ScanWriter.writeTextPdf(line, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String back = new PDFTextStripper().getText(doc).strip();
            assertTrue(back.lines().count() > 1, back);
            assertEquals(line, back.replaceAll("\\s*\\R\\s*", " "));
        }
    }

    @Test
    void failedWriteLeavesNeitherTargetNorTempFile() throws IOException {
        Path target = dir.resolve("is-a-dir.png");
        Files.createDirectory(target.resolveSibling("is-a-dir.png"));
        Files.writeString(target.resolve("keep.txt"), "x");
        assertThrows(IOException.class, () -> ScanWriter.writePng(pages200.get(0), 200, target));
        assertTrue(Files.isDirectory(target));
        assertNoTempFiles();
    }

    @Test
    void rejectsNoPagesAndCharactersTheFontLacks() {
        assertThrows(IllegalArgumentException.class, () -> ScanWriter.writePdf(List.of(), 300, dir.resolve("x.pdf")));
        assertThrows(IllegalArgumentException.class, () -> ScanWriter.writeTiff(List.of(), 300, dir.resolve("x.tif")));
        assertThrows(IllegalArgumentException.class, () -> ScanWriter.writeTextPdf("漢字", dir.resolve("x.pdf")));
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temps);
        }
    }

    private static double readDpi(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            try {
                return dpi(reader.getImageMetadata(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Resolution from the plugin-neutral metadata tree: millimetres per pixel. */
    private static double dpi(IIOMetadata metadata) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
        return 25.4 / Double.parseDouble(size.getAttribute("value"));
    }
}
