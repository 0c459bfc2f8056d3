package org.vanban.pipeline;

import java.util.function.UnaryOperator;

/**
 * The text corrector applied to the raw OCR text of every page before extraction and indexing:
 * diacritic restoration and OCR repair. This is the one place that chooses it; the OCR service
 * applies it page by page ({@code OcrConfig.corrector}) and the artefact store keeps the raw text
 * beside the corrected one.
 *
 * <p>Until the restorer of {@code org.vanban.text.restore} is part of the build, the corrector is
 * the identity: OCR text is indexed as the engine gave it (the folded search view still finds it
 * when diacritics were lost).
 */
public final class Correction {
    private Correction() {}

    /** The corrector for OCR text; thread-safe, called concurrently by the OCR service. */
    public static UnaryOperator<String> standard() {
        return UnaryOperator.identity();
    }

    /** A short name of the corrector in use, shown by the demo and the benchmark. */
    public static String name() {
        return "none";
    }
}
