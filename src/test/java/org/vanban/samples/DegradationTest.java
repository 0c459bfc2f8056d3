package org.vanban.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegradationTest {
    @Test
    void presetsByNameIgnoreCaseAndSpaces() {
        assertSame(Degradation.NONE, Degradation.named("none"));
        assertSame(Degradation.LIGHT, Degradation.named("Light"));
        assertSame(Degradation.MEDIUM, Degradation.named(" MEDIUM "));
        assertSame(Degradation.HEAVY, Degradation.named("heavy"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Degradation.named("extreme"));
        assertTrue(e.getMessage().contains("extreme"), e.getMessage());
    }

    @Test
    void presetsGetWorseStepByStep() {
        Degradation[] order = {Degradation.NONE, Degradation.LIGHT, Degradation.MEDIUM, Degradation.HEAVY};
        for (int i = 1; i < order.length; i++) {
            Degradation a = order[i - 1];
            Degradation b = order[i];
            assertTrue(b.blurSigma() > a.blurSigma() && b.noiseSigma() > a.noiseSigma() && b.specks() > a.specks()
                    && b.skewDegrees() > a.skewDegrees() && b.contrast() < a.contrast(), b + " vs " + a);
        }
        assertFalse(Degradation.NONE.jpeg());
        assertTrue(Degradation.HEAVY.jpeg());
    }

    @ParameterizedTest
    @CsvSource({
        // blur, noise, specks, skew, jpeg, contrast
        "-0.1, 0, 0, 0, 0, 1",   // negative blur
        "NaN, 0, 0, 0, 0, 1",    // NaN blur
        "0, 200, 0, 0, 0, 1",    // noise beyond the gray range
        "0, 0, -1, 0, 0, 1",     // negative specks
        "0, 0, 0, 20, 0, 1",     // skew too large to be a scan
        "0, 0, 0, 0, 101, 1",    // jpeg quality over 100
        "0, 0, 0, 0, -5, 1",     // negative jpeg quality
        "0, 0, 0, 0, 0, 0.2",    // contrast that leaves nothing to read
        "0, 0, 0, 0, 0, 1.5",    // contrast above 1
    })
    void rejectsOutOfRangeValues(double blur, double noise, int specks, double skew, int jpeg, double contrast) {
        assertThrows(IllegalArgumentException.class, () -> new Degradation(blur, noise, specks, skew, jpeg, contrast));
    }

    @ParameterizedTest
    @CsvSource({"149", "601", "0", "-300"})
    void renderOptionsRejectDpiOutsideTheScannerRange(int dpi) {
        assertThrows(IllegalArgumentException.class, () -> new RenderOptions(dpi, Degradation.NONE, 1));
    }

    @Test
    void renderOptionsNeedADegradation() {
        assertThrows(NullPointerException.class, () -> new RenderOptions(300, null, 1));
        assertEquals(300, RenderOptions.clean(300).dpi());
    }
}
