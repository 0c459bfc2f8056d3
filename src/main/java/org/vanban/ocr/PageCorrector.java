package org.vanban.ocr;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Repairs the raw text of one recognised page, told which of its words the engine doubted. The OCR
 * stage calls it on every page it recognises; it must be thread-safe.
 */
@FunctionalInterface
public interface PageCorrector {
    /** Keeps the engine's text as it is. */
    PageCorrector NONE = (text, doubtful) -> text;

    String correct(String rawText, List<DoubtfulWord> doubtful);

    /** A corrector that reads the text alone. */
    static PageCorrector ofText(UnaryOperator<String> corrector) {
        return (text, doubtful) -> corrector.apply(text);
    }
}
