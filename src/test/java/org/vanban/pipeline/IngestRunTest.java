package org.vanban.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.PageMode;
import org.vanban.ocr.PageText;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.DocumentHit;
import org.vanban.index.IndexLayout;
import org.vanban.index.IndexLockedException;
import org.vanban.index.SearchRequest;

/** The ingest run on real files and a real index: incremental by content hash, failures reported per file. */
class IngestRunTest {
    @TempDir
    Path tmp;

    private final List<FileFailure> reported = new ArrayList<>();

    private static final String PLAN = """
            ỦY BAN NHÂN DÂN
            TỈNH HÒA BÌNH
            Số: 101/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hòa Bình, ngày 05 tháng 3 năm 2024
            KẾ HOẠCH
            Triển khai trồng rừng thay thế năm 2024
            Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
            1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì trồng rừng thay thế, hoàn thành trước ngày 30/11/2024.
            """;

    private IngestSummary run(TextSource ocr, Path... inputs) throws IOException {
        IndexLayout layout = new IndexLayout(tmp.resolve("idx"));
        IngestConfig config = new IngestConfig(List.of(inputs), layout, 2, 1000);
        SourceTexts sources = new SourceTexts(ocr, new ArtefactStore(layout.artefacts()));
        try (ArchiveWriter w = ArchiveWriter.open(layout)) {
            return new IngestRun(config, sources, Extractor::directiveParser, reported::add).run(w);
        }
    }

    private List<DocumentHit> search(String q) throws IOException {
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(tmp.resolve("idx")))) {
            return s.search(new SearchRequest(q, null, null, null, null, null, 10));
        }
    }

    @Test
    void largestFilesGoFirstCountingEveryPageOfAGroup() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a.png"), new byte[300]);
        Files.write(in.resolve("b-p1.png"), new byte[200]);
        Files.write(in.resolve("b-p2.png"), new byte[200]); // with its first page, 400 bytes: the largest
        Files.write(in.resolve("c.txt"), new byte[100]);
        Files.write(in.resolve("d.txt"), new byte[100]);
        Files.write(in.resolve("e.png"), new byte[0]);
        List<InputFiles.Input> walked = InputFiles.walk(List.of(in)).files();
        List<String> order = IngestRun.largestFirst(walked).stream().map(f -> f.path().getFileName().toString()).toList();
        // equal sizes keep the walk's order
        assertEquals(List.of("b-p1.png", "a.png", "c.txt", "d.txt", "e.png"), order);
    }

    @Test
    void incrementalByContentHash() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in/sub"));
        Path a = Files.writeString(dir.resolve("a.txt"), PLAN);
        Path b = Files.writeString(tmp.resolve("in/b.txt"), PLAN.replace("101/KH-UBND", "102/KH-UBND").replace("trồng rừng", "bảo vệ rừng"));
        Files.writeString(tmp.resolve("in/notes.md"), "not an input");

        IngestSummary first = run(null, tmp.resolve("in"));
        assertEquals(List.of(2, 0, 0), List.of(first.added(), first.updated(), first.unchanged()), first.toString());
        assertEquals("101/KH-UBND", search("trong rung thay the").get(0).number());

        IngestSummary second = run(null, tmp.resolve("in"));
        assertEquals(List.of(0, 0, 2), List.of(second.added(), second.updated(), second.unchanged()), second.toString());

        // a changed file is replaced, not duplicated; its old words are gone
        Files.writeString(a, PLAN.replace("trồng rừng thay thế", "phát triển cây dược liệu"));
        IngestSummary third = run(null, tmp.resolve("in"));
        assertEquals(List.of(0, 1, 1), List.of(third.added(), third.updated(), third.unchanged()), third.toString());
        assertEquals(List.of("101/KH-UBND"), search("cay duoc lieu").stream().map(DocumentHit::number).toList());
        assertTrue(search("\"trong rung thay the\"").isEmpty());
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(tmp.resolve("idx")))) {
            assertEquals(2L, s.counts().get("document"));
            assertEquals(2L, s.stats().obligations(), "obligations of the replaced document must not pile up");
        }
        assertTrue(Files.exists(b));
        assertEquals(List.of(), reported);
    }

    @Test
    void nfdFileIsIndexedAsNfc() throws IOException {
        Path f = Files.writeString(tmp.resolve("nfd.txt"), Normalizer.normalize(PLAN, Normalizer.Form.NFD));
        run(null, f);
        List<DocumentHit> hits = search("trồng rừng thay thế");
        assertEquals(1, hits.size());
        assertEquals("101/KH-UBND", hits.get(0).number());
        assertTrue(hits.get(0).snippet().contains("«trồng» «rừng»"), hits.get(0).snippet());
    }

    @Test
    void badFilesAreReportedOnceEachAndGoodOnesIndexed() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.txt"), PLAN);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), "Ho\u00e0 B\u00ecnh".getBytes(StandardCharsets.ISO_8859_1));
        Path scan = Files.write(tmp.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path unknown = Files.writeString(tmp.resolve("notes.md"), "x");
        Path missing = tmp.resolve("missing.txt");

        IngestSummary s = run(null, good, empty, latin1, scan, unknown, missing);
        assertEquals(1, s.added());
        assertEquals(5, s.failed().size(), s.failed().toString());
        assertEquals(s.failed(), reported.stream().sorted(java.util.Comparator.comparing(FileFailure::path)).toList());
        String all = s.failed().toString();
        assertTrue(all.contains("empty file"), all);
        assertTrue(all.contains("not valid UTF-8"), all);
        assertTrue(all.contains("no OCR engine"), all);
        assertTrue(all.contains("unknown extension"), all);
        assertTrue(all.contains("no such file"), all);
    }

    @Test
    void ocrTextIsCachedBesideTheIndexAndNeverRedoneForTheSameBytes() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        // A recorded engine: the seam is what is under test, not Tesseract.
        Path scan = Files.write(tmp.resolve("plan.png"), new byte[] {1, 2, 3});
        TextSource recorded = file -> {
            calls.incrementAndGet();
            List<PageText> pages = List.of(
                    new PageText(1, PLAN.substring(0, 200), PLAN.substring(0, 200), 90, PageMode.OCR, 300, 10, List.of()),
                    new PageText(2, PLAN.substring(200), PLAN.substring(200), 90, PageMode.OCR, 300, 10, List.of()));
            // A scan of a new index comes unhashed: the source hashes the bytes it reads, as OCR does.
            String hash = file.hash() != null ? file.hash() : org.vanban.index.DocIds.sha256(readAll(file.path()));
            OcrResult r = new OcrResult(file.path().toString(), hash, pages);
            return new SourceText(r.text(), "ocr", 2, r);
        };
        IngestSummary first = run(recorded, scan);
        assertEquals(1, first.added());
        assertEquals(2, first.pagesOcred());
        // Even with the Lucene index gone, the artefact is read back instead of OCR'ing again.
        deleteTree(tmp.resolve("idx/lucene"));
        IngestSummary second = run(recorded, scan);
        assertEquals(1, second.added());
        assertEquals(0, second.pagesOcred());
        assertEquals(1, calls.get());
        assertEquals("101/KH-UBND", search("trong rung").get(0).number());
    }

    @Test
    void aSecondWriterIsRefusedAtOnce() throws IOException {
        IndexLayout layout = new IndexLayout(tmp.resolve("idx"));
        try (ArchiveWriter first = ArchiveWriter.open(layout)) {
            IndexLockedException e = assertThrows(IndexLockedException.class, () -> ArchiveWriter.open(layout));
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
