package org.vanban.text.restore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words of a page that the OCR engine itself doubted, by line: on noisy scans Tesseract's word
 * confidence tells misreadings from good words far better than any text rule can: on 200 HEAVY
 * validation pages 81 % of the words read with a confidence under 50 were wrong, and 0.7 % of those read
 * at 95 or more (docs/benchmarks.md, round 10). A doubted word is one the corrector may replace from
 * context even when it is a word the model knows.
 *
 * <p>Lines are those of the text given to the corrector (0-based, blank lines counted); the repairs
 * before the restorer keep the lines where they are, so a doubt still points at its line. A word that an
 * earlier repair rewrote is no longer doubted: it no longer matches.
 *
 * @param lines for each line that has any, the doubted words as the engine wrote them
 */
public record Doubts(Map<Integer, Set<String>> lines) {
    /** No doubts: text from a file, a text layer, or an engine that gave no confidences. */
    public static final Doubts NONE = new Doubts(Map.of());

    public Doubts {
        Map<Integer, Set<String>> copy = new HashMap<>();
        lines.forEach((line, words) -> {
            if (line < 0) {
                throw new IllegalArgumentException("line < 0: " + line);
            }
            if (!words.isEmpty()) {
                copy.put(line, Set.copyOf(words));
            }
        });
        lines = Map.copyOf(copy);
    }

    /** Whether {@code word} (as written) was doubted on the given line. */
    public boolean contains(int line, String word) {
        Set<String> words = lines.get(line);
        return words != null && words.contains(word);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Collects doubted words line by line. */
    public static final class Builder {
        private final Map<Integer, Set<String>> lines = new HashMap<>();

        public Builder add(int line, String word) {
            Objects.requireNonNull(word, "word");
            lines.computeIfAbsent(line, k -> new HashSet<>()).add(word);
            return this;
        }

        public Doubts build() {
            return lines.isEmpty() ? NONE : new Doubts(lines);
        }
    }
}
