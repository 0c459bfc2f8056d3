package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestoreCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @Test
    void restoresAFileToStdout() throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, "KE HOACH\nThuc hien Chi thi so 12-CT/TW cua Ban Bi thu\n", StandardCharsets.UTF_8);
        assertEquals(0, cli.run("restore", file.toString()), err.toString());
        assertEquals("KẾ HOẠCH\nThực hiện Chỉ thị số 12-CT/TW của Ban Bí thư\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void jsonHasTheTextAndEveryTokensAlternatives() throws IOException {
        Path file = dir.resolve("line.txt");
        Files.writeString(file, "tang cwong su lanh dao", StandardCharsets.UTF_8);
        assertEquals(0, cli.run("restore", "--json", file.toString()), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("tăng cường sự lãnh đạo", json.get("text").asText());
        JsonNode second = json.get("tokens").get(1);
        assertEquals("cwong", second.get("original").asText());
        assertEquals("cường", second.get("restored").asText());
        assertEquals(5, second.get("span").get("start").asInt());
        assertTrue(second.get("confidence").asDouble() > 0.5);
        assertTrue(second.get("alternatives").size() >= 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a NUL byte: binary data
        "00 01 02 50 4B 03 04|binary data",
        // Latin-1 "hòa", not UTF-8
        "68 F2 61 0A|not valid UTF-8",
        // a truncated UTF-8 sequence
        "74 68 E1 BB|not valid UTF-8",
    })
    void badInputIsOneClearLineAndExitThree(String hex, String reason) throws IOException {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        Path file = dir.resolve("bad.bin");
        Files.write(file, bytes);
        assertEquals(ExitCode.PARTIAL.code(), cli.run("restore", file.toString()));
        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file.toString()) && message.contains(reason), message);
        assertEquals("", out.toString());
    }

    @Test
    void missingFileIsAFatalError() {
        assertEquals(ExitCode.FATAL.code(), cli.run("restore", dir.resolve("none.txt").toString()));
        assertTrue(err.toString().contains("none.txt"), err.toString());
    }
}
