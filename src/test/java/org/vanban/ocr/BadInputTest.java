package org.vanban.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.ocr.tesseract.TesseractEngine;
import org.vanban.samples.Degradation;
import org.vanban.samples.ScanWriter;

/** Every kind of bad input fails alone, with a one-line reason naming what is wrong. */
class BadInputTest {
    @TempDir
    static Path dir;
    static OcrService service;

    @BeforeAll
    static void start() throws Exception {
        service = new OcrService(OcrConfig.defaults().withJobs(1), TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Makes a bad file in the folder and returns its path. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // a zero-byte file
                row("empty", d -> Files.createFile(d.resolve("empty.pdf")), "empty file"),
                // the first half of a real scanned PDF: no xref, objects cut off
                row("truncated PDF", d -> truncatedPdf(d.resolve("half.pdf")), "damaged PDF"),
                // random bytes with a .pdf name
                row("garbage PDF", d -> write(d.resolve("noise.pdf"), randomBytes(8192)), "not a PDF, TIFF, PNG or JPEG file (content is unrecognised)"),
                // a PDF header and nothing else
                row("header-only PDF", d -> write(d.resolve("header.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), "damaged PDF"),
                // AES-256, a user password is needed to open it
                row("encrypted PDF", d -> encryptedPdf(d.resolve("secret.pdf")), "encrypted PDF: password required"),
                // a text file named like an image
                row("text named .png", d -> Files.writeString(d.resolve("note.png"), "this is not an image\n"), "not a PDF, TIFF, PNG or JPEG file (content is text)"),
                // an HTML error page saved as .pdf (a failed download)
                row("HTML named .pdf", d -> Files.writeString(d.resolve("403.pdf"), "<!DOCTYPE html><html><body>403 Forbidden</body></html>"), "content is HTML"),
                // a GIF: a real image format vanban does not read
                row("GIF", d -> write(d.resolve("anim.gif"), "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), "unsupported format GIF"),
                // a PNG header declaring 20000x20000 with almost no data: a decompression bomb
                row("PNG bomb", d -> write(d.resolve("bomb.png"), pngDeclaring(20000, 20000)), "20000x20000 pixels, over the 100-megapixel limit"),
                // a PNG cut off in its image data
                row("truncated PNG", d -> truncatedPng(d.resolve("cut.png")), "damaged PNG"),
                // a PDF page of 200x200 inches: 60000x60000 px at 300 dpi
                row("huge PDF page", d -> pdfWithPage(d.resolve("poster.pdf"), new PDRectangle(14400, 14400)), "over the 100-megapixel limit"),
                // a page whose content stream claims to be a JBIG2 image: a bitmap bomb if decoded
                row("content stream with an image filter", d -> pdfWithImageFilteredContent(d.resolve("jbig2.pdf"), false),
                        "content stream compressed with the image filter JBIG2Decode"),
                // the same trick inside a form drawn on an ordinary page
                row("form with an image filter", d -> pdfWithImageFilteredContent(d.resolve("form.pdf"), true),
                        "form stream compressed with the image filter JBIG2Decode"),
                // a path that does not exist
                row("missing", d -> d.resolve("missing.tif"), "no such file"),
                // a symbolic link pointing at itself
                row("symlink loop", d -> Files.createSymbolicLink(d.resolve("loop.pdf"), Path.of("loop.pdf")), "symbolic link loop"),
                // a folder given where a file is expected
                row("folder", d -> Files.createDirectories(d.resolve("folder.pdf")), "is a directory"));
    }

    private static Arguments row(String name, Maker maker, String reason) {
        return Arguments.of(name, maker, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithReason(String name, Maker maker, String reason) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(name.replace(' ', '-')));
        Path file = maker.make(sub);
        InputException e = assertThrows(InputException.class, () -> service.process(file));
        assertTrue(e.getMessage().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
    }

    @Test
    void aPageWhoseContentsArrayHoldsItselfIsStillRead() throws Exception {
        // the content-stream guard looks one level into /Contents: an array that holds itself must
        // not send it round in circles
        Path file = write(dir.resolve("self.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj\n"
                + "4 0 obj [4 0 R] endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, service.process(file).pages().size());
    }

    static Path write(Path p, byte[] bytes) throws IOException {
        return Files.write(p, bytes);
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(20240601).nextBytes(b);
        b[0] = 'x'; // never a magic number by chance
        return b;
    }

    static Path truncatedPdf(Path p) throws IOException {
        Path whole = p.resolveSibling("whole.pdf");
        ScanWriter.writePdf(Scans.images("Một trang thử nghiệm.", 150, Degradation.NONE), 150, whole);
        byte[] all = Files.readAllBytes(whole);
        Files.delete(whole);
        return write(p, Arrays.copyOf(all, all.length / 2));
    }

    static Path truncatedPng(Path p) throws IOException {
        Path whole = p.resolveSibling("whole.png");
        ScanWriter.writePng(Scans.images("Một trang thử nghiệm.", 150, Degradation.LIGHT).get(0), 150, whole);
        byte[] all = Files.readAllBytes(whole);
        Files.delete(whole);
        return write(p, Arrays.copyOf(all, all.length / 3));
    }

    static Path encryptedPdf(Path p) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(p.toFile());
        }
        return p;
    }

    /** A page of the given size carrying a small image, so it is a "scan" that must be rendered. */
    static Path pdfWithPage(Path p, PDRectangle size) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 100, 100);
            }
            doc.save(p.toFile());
        }
        return p;
    }

    /**
     * A page (or a form on a page) whose operators are stored as if they were a JBIG2 image: the
     * bytes are a JBIG2 page header declaring 100000x100000 pixels, as in a known PDF bomb.
     */
    static Path pdfWithImageFilteredContent(Path p, boolean inForm) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            org.apache.pdfbox.cos.COSStream bomb = doc.getDocument().createCOSStream();
            try (java.io.OutputStream out = bomb.createRawOutputStream()) {
                DataOutputStream d = new DataOutputStream(out);
                d.writeInt(0); // segment number
                d.write(new byte[] {48, 0, 1}); // page information, no referred segments, page 1
                d.writeInt(19); // data length
                d.writeInt(100_000); // width
                d.writeInt(100_000); // height
                d.write(new byte[11]);
            }
            bomb.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.JBIG2_DECODE);
            if (inForm) {
                bomb.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.XOBJECT);
                bomb.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.FORM);
                org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(bomb);
                form.setBBox(new PDRectangle(100, 100));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawForm(form);
                }
            } else {
                page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, bomb);
            }
            doc.save(p.toFile());
        }
        return p;
    }

    /** A valid PNG signature and IHDR for a gray image of the given size, one tiny IDAT, IEND. */
    static byte[] pngDeclaring(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.write(new byte[] {8, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] buf = new byte[2000];
        chunk(out, "IDAT", Arrays.copyOf(buf, deflater.deflate(buf)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

}
