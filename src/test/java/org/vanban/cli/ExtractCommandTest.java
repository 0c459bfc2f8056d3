package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    private static Path plan(Path dir) throws IOException {
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/org/vanban/extract/ke-hoach-so-ttdt-phu-yen.txt")) {
            Path p = dir.resolve("plan.txt");
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void writesOneJsonObjectPerInputPerLine(@TempDir Path dir) throws IOException {
        Path plan = plan(dir);
        assertEquals(0, cli.run("extract", "--json", plan.toString(), plan.toString()));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode d = new ObjectMapper().readTree(lines[0]);
        assertEquals(plan.toString(), d.get("source").asText());
        assertEquals("215/KH-STTTT", d.get("number").asText());
        assertEquals(215, d.get("docNumber").asInt());
        assertTrue(d.get("year").isNull());
        assertEquals("2025-03-08", d.get("date").asText());
        assertEquals("Nghị định", d.get("citations").get(1).get("type").asText());
        JsonNode mention = d.get("citations").get(1).get("mentions").get(0);
        assertTrue(mention.get("span").get("start").asInt() > 0);
        assertEquals("II", d.get("sections").get(3).get("path").asText());
        assertEquals("Phòng Bưu chính - Viễn thông", d.get("obligations").get(0).get("actor").asText());
        assertEquals("", err.toString());
    }

    @Test
    void printsAReadableSummaryWithoutJson(@TempDir Path dir) throws IOException {
        assertEquals(0, cli.run("extract", plan(dir).toString()));
        assertTrue(out.toString().contains("215/KH-STTTT"), out.toString());
        assertTrue(out.toString().contains("Sở Thông tin và Truyền thông / UBND tỉnh Phú Yên"), out.toString());
        assertTrue(out.toString().contains("Thanh tra Sở"), out.toString());
    }

    @Test
    void badFilesAreReportedOneLineEachAndExitThree(@TempDir Path dir) throws IOException {
        Path plan = plan(dir);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10});
        Path prose = Files.writeString(dir.resolve("note.txt"), "Nhớ mua rau và trứng.");
        assertEquals(ExitCode.PARTIAL.code(), cli.run("extract", "--json", empty.toString(), plan.toString(), binary.toString(),
                prose.toString(), dir.resolve("missing.txt").toString()));
        assertEquals(1, out.toString().strip().split("\n").length, "only the good file is written");
        String[] errors = err.toString().strip().split("\n");
        assertEquals(4, errors.length, err.toString());
        assertTrue(errors[0].contains("empty.txt") && errors[0].contains("empty file"), errors[0]);
        assertTrue(errors[1].contains("image.txt") && errors[1].contains("binary"), errors[1]);
        assertTrue(errors[2].contains("note.txt") && errors[2].contains("not a directive"), errors[2]);
        assertTrue(errors[3].contains("missing.txt") && errors[3].contains("no such file"), errors[3]);
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), cli.run("extract"));
    }
}
