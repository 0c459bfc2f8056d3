package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vanban.index.ArchiveSearcher;
import org.vanban.index.ArchiveWriter;
import org.vanban.index.DocumentHit;
import org.vanban.index.IndexLayout;
import org.vanban.index.SearchRequest;
import org.vanban.ocr.Scans;
import org.vanban.samples.Degradation;
import org.vanban.samples.ScanWriter;
import org.vanban.text.legacy.Encoding;
import org.vanban.text.legacy.LegacyEncoder;

/**
 * {@code vanban index} as cron runs it, in this JVM through picocli: every kind of bad input
 * reported once with its reason while the good files are indexed, exit codes, the JSON summary,
 * prune, legacy text, and a real scan through Tesseract with its OCR text kept for the next run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One folder for the class: the mixed folder is indexed once for all its cases. */
    private Path tmp;

    /** The mixed folder of good and bad files, indexed once; the cases below look at its result. */
    private Path mixed;
    private Cli mixedRun;
    private JsonNode mixedSummary;

    /** A bad file: its name under the mixed folder, how to make it, and the reason it must fail with. */
    @FunctionalInterface
    interface Maker {
        void make(Path file) throws IOException;
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // a zero-byte text file
                row("empty.txt", f -> Files.createFile(f), "empty file"),
                // a zero-byte scan
                row("empty.pdf", f -> Files.createFile(f), "empty file"),
                // the first half of a real PDF: no cross-reference table, objects cut off
                row("truncated.pdf", IndexCommandTest::truncatedPdf, "damaged PDF"),
                // random bytes named .pdf
                row("garbage.pdf", f -> Files.write(f, noise(4096)), "content is unrecognised"),
                // AES-256 with a user password
                row("encrypted.pdf", IndexCommandTest::encryptedPdf, "encrypted PDF: password required"),
                // a text file named like an image
                row("note.png", f -> Files.writeString(f, "this is a note, not a scan\n"), "content is text"),
                // bytes that are neither UTF-8 nor a legacy Vietnamese encoding
                row("invalid-utf8.txt", f -> Files.write(f, "plain words \u00ff\u00fe then more plain words\n"
                        .getBytes(StandardCharsets.ISO_8859_1)), "not valid UTF-8"),
                // a symbolic link pointing at itself
                row("loop.txt", f -> Files.createSymbolicLink(f, f.getFileName()), "symbolic link loop"),
                // a folder linking to its parent: the walk would never end
                row("sub/up", f -> Files.createSymbolicLink(f, Path.of("..")), "symbolic link loop"));
    }

    private static Arguments row(String name, Maker maker, String reason) {
        return Arguments.of(name, maker, reason);
    }

    @BeforeAll
    void indexMixedFolder(@TempDir Path dir) throws Exception {
        tmp = dir;
        mixed = Files.createDirectories(tmp.resolve("mixed"));
        Corpus.copyDirective("chi-thi-ubnd-lam-dong-2024", mixed);
        // A TCVN3 file as old word processors saved it: one byte per letter.
        String plan = Files.readString(Corpus.DIRECTIVES.resolve("ke-hoach-ubnd-ha-giang-2022.txt"));
        Files.write(mixed.resolve("tcvn3.txt"), LegacyEncoder.fromUnicode(plan, Encoding.TCVN3).getBytes(StandardCharsets.ISO_8859_1));
        Iterator<Arguments> it = badFiles().iterator();
        while (it.hasNext()) {
            Object[] a = it.next().get();
            Path f = mixed.resolve((String) a[0]);
            Files.createDirectories(f.getParent());
            ((Maker) a[1]).make(f);
        }
        mixedRun = Cli.run("index", mixed.toString(), "--index", tmp.resolve("mixed-idx").toString(), "--json", "-j", "1");
        mixedSummary = lastJson(mixedRun.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileIsReportedOnceWithItsReason(String name, Maker maker, String reason) {
        String path = mixed.resolve(name).toString();
        List<String> lines = mixedRun.err().lines().filter(l -> l.contains(path + ":")).toList();
        assertEquals(1, lines.size(), "one stderr line for " + path + "\n" + mixedRun);
        assertTrue(lines.get(0).contains(reason), "expected '" + reason + "' in " + lines.get(0));
        List<String> inJson = new ArrayList<>();
        mixedSummary.get("failed").forEach(f -> {
            if (f.get("path").asText().equals(path)) {
                inJson.add(f.get("reason").asText());
            }
        });
        assertEquals(1, inJson.size(), mixedSummary.toString());
        assertTrue(inJson.get(0).contains(reason), inJson.get(0));
    }

    @Test
    void goodFilesOfTheMixedFolderAreIndexedAndTheRunExitsPartial() throws IOException {
        assertEquals(ExitCode.PARTIAL.code(), mixedRun.exit(), mixedRun.toString());
        assertEquals(2, mixedSummary.get("added").asInt(), mixedSummary.toString());
        assertEquals(badFiles().count(), mixedSummary.get("failed").size(), mixedSummary.toString());
        assertFalse(mixedRun.err().contains("Exception"), mixedRun.err());
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(tmp.resolve("mixed-idx")))) {
            // the TCVN3 file was converted: its words are found with their diacritics
            List<DocumentHit> hits = s.search(new SearchRequest("thông tin đối ngoại", null, null, null, null, null, 5));
            assertEquals("45/KH-UBND", hits.get(0).number());
            assertTrue(hits.get(0).source().endsWith("tcvn3.txt"));
            assertEquals("legacy-tcvn3", s.show(hits.get(0).id()).get(0).textMethod());
            assertEquals("08/CT-UBND", s.search(new SearchRequest("phong chay chua chay rung", null, null, null, null, null, 5)).get(0).number());
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheRestIndexed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("unreadable"));
        Corpus.copyDirective("thong-bao-ubnd-da-nang-2021", dir);
        Path locked = Corpus.copyDirective("quyet-dinh-bgddt-2022", dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try (InputStream in = Files.newInputStream(locked)) {
            Assumptions.abort("this user reads files without read permission (root): cannot make an unreadable file");
        } catch (IOException expected) {
            // the file is unreadable, as wanted
        }
        Cli r = Cli.run("index", dir.toString(), "--index", tmp.resolve("unreadable-idx").toString(), "--json");
        assertEquals(ExitCode.PARTIAL.code(), r.exit(), r.toString());
        assertTrue(r.err().contains(locked + ": permission denied"), r.err());
        assertEquals(1, lastJson(r.out()).get("added").asInt());
    }

    static Stream<Arguments> exitCodes() {
        return Stream.of(
                // all files indexed
                Arguments.of(List.of("index", "{good}", "--index", "{idx}"), ExitCode.OK),
                // a bad file among good ones
                Arguments.of(List.of("index", "{good}", "{bad}", "--index", "{idx}"), ExitCode.PARTIAL),
                // a PATH that does not exist counts as a failed file
                Arguments.of(List.of("index", "{good}", "{missing}", "--index", "{idx}"), ExitCode.PARTIAL),
                // ... but with --prune it is fatal: an unmounted archive must not be pruned away
                Arguments.of(List.of("index", "{missing}", "--index", "{idx}", "--prune"), ExitCode.FATAL),
                // the index is a file
                Arguments.of(List.of("index", "{good}", "--index", "{bad}"), ExitCode.FATAL),
                // no PATH
                Arguments.of(List.of("index", "--index", "{idx}"), ExitCode.USAGE),
                // a shard beyond the count
                Arguments.of(List.of("index", "{good}", "--index", "{idx}", "--shard", "4/3"), ExitCode.USAGE),
                // an unknown option
                Arguments.of(List.of("index", "{good}", "--index", "{idx}", "--frobnicate"), ExitCode.USAGE));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("exitCodes")
    void exitCodes(List<String> template, ExitCode expected) throws IOException {
        Path base = Files.createTempDirectory(tmp, "exit");
        Path good = Corpus.copyDirective("thong-bao-ubnd-da-nang-2021", base.resolve("good"));
        Path bad = Files.writeString(base.resolve("bad.txt"), "");
        String[] args = template.stream().map(a -> a
                .replace("{good}", good.toString())
                .replace("{bad}", bad.toString())
                .replace("{missing}", base.resolve("missing").toString())
                .replace("{idx}", base.resolve("idx").toString())).toArray(String[]::new);
        Cli r = Cli.run(args);
        assertEquals(expected.code(), r.exit(), r.toString());
        if (expected != ExitCode.OK) {
            assertFalse(r.err().isBlank(), "a failure says why on stderr");
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void helpListsTheExitCodes() {
        Cli r = Cli.run("index", "--help");
        assertEquals(0, r.exit());
        for (String s : List.of("Exit codes", "0", "all good", "3", "some files failed", "--prune", "--shard", "--json")) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
    }

    @Test
    void aLockedIndexIsRefusedAtOnceNamingTheHolder() throws IOException {
        Path good = Corpus.copyDirective("thong-bao-ubnd-da-nang-2021", tmp.resolve("lock-in"));
        IndexLayout layout = new IndexLayout(tmp.resolve("lock-idx"));
        try (ArchiveWriter holder = ArchiveWriter.open(layout)) {
            Cli r = Cli.run("index", good.toString(), "--index", layout.root().toString());
            assertEquals(ExitCode.FATAL.code(), r.exit(), r.toString());
            assertTrue(r.err().contains("is locked by process " + ProcessHandle.current().pid()), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(layout.root().resolve("lock.json")), "the lock record goes with the lock");
        assertEquals(0, Cli.run("index", good.toString(), "--index", layout.root().toString()).exit());
    }

    @Test
    void jsonSummaryCountsAddedUpdatedUnchangedAndIsTheLastLine() throws IOException {
        Path in = tmp.resolve("json-in");
        Path a = Corpus.copyDirective("thong-bao-ubnd-da-nang-2021", in);
        Corpus.copyDirective("quyet-dinh-bgddt-2022", in.resolve("sub"));
        String idx = tmp.resolve("json-idx").toString();

        Cli first = Cli.run("index", in.toString(), "--index", idx, "--json");
        assertEquals(0, first.exit(), first.toString());
        JsonNode s1 = lastJson(first.out());
        assertEquals(Set.of("added", "updated", "unchanged", "deleted", "failed", "pagesOcred", "seconds"), fieldNames(s1));
        assertEquals(List.of(2, 0, 0, 0, 0), counts(s1));
        assertTrue(s1.get("seconds").asDouble() > 0);
        assertEquals(1, first.out().strip().lines().count(), "only the summary on stdout: " + first.out());

        Files.writeString(a, Files.readString(a).replace("Đà Nẵng", "Quảng Nam"));
        JsonNode s2 = lastJson(Cli.run("index", in.toString(), "--index", idx, "--json").out());
        assertEquals(List.of(0, 1, 1, 0, 0), counts(s2));

        Cli human = Cli.run("index", in.toString(), "--index", idx);
        assertTrue(human.out().startsWith("0 added, 0 updated, 2 unchanged, 0 failed, 0 deleted; 0 pages OCR'd;"), human.out());
    }

    @Test
    void pruneRemovesDocumentsWhoseSourceDisappearedAndNothingElse() throws IOException {
        Path in = tmp.resolve("prune-in");
        Path gone = Corpus.copyDirective("thong-bao-ubnd-da-nang-2021", in);
        Corpus.copyDirective("quyet-dinh-bgddt-2022", in);
        Path elsewhere = Corpus.copyDirective("chi-thi-ubnd-lam-dong-2024", tmp.resolve("prune-elsewhere"));
        String idx = tmp.resolve("prune-idx").toString();
        assertEquals(0, Cli.run("index", in.toString(), elsewhere.toString(), "--index", idx).exit());
        Files.delete(gone);
        Files.delete(elsewhere);

        // without --prune nothing is removed
        assertEquals(0, lastJson(Cli.run("index", in.toString(), "--index", idx, "--json").out()).get("deleted").asInt());
        assertEquals(3, documents(idx));
        // with --prune, only the document whose source was under the PATH given goes
        JsonNode s = lastJson(Cli.run("index", in.toString(), "--index", idx, "--json", "--prune").out());
        assertEquals(List.of(0, 0, 1, 1, 0), counts(s));
        assertEquals(2, documents(idx));
        try (ArchiveSearcher searcher = ArchiveSearcher.open(new IndexLayout(Path.of(idx)))) {
            assertTrue(searcher.show("218/TB-UBND").isEmpty());
            assertFalse(searcher.show("08/CT-UBND").isEmpty(), "a source outside the pruned PATHs is kept");
        }
    }

    /** Real Tesseract on one page; the second run reads the OCR text kept beside the index. */
    @Test
    void aScanIsOcrdOnceAndItsTextKeptBesideTheIndex() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("scan-in"));
        Path scan = Files.copy(Corpus.SCANS.resolve("cong-van-ubnd-phu-tho-2025-p1.jpg"), in.resolve("cv-p1.jpg"));
        Path idx = tmp.resolve("scan-idx");
        Cli first = Cli.run("index", in.toString(), "--index", idx.toString(), "--json");
        assertEquals(0, first.exit(), first.toString());
        assertEquals(1, lastJson(first.out()).get("pagesOcred").asInt());
        try (Stream<Path> s = Files.walk(idx.resolve("artefacts"))) {
            List<String> names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            // A new index reads the scan without hashing it first; the artefacts still carry the
            // hash of its bytes, taken by OCR from its own read.
            String sha = org.vanban.index.DocIds.sha256(Files.readAllBytes(scan));
            assertEquals(List.of(sha + ".json", sha + ".txt"), names);
        }
        JsonNode unchanged = lastJson(Cli.run("index", in.toString(), "--index", idx.toString(), "--json").out());
        assertEquals(1, unchanged.get("unchanged").asInt(), unchanged.toString());
        assertEquals(0, unchanged.get("pagesOcred").asInt(), unchanged.toString());
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(idx))) {
            List<DocumentHit> hits = s.search(new SearchRequest("uy ban nhan dan tinh phu tho", null, null, null, null, null, 5));
            assertEquals(scan.toString(), hits.get(0).source());
            assertEquals("ocr-corrected", s.show(hits.get(0).id()).get(0).textMethod());
        }
        // The Lucene index lost (or rebuilt with a new schema): the scan is not OCR'd again.
        deleteTree(idx.resolve("lucene"));
        JsonNode again = lastJson(Cli.run("index", in.toString(), "--index", idx.toString(), "--json").out());
        assertEquals(1, again.get("added").asInt());
        assertEquals(0, again.get("pagesOcred").asInt());
    }

    static JsonNode lastJson(String out) throws IOException {
        List<String> lines = out.strip().lines().toList();
        assertFalse(lines.isEmpty(), "no output");
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new TreeSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Integer> counts(JsonNode s) {
        return List.of(s.get("added").asInt(), s.get("updated").asInt(), s.get("unchanged").asInt(), s.get("deleted").asInt(),
                s.get("failed").size());
    }

    private static long documents(String idx) throws IOException {
        try (ArchiveSearcher s = ArchiveSearcher.open(new IndexLayout(Path.of(idx)))) {
            return s.stats().documents();
        }
    }

    private static byte[] noise(int n) {
        byte[] b = new byte[n];
        new java.util.Random(20250101).nextBytes(b);
        b[0] = 'x'; // never a magic number by chance
        return b;
    }

    static void truncatedPdf(Path p) throws IOException {
        Path whole = p.resolveSibling("whole.pdf.tmp");
        ScanWriter.writePdf(Scans.images("Một trang thử nghiệm.", 150, Degradation.NONE), 150, whole);
        byte[] all = Files.readAllBytes(whole);
        Files.delete(whole);
        Files.write(p, Arrays.copyOf(all, all.length / 2));
    }

    static void encryptedPdf(Path p) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(p.toFile());
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
