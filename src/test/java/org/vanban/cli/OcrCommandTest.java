package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.ocr.Cer;
import org.vanban.ocr.Scans;
import org.vanban.samples.Degradation;
import org.vanban.samples.RenderedPage;
import org.vanban.samples.ScanWriter;
import org.vanban.text.restore.Corrector;
import org.vanban.text.restore.Doubts;

/** {@code vanban ocr} end to end on rendered scans: outputs, naming, exit codes, error lines. */
class OcrCommandTest {
    @TempDir
    static Path tmp;
    static RenderedPage page;
    static Path in;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    @BeforeAll
    static void renderInputs() throws Exception {
        page = Scans.render(Scans.text("cong-van.txt"), 300, Degradation.LIGHT, 5).get(0);
        in = Files.createDirectories(tmp.resolve("in"));
        ScanWriter.writePng(page.image(), 300, Files.createDirectories(in.resolve("a")).resolve("letter.png"));
        ScanWriter.writeJpeg(page.image(), 300, 0.85f, Files.createDirectories(in.resolve("b")).resolve("letter.jpg"));
    }

    @Test
    void writesTextAndJsonWithDeterministicSuffixesForClashingNames() throws Exception {
        Path o = tmp.resolve("out-naming");
        assertEquals(0, cli.run("ocr", in.toString(), "-o", o.toString(), "--jobs", "2"), err.toString());
        assertEquals("", err.toString(), "quiet when not a terminal");
        // a/letter.png sorts before b/letter.jpg, so it keeps the plain name.
        assertEquals(List.of("letter-2.json", "letter-2.txt", "letter.json", "letter.txt"), list(o));
        JsonNode json = new ObjectMapper().readTree(o.resolve("letter.json").toFile());
        assertEquals(in.resolve("a/letter.png").toString(), json.get("source").asText());
        assertEquals(OcrServiceAccess.sha256(in.resolve("a/letter.png")), json.get("sha256").asText());
        JsonNode p1 = json.get("pages").get(0);
        assertEquals(1, p1.get("number").asInt());
        assertEquals("ocr", p1.get("mode").asText());
        assertEquals(300, p1.get("dpi").asInt());
        assertTrue(p1.get("confidence").asDouble() > 70);
        assertTrue(p1.get("ms").asLong() > 0);
        // The corrector runs by default; the JSON keeps Tesseract's own text beside the corrected one, and
        // the words Tesseract doubted, which the corrector was told of.
        Doubts.Builder doubts = new Doubts.Builder();
        for (JsonNode w : p1.get("doubtful")) {
            assertTrue(w.get("confidence").asDouble() < org.vanban.ocr.DoubtfulWords.THRESHOLD, w.toString());
            doubts.add(w.get("line").asInt(), w.get("word").asText());
        }
        assertEquals(Corrector.standard().correct(p1.get("rawText").asText(), doubts.build()), p1.get("text").asText());
        String txt = Files.readString(o.resolve("letter.txt"));
        assertEquals(Normalizer.normalize(txt, Normalizer.Form.NFC), txt);
        assertTrue(Cer.of(page.text(), txt) < 0.05, txt);
        assertTrue(Files.readString(o.resolve("letter-2.json")).contains("b/letter.jpg"));

        // The same inputs give the same names on a second run, in whatever order they are given.
        Path o2 = tmp.resolve("out-naming-2");
        assertEquals(0, cli.run("ocr", in.resolve("b").toString(), in.resolve("a/letter.png").toString(), "-o", o2.toString()));
        assertEquals(list(o), list(o2));
    }

    @Test
    void noCorrectKeepsTesseractsText() throws Exception {
        Path o = tmp.resolve("out-raw");
        assertEquals(0, cli.run("ocr", "--no-correct", in.resolve("a/letter.png").toString(), "-o", o.toString()), err.toString());
        JsonNode p1 = new ObjectMapper().readTree(o.resolve("letter.json").toFile()).get("pages").get(0);
        assertEquals(p1.get("rawText").asText(), p1.get("text").asText());
        assertTrue(Cer.of(page.text(), Files.readString(o.resolve("letter.txt"))) < 0.05);
    }

