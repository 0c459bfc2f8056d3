package org.vanban.ocr;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.vanban.ocr.preprocess.Preprocessing;

/**
 * How to OCR a batch.
 *
 * @param jobs          OCR engines (threads) to run, one per core by default
 * @param mode          text layer or OCR for PDF pages
 * @param dpi           PDF rasterising resolution; also assumed for images that declare none
 * @param corrector     applied to the raw text of every OCRed page (text repair), told which words the
 *                      engine doubted; none by default
 * @param preprocessing image clean-ups run before recognition
 * @param pageTimeout   a file fails when no page of it finishes within this time
 * @param keepImages    hand page images to the page sinks even for text-layer pages (searchable PDF)
 */
public record OcrConfig(int jobs, OcrMode mode, int dpi, PageCorrector corrector, Set<Preprocessing> preprocessing,
        Duration pageTimeout, boolean keepImages) {
    public static final int DEFAULT_DPI = 300;
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofMinutes(2);

    public OcrConfig {
        if (jobs < 1 || jobs > 256) {
            throw new IllegalArgumentException("jobs must be 1-256: " + jobs);
        }
        Objects.requireNonNull(mode, "mode");
        if (dpi < 50 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be 50-1200: " + dpi);
        }
        Objects.requireNonNull(corrector, "corrector");
        preprocessing = preprocessing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(preprocessing));
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive: " + pageTimeout);
        }
    }

    /** One job per core, auto mode, 300 dpi, no correction, the default preprocessing. */
    public static OcrConfig defaults() {
        return new OcrConfig(Runtime.getRuntime().availableProcessors(), OcrMode.AUTO, DEFAULT_DPI, PageCorrector.NONE,
                Preprocessing.DEFAULT, DEFAULT_PAGE_TIMEOUT, false);
    }

    public OcrConfig withJobs(int n) {
        return new OcrConfig(n, mode, dpi, corrector, preprocessing, pageTimeout, keepImages);
    }

    public OcrConfig withMode(OcrMode m) {
        return new OcrConfig(jobs, m, dpi, corrector, preprocessing, pageTimeout, keepImages);
    }

    public OcrConfig withDpi(int d) {
        return new OcrConfig(jobs, mode, d, corrector, preprocessing, pageTimeout, keepImages);
    }

    /** A corrector that reads the page's text alone. */
    public OcrConfig withCorrector(UnaryOperator<String> c) {
        return withPageCorrector(PageCorrector.ofText(c));
    }

    /** A corrector that is also told which words the engine doubted. */
    public OcrConfig withPageCorrector(PageCorrector c) {
        return new OcrConfig(jobs, mode, dpi, c, preprocessing, pageTimeout, keepImages);
    }

    public OcrConfig withPreprocessing(Set<Preprocessing> p) {
        return new OcrConfig(jobs, mode, dpi, corrector, p, pageTimeout, keepImages);
    }

    public OcrConfig withPageTimeout(Duration t) {
        return new OcrConfig(jobs, mode, dpi, corrector, preprocessing, t, keepImages);
    }

    public OcrConfig withKeepImages(boolean k) {
        return new OcrConfig(jobs, mode, dpi, corrector, preprocessing, pageTimeout, k);
    }
}
