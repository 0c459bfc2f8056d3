package org.vanban.text.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts the true text of a page into the lines the OCR returned, so each OCR line gets the true text it shows:
 * the page's true text and OCR text are aligned character by character, each OCR line start is carried over to
 * the true text and moved to the nearest space.
 */
public final class LinePairs {
    /** One OCR line and the true text it shows. */
    public record Pair(String truth, String ocr) {
        public Pair {
            Objects.requireNonNull(truth, "truth");
            Objects.requireNonNull(ocr, "ocr");
        }
    }

    private LinePairs() {}

    /**
     * The pairs of a page in OCR line order. OCR lines that line up with no true text (specks read as "|" or
     * "—") are left out; true text the OCR skipped joins the line before it. When the OCR read nothing at all,
     * each true paragraph is paired with an empty line, so the loss counts.
     */
    public static List<Pair> pair(String truthPage, String ocrPage) {
        String t = TokenAligner.collapseSpaces(truthPage);
        List<String> lines = new ArrayList<>();
        for (String line : ocrPage.split("\n")) {
            String l = TokenAligner.collapseSpaces(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (t.isEmpty()) {
            return List.of();
        }
        if (lines.isEmpty()) {
            // the OCR read nothing (Tesseract can fail a whole noisy page): every true paragraph was lost
            List<Pair> lost = new ArrayList<>();
            for (String paragraph : truthPage.split("\n")) {
                String p = TokenAligner.collapseSpaces(paragraph);
                if (!p.isEmpty()) {
                    lost.add(new Pair(p, ""));
                }
            }
            return lost;
        }
        String o = String.join(" ", lines);
        CharAlignment a = CharAlignment.align(o, t);
        int[] cuts = new int[lines.size() + 1];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            cuts[i] = i == 0 ? 0 : Math.max(cuts[i - 1], snap(t, a.intendedOffset(offset)));
            offset += lines.get(i).length() + 1;
        }
        cuts[lines.size()] = t.length();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String truth = t.substring(cuts[i], Math.max(cuts[i], cuts[i + 1])).strip();
            if (!truth.isEmpty()) {
                out.add(new Pair(truth, lines.get(i)));
            }
        }
        return out;
    }

    /** The nearest token boundary (just after a space, or an end of the text) to {@code at}. */
    private static int snap(String t, int at) {
        if (at <= 0 || at >= t.length() || t.charAt(at - 1) == ' ') {
            return Math.max(0, Math.min(at, t.length()));
        }
        int back = t.lastIndexOf(' ', at - 1);
        int forward = t.indexOf(' ', at);
        int backCut = back < 0 ? 0 : back + 1;
        int forwardCut = forward < 0 ? t.length() : forward + 1;
        return at - backCut <= forwardCut - at ? backCut : forwardCut;
    }
}
