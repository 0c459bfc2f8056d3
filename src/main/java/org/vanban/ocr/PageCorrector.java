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

    /**
     * Called once, just before an OCR engine begins reading the first page; must return at once. A
     * corrector with a model to load starts loading it here, in the background. Started sooner, the
     * loading would compete for the cores with the engines' own start and with the page's decoding.
     *
     * @param oneFile whether the run reads a single file: then the other cores may well stay idle while
     *                its engine reads (a one-page scan), whereas in a batch every engine is soon busy
     */
    default void prepare(boolean oneFile) {}

    /** A corrector that reads the text alone. */
    static PageCorrector ofText(UnaryOperator<String> corrector) {
        return (text, doubtful) -> corrector.apply(text);
    }
}
