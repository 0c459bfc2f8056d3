package org.vanban.ocr;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The text of one input file: where it came from, its SHA-256 and its pages in order. */
public record OcrResult(String source, String sha256, List<PageText> pages) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public OcrResult {
        Objects.requireNonNull(source, "source");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits: " + sha256);
        }
        pages = List.copyOf(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() != i + 1) {
                throw new IllegalArgumentException("page " + (i + 1) + " is numbered " + pages.get(i).number());
            }
        }
    }

    /** All pages' final text, separated by form feeds (the plain-text output format). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PageText page : pages) {
            if (page.number() > 1) {
                sb.append('\f');
            }
            sb.append(page.text());
        }
        return sb.toString();
    }

    /** Mean of the pages' confidences, weighting OCR pages by word count; 100 when all are text-layer. */
    public double meanConfidence() {
        double sum = 0;
        long n = 0;
        for (PageText page : pages) {
            if (page.mode() == PageMode.OCR) {
                sum += page.confidence() * page.words().size();
                n += page.words().size();
            }
        }
        if (n == 0) {
            return pages.stream().allMatch(p -> p.mode() == PageMode.TEXT_LAYER) && !pages.isEmpty() ? 100 : 0;
        }
        return sum / n;
    }
}