    @Test
    void badFilesGetOneLineEachAndExitCodeThree() throws Exception {
        Path mixed = Files.createDirectories(tmp.resolve("mixed"));
        ScanWriter.writePng(page.image(), 300, mixed.resolve("good.png"));
        Files.createFile(mixed.resolve("empty.pdf"));
        Files.writeString(mixed.resolve("fake.png"), "plain text, not a picture");
        Files.writeString(mixed.resolve("notes.txt"), "ignored: not an image extension");
        Path o = tmp.resolve("out-mixed");
        assertEquals(3, cli.run("ocr", mixed.toString(), "-o", o.toString(), "--quiet"));
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.contains("vanban: " + mixed.resolve("empty.pdf") + ": empty file"), err.toString());
        assertTrue(lines.contains("vanban: " + mixed.resolve("fake.png") + ": not a PDF, TIFF, PNG or JPEG file (content is text)"), err.toString());
        assertEquals(List.of("good.json", "good.txt"), list(o), "no output, not even a temp file, for failed files");
    }

    @Test
    void searchablePdfGivesBackNfcVietnameseOnCopyPaste() throws Exception {
        Path o = tmp.resolve("out-pdf");
        assertEquals(0, cli.run("ocr", in.resolve("a/letter.png").toString(), "-o", o.toString(), "--pdf", "--hocr"), err.toString());
        String ocrText = Files.readString(o.resolve("letter.txt"));
        try (PDDocument pdf = Loader.loadPDF(o.resolve("letter.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            // A4 at 300 dpi becomes an A4 page in points.
            assertEquals(595, pdf.getPage(0).getMediaBox().getWidth(), 1.5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String extracted = stripper.getText(pdf);
            assertEquals(Normalizer.normalize(extracted, Normalizer.Form.NFC), extracted);
            assertTrue(extracted.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), extracted);
            // Words land in order and in their lines: the layer reads like the OCR text.
            assertTrue(Cer.of(ocrText, extracted) < 0.03, "CER " + Cer.of(ocrText, extracted) + "\n" + extracted);
            assertTrue(Cer.of(page.text(), extracted) < 0.06, extracted);
        }
        String hocr = Files.readString(o.resolve("letter.hocr"));
        assertTrue(hocr.contains("class=\"ocr_page\"") && hocr.contains("class=\"ocrx_word\"") && hocr.contains("x_wconf"), hocr);
        assertTrue(hocr.contains(">VIỆT</span>"), hocr);
    }

    @Test
    void searchablePdfOfATextLayerPageKeepsItsText() throws Exception {
        Path born = Files.createDirectories(tmp.resolve("born")).resolve("digital.pdf");
        String truth = Scans.text("cong-van.txt");
        ScanWriter.writeTextPdf(truth, born);
        Path o = tmp.resolve("out-born");
        assertEquals(0, cli.run("ocr", born.toString(), "-o", o.toString(), "--pdf"), err.toString());
        assertTrue(Files.readString(o.resolve("digital.json")).contains("\"mode\" : \"text-layer\""));
        try (PDDocument pdf = Loader.loadPDF(o.resolve("digital.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String extracted = stripper.getText(pdf);
            assertTrue(Cer.of(truth, extracted) < 0.02, "CER " + Cer.of(truth, extracted) + "\n" + extracted);
        }
    }

    @Test
    void invalidJobsIsAUsageError() {
        assertEquals(2, cli.run("ocr", in.toString(), "-o", tmp.resolve("x").toString(), "--jobs", "-3"));
        assertTrue(err.toString().contains("--jobs"), err.toString());
    }

    @Test
    void missingOutputOptionIsAUsageError() {
        assertEquals(2, cli.run("ocr", in.toString()));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The service's hashing, to check the JSON against an independent call. */
    static final class OcrServiceAccess {
        static String sha256(Path p) throws Exception {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
        }
    }
}
