package org.vanban.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words of a page the engine doubted. Tesseract gives each word a confidence; on HEAVY scans
 * most words under {@link #THRESHOLD} are misread, almost none of those read with high confidence
 * (docs/benchmarks.md, round 10).
 *
 * <p>The engine numbers its text lines; the raw text has the same lines, with blank lines between
 * blocks. Lines are matched by their words, so that a doubt always points at the line that holds it.
 * When the two disagree, no word is doubted: a doubt on the wrong line would be worse than none.
 */
public final class DoubtfulWords {
    /**
     * Words read with a confidence under this are doubted. On the 200 HEAVY validation pages 81 % of the
     * 1,482 words under 50 were misread, and 0.7 % of the 82,537 words read at 95 or more; as a threshold,
     * 50 and 60 repaired the most, 30 and 40 a little less (docs/benchmarks.md, round 10).
     */
    public static final float THRESHOLD = 50;

    private DoubtfulWords() {}

    /** The doubted words of a page, or none when its words and raw text do not line up. */
    public static List<DoubtfulWord> of(String rawText, List<Word> words) {
        return of(rawText, words, THRESHOLD);
    }

    static List<DoubtfulWord> of(String rawText, List<Word> words, float threshold) {
        if (words.stream().noneMatch(w -> w.confidence() < threshold)) {
            return List.of();
        }
        String[] lines = rawText.split("\n", -1);
        List<DoubtfulWord> doubtful = new ArrayList<>();
        int next = 0; // the next word to place
        for (int i = 0; i < lines.length && next < words.size(); i++) {
            String[] tokens = lines[i].trim().split("\\s+");
            if (tokens.length == 1 && tokens[0].isEmpty()) {
                continue;
            }
            int engineLine = words.get(next).line();
            for (String token : tokens) {
                if (next >= words.size() || words.get(next).line() != engineLine || !words.get(next).text().equals(token)) {
                    return List.of();
                }
                Word w = words.get(next++);
                if (w.confidence() < threshold) {
                    doubtful.add(new DoubtfulWord(i, w.text(), w.confidence()));
                }
            }
            if (next < words.size() && words.get(next).line() == engineLine) {
                return List.of(); // the line holds fewer words than the engine's
            }
        }
        return next == words.size() ? List.copyOf(doubtful) : List.of();
    }
}
