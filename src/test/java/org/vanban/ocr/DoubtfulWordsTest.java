package org.vanban.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Doubted words placed on the lines of the raw text, which has blank lines the engine does not number. */
class DoubtfulWordsTest {
    private static List<Word> words(String text, float... confidences) {
        return EngineWords.of(text, confidences);
    }

    @Test
    void doubtsPointAtTheLinesOfTheRawTextBlankLinesCounted() {
        String raw = "ỦY BAN NHÂN DÂN\n\ntriển khai Hà hiện\nkế hoạch ni";
        List<DoubtfulWord> d = DoubtfulWords.of(raw, words(raw, 96, 95, 97, 94, 93, 91, 12, 88, 90, 92, 3));
        assertEquals(List.of(new DoubtfulWord(2, "Hà", 12), new DoubtfulWord(3, "ni", 3)), d);
    }

    @Test
    void confidentWordsAreNotDoubted() {
        String raw = "Kế hoạch số 12\nthực hiện";
        assertEquals(List.of(), DoubtfulWords.of(raw, words(raw, 90, 91, 92, 93, 94, 95)));
        assertEquals(List.of(new DoubtfulWord(1, "thực", 49.9f)),
                DoubtfulWords.of(raw, words(raw, 90, 91, 92, 93, 49.9f, 50)));
    }

    @Test
    void wordsThatDoNotMatchTheTextGiveNoDoubts() {
        String raw = "triển khai Hà hiện";
        List<Word> other = words("triển khai Hà hiện nay", 90, 90, 10, 90, 90);
        assertEquals(List.of(), DoubtfulWords.of(raw, other), "a word the text does not have");
        List<Word> split = words("triển khai\nHà hiện", 90, 90, 10, 90);
        assertEquals(List.of(), DoubtfulWords.of(raw, split), "the engine's lines are not the text's");
        List<Word> fewer = words("triển khai Hà", 90, 90, 10);
        assertEquals(List.of(), DoubtfulWords.of(raw, fewer), "the text has more words");
    }
}
