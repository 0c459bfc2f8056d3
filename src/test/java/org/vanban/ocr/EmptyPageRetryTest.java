package org.vanban.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.ocr.preprocess.Preprocessing;
import org.vanban.ocr.tesseract.TesseractEngine;
import org.vanban.samples.Degradation;
import org.vanban.samples.RenderedPage;

/** The second reading of pages Tesseract finds nothing on, with real Tesseract on rendered noisy pages. */
class EmptyPageRetryTest {
    /** A last page that holds only the recipients and the signature block. */
    private static final String LAST_PAGE = """
            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Trần Văn Nam
            """;

    private static TesseractEngine engine;

    @BeforeAll
    static void start() throws Exception {
        engine = TesseractEngine.open(Tessdata.locate(), Tessdata.LANGUAGE);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static GrayImage heavyScan(String text) {
        RenderedPage page = Scans.render(text, 300, Degradation.HEAVY, 1).get(0);
        return Preprocessing.applyAll(Grayscale.of(page.image(), 300), Preprocessing.DEFAULT);
    }

    @Test
    void aNoisyPageWithLittleTextIsReadOnTheSecondTry() throws Exception {
        GrayImage page = heavyScan(LAST_PAGE);
        assertEquals("", engine.recognize(page).text().strip(), "the case under test: Tesseract reads nothing at first");

        Recognition r = EmptyPageRetry.recognize(engine, page, Preprocessing.DEFAULT);
        assertTrue(r.text().contains("Nơi nhận") && r.text().contains("Văn Nam"), r.text());
        // Reading order on such a page is loose (the dashes may come before "Nơi nhận"): count words.
        java.util.Set<String> read = java.util.Set.of(r.text().split("[\\s;:.,'“”—-]+"));
        long found = java.util.Arrays.stream(LAST_PAGE.split("[\\s;:.,-]+")).distinct().filter(read::contains).count();
        assertTrue(found >= 8, found + " of the page's words read:\n" + r.text());
        assertTrue(EmptyPageRetry.holdsRealWords(r));
        assertTrue(r.words().stream().allMatch(w -> w.confidence() >= EmptyPageRetry.SPECK_CONFIDENCE), r.words().toString());
        assertEquals(r.words().stream().map(Word::text).toList(), java.util.Arrays.asList(r.text().split("\\s+")),
                "the text is made of the words kept");
    }

    @Test
    void aNoisyBlankPageStaysEmpty() throws Exception {
        GrayImage page = heavyScan("\n");
        Recognition thresholded = engine.recognize(Preprocessing.BINARIZE.apply(page));
        assertFalse(thresholded.words().isEmpty(), "the case under test: thresholding turns the noise into marks");

        Recognition r = EmptyPageRetry.recognize(engine, page, Preprocessing.DEFAULT);
        assertEquals("", r.text().strip(), r.text());
    }
}
