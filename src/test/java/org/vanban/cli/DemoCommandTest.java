package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.ocr.Scans;
import org.vanban.samples.Degradation;
import org.vanban.samples.RenderedPage;
import org.vanban.samples.ScanWriter;

class DemoCommandTest {
    @TempDir
    Path samples;

    @Test
    void showsPagesTimeConfidenceCerAndFirstLinesPerFile() throws Exception {
        RenderedPage page = Scans.render(Scans.text("cong-van.txt"), 300, Degradation.LIGHT, 2).get(0);
        ScanWriter.writePng(page.image(), 300, samples.resolve("cong-van.png"));
        Files.writeString(samples.resolve("cong-van.gt.txt"), page.text());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("demo", "--samples", samples.toString(), "--jobs", "1");
        assertEquals(0, code, err.toString());
        String s = out.toString();
        assertTrue(s.matches("(?s)== cong-van\\.png: 1 page, [0-9.]+ s, mean confidence [0-9.]+, CER [0-9.]+%.*"), s);
        assertTrue(s.contains("   ỦY BAN NHÂN DÂN"), s);
        assertTrue(s.contains("1 files, 1 pages in"), s);
    }

    @Test
    void missingSamplesFolderIsFatal() {
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("demo", "--samples", samples.resolve("none").toString());
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("vanban: no samples folder at "), err.toString());
    }
}
