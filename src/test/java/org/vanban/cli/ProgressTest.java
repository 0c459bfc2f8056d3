package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void disabledProgressPrintsOnlyMessages() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), false, 3);
        p.pageDone();
        p.fileDone();
        p.println("vanban: x.pdf: empty file");
        p.finish();
        assertEquals("vanban: x.pdf: empty file" + System.lineSeparator(), err.toString());
    }

    @Test
    void enabledBarShowsCountsRateAndEtaAndIsClearedBeforeMessages() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), true, 4);
        for (int i = 0; i < 6; i++) {
            p.pageDone();
        }
        p.fileDone();
        String line = p.line(System.nanoTime());
        assertTrue(line.matches("\\[###### {18}\\] 1/4 files, 6 pages, [0-9.]+ pages/s, ETA \\d+s"), line);
        p.println("vanban: y.png: empty file");
        String s = err.toString();
        assertTrue(s.contains("\r") && s.contains("vanban: y.png: empty file"), s);
        int msg = s.indexOf("vanban: y.png");
        assertTrue(s.lastIndexOf('\r', msg) > 0 && s.substring(s.lastIndexOf('\r', msg), msg).isBlank(), "bar cleared before the message");
    }

    @Test
    void durationsAreShort() {
        assertEquals("42s", Progress.format(Duration.ofSeconds(42)));
        assertEquals("3m05s", Progress.format(Duration.ofSeconds(185)));
        assertEquals("2h01m", Progress.format(Duration.ofSeconds(7260)));
    }
}
