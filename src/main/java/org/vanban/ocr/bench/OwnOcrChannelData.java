package org.vanban.ocr.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vanban.ocr.InputException;
import org.vanban.ocr.OcrConfig;
import org.vanban.ocr.OcrEngineException;
import org.vanban.ocr.OcrService;
import org.vanban.ocr.Tessdata;
import org.vanban.ocr.tesseract.TesseractEngine;
import org.vanban.samples.ScanWriter;
import org.vanban.text.channel.ChannelDataTool;

/**
 * Development entry point of {@code bin/dev/channel-data --own-ocr}: the channel-data tool, with its
 * {@code vie} training pages read the way {@code vanban ocr} reads a scan (deskew, despeckle, the
 * second reading of an empty page) instead of by the bare {@code tesseract} command. The corrector is
 * given that text, and on HEAVY pages it differs most: without the preprocessing's smoothing,
 * Tesseract's layout analysis drowns in the paper noise and the command's output is mostly too far
 * from the truth to align.
 */
public final class OwnOcrChannelData {
    private OwnOcrChannelData() {}

    public static void main(String[] args) {
        int jobs = 2;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--jobs")) {
                jobs = Integer.parseInt(args[i + 1]);
            }
        }
        OcrConfig config = OcrConfig.defaults().withJobs(jobs); // no corrector: the raw text is what is learned
        try (OcrService service = new OcrService(config, TesseractEngine.factory(Tessdata.locate(), Tessdata.LANGUAGE))) {
            ChannelDataTool.run(args, new Reader(service));
        } catch (OcrEngineException e) {
            System.err.println("channel-data: " + e.getMessage());
            System.exit(1);
        }
    }

    private record Reader(OcrService service) implements ChannelDataTool.PageReader {
        @Override
        public String name() {
            return "vanban's own OCR";
        }

        @Override
        public String read(BufferedImage page, int dpi, Path scratch) throws IOException {
            Path png = scratch.resolveSibling(scratch.getFileName() + ".png");
            ScanWriter.writePng(page, dpi, png);
            try {
                return service.process(png).text();
            } catch (InputException e) {
                throw new IOException(png + ": " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(png);
            }
        }
    }
}
