package org.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamplesCommandTest {
    private static final String DOC = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;\n";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();
    private Path doc;
    private Path outDir;

    @BeforeEach
    void writeInput() throws IOException {
        doc = Files.writeString(dir.resolve("cong-van.txt"), DOC);
        outDir = dir.resolve("out");
    }

    @Test
    void writesEveryFormatAndTheGroundTruth() throws IOException {
        assertEquals(0, cli.run("samples", "render", doc.toString(), "-o", outDir.toString(), "--dpi", "150"));
        assertEquals(List.of("cong-van.gt.txt", "cong-van.jpg", "cong-van.pdf", "cong-van.png", "cong-van.tif"), list(outDir));
        assertEquals(DOC, Files.readString(outDir.resolve("cong-van.gt.txt")));
        BufferedImage png = ImageIO.read(outDir.resolve("cong-van.png").toFile());
        assertEquals(1240, png.getWidth());
        try (PDDocument pdf = Loader.loadPDF(outDir.resolve("cong-van.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        assertTrue(out.toString().contains("1 page"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void multiPageDocumentsGetOneImageAndOneGroundTruthPerPage() throws IOException {
        Path twoPages = Files.writeString(dir.resolve("ke-hoach.txt"), "Trang một\fTrang hai\n");
        assertEquals(0, cli.run("samples", "render", twoPages.toString(), "-o", outDir.toString(),
                "--formats", "png,tiff", "--degrade", "LIGHT", "--dpi", "150", "--seed", "9"));
        assertEquals(List.of("ke-hoach-p1.gt.txt", "ke-hoach-p1.png", "ke-hoach-p2.gt.txt", "ke-hoach-p2.png",
                "ke-hoach.gt.txt", "ke-hoach.tif"), list(outDir));
        assertEquals("Trang hai\n", Files.readString(outDir.resolve("ke-hoach-p2.gt.txt")));
        assertEquals("Trang một\fTrang hai\n", Files.readString(outDir.resolve("ke-hoach.gt.txt")));
    }

    @Test
    void sameNameFromTwoFoldersGetsADeterministicSuffix() throws IOException {
        Path other = Files.createDirectories(dir.resolve("b")).resolve("cong-van.txt");
        Files.writeString(other, "Kính gửi: Sở Tư pháp\n");
        assertEquals(0, cli.run("samples", "render", doc.toString(), other.toString(), "-o", outDir.toString(),
                "--formats", "jpg", "--dpi", "150"));
        assertEquals(List.of("cong-van-2.gt.txt", "cong-van-2.jpg", "cong-van.gt.txt", "cong-van.jpg"), list(outDir));
        assertEquals("Kính gửi: Sở Tư pháp\n", Files.readString(outDir.resolve("cong-van-2.gt.txt")));
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheRestIsRendered() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Hòa Bình".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        Path folder = Files.createDirectories(dir.resolve("folder.txt"));
        int code = cli.run("samples", "render", latin1.toString(), missing.toString(), folder.toString(), doc.toString(),
                "-o", outDir.toString(), "--formats", "png", "--dpi", "150");
        assertEquals(ExitCode.PARTIAL.code(), code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("latin1.txt") && lines.get(0).contains("not UTF-8"), lines.get(0));
        assertTrue(lines.get(1).contains("missing.txt") && lines.get(1).contains("no such file"), lines.get(1));
        assertTrue(lines.get(2).contains("folder.txt") && lines.get(2).contains("directory"), lines.get(2));
        assertEquals(List.of("cong-van.gt.txt", "cong-van.png"), list(outDir));
    }

    @ParameterizedTest
    @CsvSource({
        "--dpi, 100",          // below the scanner range
        "--dpi, 601",          // above it
        "--degrade, extreme",  // not a preset
        "--formats, pdf;gif",  // not a format (';' stands for ',' in this table)
        "--seed, abc",         // not a number
    })
    void badOptionsAreUsageErrors(String option, String value) {
        int code = cli.run("samples", "render", doc.toString(), "-o", outDir.toString(), option, value.replace(';', ','));
        assertEquals(ExitCode.USAGE.code(), code, err.toString());
        assertTrue(err.toString().contains(option.equals("--formats") ? "gif" : value), err.toString());
    }

    @Test
    void missingOutputDirectoryOptionOrTextIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), cli.run("samples", "render", doc.toString()));
        assertEquals(ExitCode.USAGE.code(), cli.run("samples", "render", "-o", outDir.toString()));
        assertEquals(ExitCode.USAGE.code(), cli.run("samples"));
    }

    @Test
    void outputDirectoryThatCannotBeCreatedIsFatal() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        int code = cli.run("samples", "render", doc.toString(), "-o", file.resolve("sub").toString());
        assertEquals(ExitCode.FATAL.code(), code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("cannot create output directory"), err.toString());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
