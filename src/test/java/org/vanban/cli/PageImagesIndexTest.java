package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directive scanned as one image per page (the bundled Chỉ thị, pages 1 and 2 as PNG), OCR'd by
 * real Tesseract: the pages become one document, also when a page was indexed alone before.
 */
class PageImagesIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private JsonNode index(Path in, Path idx) throws IOException {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("index", in.toString(), "--index", idx.toString(), "--json", "--quiet"), cli.err().toString());
        String out = cli.out().toString().strip();
        return JSON.readTree(out.substring(out.lastIndexOf('\n') + 1));
    }

    @Test
    void pageImagesOfOneDocumentAreIndexedAsOneDocument() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path idx = tmp.resolve("idx");
        // Page 2 arrives first: without its page 1 it is a document of its own.
        Files.copy(Corpus.SCANS.resolve("chi-thi-ubnd-lam-dong-2024-p2.png"), in.resolve("chi-thi-p2.png"));
        JsonNode first = index(in, idx);
        assertEquals(1, first.path("added").asInt(), first.toString());

        Files.copy(Corpus.SCANS.resolve("chi-thi-ubnd-lam-dong-2024-p1.png"), in.resolve("chi-thi-p1.png"));
        JsonNode second = index(in, idx);
        assertEquals(1, second.path("added").asInt(), second.toString());
        assertEquals(1, second.path("deleted").asInt(), "page 2's own document is replaced: " + second);
        assertEquals(2, second.path("pagesOcred").asInt(), second.toString());

        CliRun cli = new CliRun();
        assertEquals(0, cli.run("stats", "--index", idx.toString(), "--json"), cli.err().toString());
        assertEquals(1, JSON.readTree(cli.out().toString()).path("documents").asInt(), cli.out().toString());

        // One document: found by words of page 2, named by page 1.
        CliRun search = new CliRun();
        assertEquals(0, search.run("search", "Phạm Quang Sơn", "--index", idx.toString(), "--json"), search.err().toString());
        String[] hits = search.out().toString().strip().split("\n");
        assertEquals(1, hits.length, search.out().toString());
        JsonNode hit = JSON.readTree(hits[0]);
        assertTrue(hit.path("source").asText().endsWith("chi-thi-p1.png"), hit.toString());
        assertEquals("08/CT-UBND", hit.path("number").asText(), hit.toString());

        JsonNode third = index(in, idx);
        assertEquals(1, third.path("unchanged").asInt(), third.toString());
    }

    @Test
    void pageImagesIndexedTogetherIntoANewIndexAreUnchangedOnTheNextRun() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("both"));
        Path idx = tmp.resolve("both-idx");
        Files.copy(Corpus.SCANS.resolve("chi-thi-ubnd-lam-dong-2024-p1.png"), in.resolve("chi-thi-p1.png"));
        Files.copy(Corpus.SCANS.resolve("chi-thi-ubnd-lam-dong-2024-p2.png"), in.resolve("chi-thi-p2.png"));
        JsonNode first = index(in, idx);
        assertEquals(1, first.path("added").asInt(), first.toString());
        assertEquals(2, first.path("pagesOcred").asInt(), first.toString());
        // The first run took the document's hash from OCR's reads; the second hashes the files
        // itself before reading them, and must find the same.
        JsonNode second = index(in, idx);
        assertEquals(1, second.path("unchanged").asInt(), second.toString());
        assertEquals(0, second.path("pagesOcred").asInt(), second.toString());
    }
}
