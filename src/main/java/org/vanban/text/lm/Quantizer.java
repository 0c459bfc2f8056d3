package org.vanban.text.lm;

import java.util.Arrays;

/**
 * Maps floating-point log-probabilities to one byte each through a 256-entry codebook of equal-frequency
 * bins (each code stands for the mean of its bin), so the model keeps precision where most values are.
 */
final class Quantizer {
    static final int LEVELS = 256;

    private final float[] centers; // non-decreasing

    private Quantizer(float[] centers) {
        this.centers = centers;
    }

    /** A codebook for the given values (a sample is enough; the array is sorted in place). */
    static Quantizer fit(float[] values, int count) {
        float[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        float[] centers = new float[LEVELS];
        if (count == 0) {
            return new Quantizer(centers);
        }
        int start = 0;
        for (int b = 0; b < LEVELS; b++) {
            int end = (int) ((long) count * (b + 1) / LEVELS);
            if (end <= start) {
                end = Math.min(count, start + 1);
            }
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += v[i];
            }
            centers[b] = end > start ? (float) (sum / (end - start)) : v[count - 1];
            start = Math.min(end, count);
        }
        return new Quantizer(centers);
    }

    /** The code whose centre is nearest to the value. */
    int encode(float value) {
        int i = Arrays.binarySearch(centers, value);
        if (i >= 0) {
            return i;
        }
        int hi = -i - 1;
        if (hi == 0) {
            return 0;
        }
        if (hi >= LEVELS) {
            return LEVELS - 1;
        }
        return value - centers[hi - 1] <= centers[hi] - value ? hi - 1 : hi;
    }

    float[] centers() {
        return centers.clone();
    }
}
