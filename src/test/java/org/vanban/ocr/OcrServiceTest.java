package org.vanban.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.ocr.tesseract.TesseractEngine;
import org.vanban.samples.Degradation;
import org.vanban.samples.RenderedPage;
import org.vanban.samples.ScanWriter;

/** The service end to end: real renders, real Tesseract, every input format and mode. */
class OcrServiceTest {
    @TempDir
    static Path dir;
    static OcrService service;
    static List<RenderedPage> pages;
    static String truth;

    @BeforeAll
    static void start() throws Exception {
        service = new OcrService(OcrConfig.defaults().withJobs(2),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE));
        String text = Scans.text("cong-van.txt");
        // Twice the letter: two pages, so multi-page paths are exercised.
        pages = Scans.render(text + "\n" + text, 300, Degradation.LIGHT, 11);
        assertEquals(2, pages.size(), "the test text should fill two pages");
        truth = text;
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static List<BufferedImage> images() {
        return pages.stream().map(RenderedPage::image).toList();
    }

    private static void assertPagesRead(OcrResult result, int n, double maxCer) {
        assertEquals(n, result.pages().size());
        for (int i = 0; i < n; i++) {
            PageText p = result.pages().get(i);
            assertEquals(i + 1, p.number());
            assertEquals(PageMode.OCR, p.mode());
            double cer = Cer.of(pages.get(i).text(), p.text());
            assertTrue(cer < maxCer, "page " + (i + 1) + " CER " + cer + ":\n" + p.text());
            assertTrue(p.confidence() > 70, "confidence " + p.confidence());
            assertEquals(p.rawText(), p.text(), "no corrector configured");
        }
    }

    @Test
    void multiPageTiffGivesOnePageTextPerDirectory() throws Exception {
        Path tif = dir.resolve("scan.tif");
        ScanWriter.writeTiff(images(), 300, tif);
        OcrResult r = service.process(tif);
        assertPagesRead(r, 2, 0.05);
        assertEquals(OcrService.sha256(tif), r.sha256());
        assertEquals(tif.toString(), r.source());
        assertTrue(r.text().contains("\f"), "pages separated by a form feed");
    }

