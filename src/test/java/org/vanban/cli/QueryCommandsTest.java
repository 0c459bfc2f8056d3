package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.Fixtures;
import org.vanban.index.IndexLayout;

/** The query commands end to end through picocli, on a real index: exit codes and the three output forms. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path dir;
    private List<String> ids;
    private CliRun cli;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    void build(@TempDir Path tmp) throws IOException {
        dir = tmp.resolve("idx");
        ids = Fixtures.index(new IndexLayout(dir), Files.createDirectories(tmp.resolve("src")));
    }

    @BeforeEach
    void streams() {
        cli = new CliRun();
        out = cli.out();
        err = cli.err();
    }

    private List<JsonNode> ndjson() throws IOException {
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void searchJsonCarriesTheDocumentedFields() throws IOException {
        assertEquals(0, cli.run("search", "dao tao can bo", "--index", dir.toString(), "--json"), err.toString());
        JsonNode top = ndjson().get(0);
        for (String f : List.of("id", "source", "score", "number", "typeCode", "date", "title", "snippet")) {
            assertTrue(top.has(f), f + " missing in " + top);
        }
        assertEquals("12-CT/TW", top.get("number").asText());
        assertEquals("2023-05-10", top.get("date").asText());
        assertTrue(top.get("snippet").asText().contains("«đào» «tạo»"), top.toString());
    }

    @Test
    void searchFiltersAndLimit() throws IOException {
        assertEquals(0, cli.run("search", "--type", "ct", "--from", "2024", "--index", dir.toString(), "--json"));
        assertEquals(List.of("13-CT/TW"), ndjson().stream().map(n -> n.get("number").asText()).toList());
        streams();
        assertEquals(0, cli.run("search", "--cites", "12 - CT/TW", "--limit", "1", "--index", dir.toString(), "--json"));
        assertEquals(1, ndjson().size());
    }

    @Test
    void searchTableAndCsv() {
        assertEquals(0, cli.run("search", "bàn giao", "--index", dir.toString()));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("number"), out.toString());
        assertTrue(lines[1].startsWith("45/QĐ-UBND"), out.toString());
        streams();
        assertEquals(0, cli.run("search", "bàn giao", "--index", dir.toString(), "--csv"));
        assertTrue(out.toString().startsWith("number,date,type,title,snippet,id\r\n45/QĐ-UBND,2022-11-20,QĐ,"), out.toString());
    }

    @Test
    void citesBothWays() throws IOException {
        assertEquals(0, cli.run("cites", "12-ct/tw", "--index", dir.toString(), "--json"));
        List<JsonNode> rows = ndjson();
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("sentence").asText().contains("12-CT/TW")), rows.toString());
        streams();
        assertEquals(0, cli.run("cites", "--reverse", "362/KH-SGD&ĐT-VP", "--index", dir.toString(), "--json"));
        assertEquals(List.of("12-CT/TW"), ndjson().stream().map(r -> r.get("cited").asText()).toList());
    }

    @Test
    void obligationsByActorWithoutDiacritics() throws IOException {
        assertEquals(0, cli.run("obligations", "--actor", "van phong so", "--index", dir.toString(), "--json"));
        JsonNode o = ndjson().get(0);
        assertEquals("Văn phòng Sở", o.get("actor").asText());
        assertEquals("2024-04-30", o.get("deadline").asText());
        assertEquals("362/KH-SGD&ĐT-VP", o.get("number").asText());
        assertEquals("II.1", o.get("section").asText());
    }

    @Test
    void showByIdAndNumber() throws IOException {
        assertEquals(0, cli.run("show", ids.get(3), "--index", dir.toString(), "--json"));
        JsonNode r = ndjson().get(0);
        assertEquals(ids.get(3), r.get("id").asText());
        assertEquals("Ban hành quy chế bàn giao tài sản công", r.get("title").asText());
        streams();
        assertEquals(0, cli.run("show", "45/qd-ubnd", "--index", dir.toString()));
        assertTrue(out.toString().contains("Ủy ban nhân dân tỉnh Hòa Bình"), out.toString());
        streams();
        assertEquals(ExitCode.FATAL.code(), cli.run("show", "46/QĐ-UBND", "--index", dir.toString()));
        assertTrue(err.toString().contains("no document"), err.toString());
    }

    @Test
    void statsJson() throws IOException {
        assertEquals(0, cli.run("stats", "--index", dir.toString(), "--json"));
        JsonNode s = ndjson().get(0);
        assertEquals(4, s.get("documents").asInt());
        assertEquals(2, s.get("obligations").asInt());
        assertEquals(3, s.get("citations").asInt());
        assertEquals(2, s.get("byType").get("CT").asInt());
        assertEquals(2, s.get("byYear").get("2024").asInt());
    }

    @Test
    void usageAndFatalErrorsAreOneLine() {
        assertEquals(ExitCode.USAGE.code(), cli.run("search", "x", "--from", "yesterday", "--index", dir.toString()));
        assertTrue(err.toString().contains("--from"), err.toString());
        streams();
        assertEquals(ExitCode.USAGE.code(), cli.run("search", "x", "--json", "--csv", "--index", dir.toString()));
        streams();
        assertEquals(ExitCode.FATAL.code(), cli.run("search", "x", "--index", dir.resolveSibling("nowhere").toString()));
        assertTrue(err.toString().startsWith("vanban: no index at"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void indexCommandReportsPartialFailureAndLocks(@TempDir Path tmp) throws IOException {
        Path good = Files.writeString(tmp.resolve("a.txt"), Fixtures.D4);
        Path bad = Files.writeString(tmp.resolve("b.txt"), "");
        Path idx = tmp.resolve("idx");
        assertEquals(ExitCode.PARTIAL.code(), cli.run("index", good.toString(), bad.toString(), "--index", idx.toString(), "--json"));
        JsonNode summary = ndjson().get(0);
        assertEquals(1, summary.get("added").asInt());
        assertEquals("empty file", summary.get("failed").get(0).get("reason").asText());
        assertTrue(err.toString().contains("b.txt: empty file"), err.toString());
        streams();
        try (ArchiveWriter held = ArchiveWriter.open(new IndexLayout(idx))) {
            assertEquals(ExitCode.FATAL.code(), cli.run("index", good.toString(), "--index", idx.toString()));
            assertTrue(err.toString().contains("locked"), err.toString());
        }
        streams();
        assertEquals(0, cli.run("index", good.toString(), "--index", idx.toString()));
        assertTrue(out.toString().startsWith("0 added, 0 updated, 1 unchanged, 0 failed"), out.toString());
    }
}
