package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchExtractCommandTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    private static void copy(String name, Path to) throws IOException {
        try (InputStream in = BenchExtractCommandTest.class.getResourceAsStream("/org/vanban/extract/" + name)) {
            Files.write(to, in.readAllBytes());
        }
    }

    @Test
    void scoresTextsAgainstTheirGold(@TempDir Path dir) throws IOException {
        copy("ke-hoach-so-ttdt-phu-yen.txt", dir.resolve("plan.txt"));
        copy("ke-hoach-so-ttdt-phu-yen.expected.json", dir.resolve("plan.expected.json"));
        assertEquals(0, cli.run("bench", "extract", "--min-time", "50", dir.toString()));
        String report = out.toString();
        assertTrue(report.contains("1 scored, 0 without gold"), report);
        assertTrue(report.contains("| citation recall | 100.0% (3/3) |"), report);
        assertTrue(report.contains("| obligation actor recall | 100.0% (6/6) |"), report);
    }

    @Test
    void aWrongGoldShowsUpAsAMiss(@TempDir Path dir) throws IOException {
        copy("ke-hoach-so-ttdt-phu-yen.txt", dir.resolve("plan.txt"));
        String gold = new String(BenchExtractCommandTest.class.getResourceAsStream(
                "/org/vanban/extract/ke-hoach-so-ttdt-phu-yen.expected.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plan.expected.json"), gold.replace("\"Thanh tra Sở\"", "\"Sở Nội vụ\""));
        assertEquals(0, cli.run("bench", "extract", "--min-time", "50", "--details", dir.toString()));
        assertTrue(out.toString().contains("actor missed: Sở Nội vụ"), out.toString());
        assertTrue(out.toString().contains("actor extra: Thanh tra Sở"), out.toString());
    }

    @Test
    void withAnOcrDirTheOcrTextIsScoredAgainstTheGoldOfTheInput(@TempDir Path dir) throws IOException {
        Path clean = Files.createDirectory(dir.resolve("clean"));
        Path ocr = Files.createDirectory(dir.resolve("ocr"));
        copy("ke-hoach-so-ttdt-phu-yen.txt", clean.resolve("plan.txt"));
        copy("ke-hoach-so-ttdt-phu-yen.expected.json", clean.resolve("plan.expected.json"));
        copy("ke-hoach-so-ttdt-phu-yen.txt", clean.resolve("other.txt"));
        // What a bad scan does to a unit's name: the OCR text loses the "Thanh tra Sở" actor.
        String text = Files.readString(clean.resolve("plan.txt"));
        assertTrue(text.contains("Thanh tra Sở"));
        Files.writeString(ocr.resolve("plan.txt"), text.replace("Thanh tra Sở", "Thanh tr@ S0"));
        assertEquals(0, cli.run("bench", "extract", "--min-time", "50", "--details", "--ocr-dir", ocr.toString(), clean.toString()));
        String report = out.toString();
        assertTrue(report.contains("1 scored, 0 without gold"), report);
        assertTrue(report.contains("without OCR text (left out): other"), report);
        assertTrue(report.contains("actor missed: Thanh tra Sở"), report);
    }

    @Test
    void anOcrDirWithNoTextOfTheInputsIsOneLineError(@TempDir Path dir) throws IOException {
        copy("ke-hoach-so-ttdt-phu-yen.txt", dir.resolve("plan.txt"));
        Path ocr = Files.createDirectory(dir.resolve("ocr"));
        assertEquals(ExitCode.FATAL.code(), cli.run("bench", "extract", "--ocr-dir", ocr.toString(), dir.resolve("plan.txt").toString()));
        assertTrue(err.toString().startsWith("vanban: bench extract:") && err.toString().contains("OCR text"), err.toString());
    }

    @Test
    void aMissingDirectoryIsOneLineError(@TempDir Path dir) {
        assertEquals(ExitCode.FATAL.code(), cli.run("bench", "extract", dir.resolve("nope").toString()));
        assertTrue(err.toString().startsWith("vanban: bench extract:"), err.toString());
    }

    @Test
    void benchWithoutASubcommandIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), cli.run("bench"));
    }
}