    @Test
    void scannedPdfIsRenderedAndOcred() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        ScanWriter.writePdf(images(), 300, pdf);
        OcrResult r = service.process(pdf);
        assertPagesRead(r, 2, 0.05);
        assertEquals(300, r.pages().get(0).dpi());
    }

    @Test
    void jpegAndPngAreRead() throws Exception {
        Path jpg = dir.resolve("page.jpg");
        Path png = dir.resolve("page.png");
        ScanWriter.writeJpeg(images().get(0), 300, 0.8f, jpg);
        ScanWriter.writePng(images().get(0), 300, png);
        assertPagesRead(service.process(jpg), 1, 0.05);
        assertPagesRead(service.process(png), 1, 0.05);
    }

    @Test
    void jpegNamedPngIsReadByContent() throws Exception {
        Path jpg = dir.resolve("looks-like.png");
        ScanWriter.writeJpeg(images().get(0), 300, 0.8f, jpg);
        assertPagesRead(service.process(jpg), 1, 0.05);
    }

    @Test
    void bornDigitalPdfUsesItsTextLayerInAutoModeAndOcrInForceMode() throws Exception {
        Path pdf = dir.resolve("born.pdf");
        ScanWriter.writeTextPdf(truth, pdf);
        OcrResult auto = service.process(pdf);
        assertEquals(PageMode.TEXT_LAYER, auto.pages().get(0).mode());
        assertEquals(0, auto.pages().get(0).dpi());
        assertTrue(Cer.of(truth, auto.text()) < 0.01, auto.text());

        try (OcrService force = new OcrService(service.config().withMode(OcrMode.FORCE).withJobs(1),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            OcrResult forced = force.process(pdf);
            assertEquals(PageMode.OCR, forced.pages().get(0).mode());
            assertTrue(Cer.of(truth, forced.text()) < 0.03, forced.text());
        }
    }

    @Test
    void skipModeNeverOcrsAScan() throws Exception {
        Path pdf = dir.resolve("scan-skip.pdf");
        ScanWriter.writePdf(images().subList(0, 1), 300, pdf);
        try (OcrService skip = new OcrService(service.config().withMode(OcrMode.SKIP).withJobs(1),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            OcrResult r = skip.process(pdf);
            assertEquals(PageMode.TEXT_LAYER, r.pages().get(0).mode());
            assertEquals("", r.pages().get(0).text());
        }
    }

    @Test
    void correctorHookRewritesTextAndKeepsRawText() throws Exception {
        Path png = dir.resolve("hook.png");
        ScanWriter.writePng(images().get(0), 300, png);
        try (OcrService upper = new OcrService(service.config().withJobs(1).withCorrector(s -> "[" + s + "]"),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            PageText p = upper.process(png).pages().get(0);
            assertEquals("[" + p.rawText() + "]", p.text());
        }
    }

    /** Counts its preparations, and the corrections that came before one. */
    private static final class PreparedCorrector implements PageCorrector {
        final AtomicInteger prepared = new AtomicInteger();
        final AtomicInteger correctedUnprepared = new AtomicInteger();
        final AtomicBoolean oneFile = new AtomicBoolean();

        @Override
        public String correct(String rawText, List<DoubtfulWord> doubtful) {
            if (prepared.get() == 0) {
                correctedUnprepared.incrementAndGet();
            }
            return rawText;
        }

        @Override
        public void prepare(boolean oneFile) {
            prepared.incrementAndGet();
            this.oneFile.set(oneFile);
        }
    }

    @Test
    void theCorrectorIsPreparedOnceWhenTheFirstPageGoesToAnEngine() throws Exception {
        Path tif = dir.resolve("prepared.tif");
        ScanWriter.writeTiff(images(), 300, tif);
        Path born = dir.resolve("prepared-born.pdf");
        ScanWriter.writeTextPdf(truth, born);
        PreparedCorrector corrector = new PreparedCorrector();
        try (OcrService s = new OcrService(service.config().withJobs(2).withPageCorrector(corrector),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            assertEquals(PageMode.TEXT_LAYER, s.process(born).pages().get(0).mode());
            assertEquals(0, corrector.prepared.get(), "a text layer goes to no engine: nothing to prepare for");
            assertEquals(2, s.process(tif).pages().size());
            assertEquals(2, s.process(tif).pages().size());
        }
        assertEquals(1, corrector.prepared.get(), "once per service, for four pages on two engines");
        assertEquals(0, corrector.correctedUnprepared.get(), "prepared before the first correction");
        assertTrue(corrector.oneFile.get(), "the first page read was of a one-file run");

        PreparedCorrector batch = new PreparedCorrector();
        try (OcrService s = new OcrService(service.config().withJobs(2).withPageCorrector(batch),
                TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            assertEquals(2, s.collect(List.of(tif, born)).results().size());
        }
        assertEquals(1, batch.prepared.get());
        assertFalse(batch.oneFile.get(), "a batch of two files");
    }

    @Test
    void theCorrectorIsToldTheWordsTesseractDoubtedOnTheirLines() throws Exception {
        // a noisy scan: Tesseract is unsure of some words
        Path png = dir.resolve("heavy.png");
        ScanWriter.writePng(Scans.render(truth, 300, Degradation.HEAVY, 11).get(0).image(), 300, png);
        Map<String, List<DoubtfulWord>> told = new ConcurrentHashMap<>();
        try (OcrService s = new OcrService(service.config().withJobs(1).withPageCorrector((text, doubtful) -> {
            told.put(text, doubtful);
            return text;
        }), TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            PageText p = s.process(png).pages().get(0);
            List<DoubtfulWord> doubtful = p.doubtful();
            assertEquals(doubtful, told.get(p.rawText()), "the corrector gets the page's doubted words");
            assertTrue(!doubtful.isEmpty(), "a HEAVY scan has words Tesseract doubts:\n" + p.rawText());
            String[] lines = p.rawText().split("\n", -1);
            for (DoubtfulWord w : doubtful) {
                assertTrue(w.confidence() < DoubtfulWords.THRESHOLD, w.toString());
                assertTrue(List.of(lines[w.line()].trim().split("\\s+")).contains(w.word()),
                        w + " is a word of line " + w.line() + ": " + lines[w.line()]);
            }
            long confident = p.words().stream().filter(w -> w.confidence() >= DoubtfulWords.THRESHOLD).count();
            assertEquals(p.words().size() - confident, doubtful.size(), "every word under the threshold, no other");
        }
    }

    @Test
    void batchReportsEveryFileOnceAndGoesOnAfterFailures() throws Exception {
        Path good = dir.resolve("batch-good.png");
        ScanWriter.writePng(images().get(0), 300, good);
        Path empty = Files.createFile(dir.resolve("batch-empty.pdf"));
        Path text = Files.writeString(dir.resolve("batch-text.png"), "not an image");
        Map<Path, String> outcomes = new ConcurrentHashMap<>();
        service.processAll(List.of(empty, good, text), new OcrListener() {
            @Override
            public void succeeded(Path file, OcrResult result) {
                assertTrue(outcomes.put(file, "ok") == null);
            }

            @Override
            public void failed(Path file, String reason) {
                assertTrue(outcomes.put(file, reason) == null);
            }
        });
        assertEquals(Map.of(good, "ok", empty, "empty file",
                text, "not a PDF, TIFF, PNG or JPEG file (content is text)"), outcomes);
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> service.process(dir.resolve("nope.pdf")));
        assertEquals("no such file", e.getMessage());
    }
}
