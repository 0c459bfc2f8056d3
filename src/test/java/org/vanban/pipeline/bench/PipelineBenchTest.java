package org.vanban.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics of the pipeline benchmark. */
class PipelineBenchTest {
    private static PipelineBench.Run run(double seconds) {
        return new PipelineBench.Run("t", 12, seconds, 0, 0, "note");
    }

    @Test
    void pairsEachRunWithTheBaselineOfItsRound() {
        // round 2 ran in a slow spell: both tools took longer, and the pair's ratio did not change
        List<PipelineBench.Run> cli = List.of(run(10), run(12), run(9));
        List<PipelineBench.Run> vanban = List.of(run(11), run(13.2), run(9.45));
        assertArrayEquals(new double[] {1.05, 1.1, 1.1}, PipelineBench.pairedRatios(vanban, cli), 1e-9);
    }

    @Test
    void rejectsRoundsWithoutAPartner() {
        assertThrows(IllegalArgumentException.class, () -> PipelineBench.pairedRatios(List.of(run(1)), List.of(run(1), run(2))));
        assertThrows(IllegalArgumentException.class, () -> PipelineBench.pairedRatios(List.of(), List.of()));
    }

    @Test
    void theMedianRunNamesTheSpread() {
        PipelineBench.Run m = PipelineBench.median(List.of(run(12), run(10), run(11)));
        assertEquals(11, m.seconds());
        assertEquals("note; median of 3 runs (10.0–12.0 s)", m.note());
    }
}
