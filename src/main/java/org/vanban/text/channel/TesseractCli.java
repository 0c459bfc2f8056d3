package org.vanban.text.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one image for the channel-data tool. The product's OCR goes through
 * the library in {@code org.vanban.ocr}; this development tool only needs the plain text of a page, and the
 * command line keeps it independent of that package. One OpenMP thread per process: the tool runs its own
 * processes in parallel.
 */
final class TesseractCli implements ChannelDataTool.PageReader {
    static final String NAME = "tesseract command";
    private static final long TIMEOUT_SECONDS = 300;

    private final String language;
    private final Path tessdata;

    /** @param tessdata the tessdata folder, or null for the system's */
    TesseractCli(String language, Path tessdata) {
        this.language = language;
        this.tessdata = tessdata;
    }

    String language() {
        return language;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String read(java.awt.image.BufferedImage page, int dpi, Path scratch) throws IOException, InterruptedException {
        // PGM: raw grey bytes, ten times faster to write than PNG; the resolution goes on the command line
        Path image = scratch.resolveSibling(scratch.getFileName() + ".pgm");
        ChannelDataTool.writePgm(page, image);
        try {
            return ocr(image, dpi);
        } finally {
            java.nio.file.Files.deleteIfExists(image);
        }
    }

    /** The text of the page image; fails with the command's own message when Tesseract does. */
    String ocr(Path image, int dpi) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "tesseract", image.toString(), "stdout", "-l", language, "--dpi", String.valueOf(dpi)));
        if (tessdata != null) {
            command.add(1, "--tessdata-dir");
            command.add(2, tessdata.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run tesseract (is it installed?): " + e.getMessage(), e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tesseract timed out on " + image);
        }
        if (p.exitValue() != 0) {
            throw new IOException("tesseract -l " + language + " failed on " + image + " (exit " + p.exitValue() + ")");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
