package org.vanban.ocr.preprocess;

import java.util.EnumSet;
import java.util.Set;
import org.vanban.ocr.GrayImage;

/**
 * Optional image clean-ups before recognition. Each is kept in {@link #DEFAULT} only when
 * measurements on degraded renders showed it lowers the character error rate (docs/benchmarks.md).
 */
public enum Preprocessing {
    /** Rotate small skews (up to ±5°) straight, found by projection profiles. */
    DESKEW {
        @Override
        public GrayImage apply(GrayImage image) {
            return Deskew.apply(image);
        }
    },
    /** Remove isolated dark specks a few pixels wide. */
    DESPECKLE {
        @Override
        public GrayImage apply(GrayImage image) {
            return Despeckle.apply(image);
        }
    },
    /** Sauvola local thresholding to black and white. */
    BINARIZE {
        @Override
        public GrayImage apply(GrayImage image) {
            return Binarize.apply(image);
        }
    };

    /**
     * Measured to help (docs/benchmarks.md, OCR section): deskew cut the CER of HEAVY pages from
     * 89 % to 2 % (its interpolation also smooths the sensor noise that made Tesseract's layout
     * analysis fail) and slightly lowered MEDIUM's; despeckle lowered MEDIUM's a little.
     * Binarisation raised the CER at every level and is off.
     */
    public static final Set<Preprocessing> DEFAULT = Set.of(DESKEW, DESPECKLE);

    public abstract GrayImage apply(GrayImage image);

    /** Applies the chosen steps in a fixed order: deskew, despeckle, binarise. */
    public static GrayImage applyAll(GrayImage image, Set<Preprocessing> steps) {
        GrayImage out = image;
        for (Preprocessing p : EnumSet.allOf(Preprocessing.class)) {
            if (steps.contains(p)) {
                out = p.apply(out);
            }
        }
        return out;
    }
}
