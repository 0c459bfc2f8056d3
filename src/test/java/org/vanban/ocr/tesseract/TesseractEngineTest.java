package org.vanban.ocr.tesseract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vanban.ocr.Cer;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.Grayscale;
import org.vanban.ocr.Recognition;
import org.vanban.ocr.Scans;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.Word;
import org.vanban.samples.Degradation;
import org.vanban.samples.RenderedPage;

/** The engine adapter against real Tesseract on a rendered page. */
class TesseractEngineTest {
    private static TesseractEngine engine;
    private static RenderedPage page;
    private static Recognition recognition;

    @BeforeAll
    static void ocrOnePage() throws Exception {
        engine = TesseractEngine.open(Tessdata.locate(), Tessdata.LANGUAGE);
        page = Scans.render(Scans.text("cong-van.txt"), 300, Degradation.NONE, 1).get(0);
        recognition = engine.recognize(Grayscale.of(page.image(), 300));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void cleanPageIsReadAlmostPerfectly() {
        double cer = Cer.of(page.text(), recognition.text());
        assertTrue(cer < 0.03, "CER " + cer + "\n" + recognition.text());
    }

    @Test
    void textIsNfcVietnamese() {
        String text = recognition.text();
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
    }

    @Test
    void wordsHaveBoxesInsideThePageAndConfidences() {
        BufferedImage img = page.image();
        assertTrue(recognition.words().size() > 100, "words: " + recognition.words().size());
        for (Word w : recognition.words()) {
            assertTrue(w.left() >= 0 && w.right() <= img.getWidth() && w.top() >= 0 && w.bottom() <= img.getHeight(), w.toString());
            if (w.text().codePoints().anyMatch(Character::isLetter)) {
                assertTrue(w.baseline() > w.top() && w.baseline() <= w.bottom() + w.height() / 2, w.toString());
            }
        }
        assertTrue(recognition.meanConfidence() > 80, "confidence " + recognition.meanConfidence());
        Word first = recognition.words().get(0);
        assertEquals("ỦY", first.text());
    }

    @Test
    void wordsFollowTheTextLineByLine() {
        // The words come from Tesseract's result iterator, the text from its text call: the same lines
        // with the same words in the same order.
        List<String> fromWords = new ArrayList<>();
        int line = -1;
        for (Word w : recognition.words()) {
            if (w.line() != line) {
                fromWords.add(w.text());
                line = w.line();
            } else {
                fromWords.set(fromWords.size() - 1, fromWords.get(fromWords.size() - 1) + " " + w.text());
            }
        }
        List<String> fromText = recognition.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(fromText, fromWords);
    }

    @Test
    void blankPageGivesNoWords() throws Exception {
        byte[] white = new byte[600 * 800];
        java.util.Arrays.fill(white, (byte) 255);
        Recognition r = engine.recognize(new GrayImage(600, 800, white, 300));
        assertEquals("", r.text().strip());
        assertEquals(0, r.words().size());
        assertEquals(0, r.meanConfidence());
    }
}
