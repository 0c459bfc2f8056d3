package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench ocr} with real rendering and real Tesseract on one short page. */
class OcrBenchCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @Test
    void scoresVanbansRawAndCorrectedTextOfTheSamePages() throws IOException {
        Path text = dir.resolve("page.txt");
        Files.writeString(text, "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện nhiệm vụ chuyển đổi số năm 2025.\n", StandardCharsets.UTF_8);
        Path save = dir.resolve("pages");
        assertEquals(0, cli.run("bench", "ocr", "--tools", "vanban", "--pages", "1", "--degradation", "light",
                "--texts", text.toString(), "--save", save.toString()), err.toString());
        String table = out.toString();
        Matcher raw = Pattern.compile("\\| vanban \\|.*\\| ([0-9.]+)% \\|").matcher(table);
        Matcher corrected = Pattern.compile("\\| vanban corrected \\|.*\\| ([0-9.]+)% \\| corrector").matcher(table);
        assertTrue(raw.find() && corrected.find(), table);
        assertTrue(Double.parseDouble(corrected.group(1)) <= Double.parseDouble(raw.group(1)), table);
        assertTrue(Files.readString(save.resolve("page-001.gt.txt")).contains("Hạnh phúc"));
        assertTrue(Files.exists(save.resolve("page-001.raw.txt")) && Files.exists(save.resolve("page-001.corrected.txt")));
    }

    @Test
    void ownTextsCannotGoToOcrmypdf() throws IOException {
        Path text = dir.resolve("page.txt");
        Files.writeString(text, "Điều 1.\n", StandardCharsets.UTF_8);
        assertEquals(ExitCode.USAGE.code(), cli.run("bench", "ocr", "--texts", text.toString()));
        assertTrue(err.toString().contains("--tools cli,vanban"), err.toString());
    }
}
