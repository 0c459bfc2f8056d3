package org.vanban.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.DocIds;
import org.vanban.ocr.DoubtfulWord;
import org.vanban.ocr.EngineWords;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.PageMode;
import org.vanban.ocr.PageText;

/** OCR text kept beside the index, with the words the engine doubted, read back for a later correction. */
class ArtefactStoreTest {
    @TempDir
    Path tmp;

    /** A page as the engine returns it: the text and its words, one confidence per word. */
    private static PageText page(int number, String raw, float... confidences) {
        return new PageText(number, raw, raw, 80, PageMode.OCR, 300, 5, EngineWords.of(raw, confidences));
    }

    @Test
    void theDoubtedWordsComeBackWithTheTextAndCorrectTheSameWay() throws Exception {
        String first = "KẾ HOẠCH\n\nSở Tài chính bố trí kinh pin thực hiện";
        String second = "Giao Sở Nội vụ theo dõi, kiểm tra";
        OcrResult result = new OcrResult("plan.png", DocIds.sha256(new byte[] {1}), List.of(
                page(1, first, 95, 96, 97, 95, 96, 94, 93, 95, 12, 96, 97),
                page(2, second, 95, 96, 97, 95, 96, 94, 93, 92)));
        SourceText made = new SourceText(result.text(), "ocr", 2, result);
        assertEquals(List.of(List.of(new DoubtfulWord(2, "pin", 12)), List.of()), made.doubtful());

        ArtefactStore store = new ArtefactStore(tmp.resolve("artefacts"));
        store.put(result.sha256(), made);
        assertTrue(Files.readString(store.jsonPath(result.sha256())).contains("\"doubtful\""));
        SourceText cached = store.get(result.sha256()).orElseThrow();
        assertEquals(made.doubtful(), cached.doubtful());
        assertEquals(made.text(), cached.text());

        SourceFile file = SourceFile.unhashed(List.of(tmp.resolve("plan.png")));
        String fresh = new Correction(f -> made, Correction.standard()).read(file).text();
        String again = new Correction(f -> cached, Correction.standard()).read(file).text();
        assertTrue(fresh.contains("bố trí kinh phí thực hiện"), fresh);
        assertEquals(fresh, again, "a re-index from the cache corrects as the first run did");
        String blind = new Correction(f -> new SourceText(made.text(), "ocr", 2), Correction.standard()).read(file).text();
        assertTrue(blind.contains("kinh pin"), "without the engine's doubts the word stays: " + blind);
    }
}
