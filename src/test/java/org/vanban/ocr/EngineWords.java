package org.vanban.ocr;

import java.util.ArrayList;
import java.util.List;

/** The words an engine would give for a text: numbered by non-blank line, one confidence per word in order. */
public final class EngineWords {
    private EngineWords() {}

    public static List<Word> of(String text, float... confidences) {
        List<Word> words = new ArrayList<>();
        int line = 0;
        int k = 0;
        for (String l : text.split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            for (String w : l.trim().split("\\s+")) {
                words.add(new Word(w, 0, 0, 10, 10, 10, line, confidences[k++]));
            }
            line++;
        }
        return words;
    }
}
