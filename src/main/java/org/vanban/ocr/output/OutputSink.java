package org.vanban.ocr.output;

import java.io.IOException;
import java.nio.file.Path;
import org.vanban.ocr.GrayImage;
import org.vanban.ocr.OcrResult;
import org.vanban.ocr.PageSink;
import org.vanban.ocr.PageText;

/**
 * Writes the outputs of one input file into a folder under its assigned base name:
 * {@code NAME.txt} and {@code NAME.json} always, {@code NAME.hocr} and {@code NAME.pdf} when asked.
 * hOCR and PDF are built page by page as pages arrive; every file appears atomically at the end.
 */
public final class OutputSink implements PageSink {
    private final Path dir;
    private final String name;
    private Hocr hocr;
    private SearchablePdf pdf;

    public OutputSink(Path dir, String name, boolean withHocr, boolean withPdf) throws IOException {
        this.dir = dir;
        this.name = name;
        try {
            this.hocr = withHocr ? new Hocr(dir.resolve(name + ".hocr"), name) : null;
            this.pdf = withPdf ? new SearchablePdf() : null;
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    @Override
    public synchronized void page(PageText page, GrayImage image) throws IOException {
        if (hocr != null) {
            hocr.add(page, image);
        }
        if (pdf != null) {
            pdf.add(page, image);
        }
    }

    @Override
    public synchronized void finish(OcrResult result) throws IOException {
        try {
            if (pdf != null) {
                pdf.save(dir.resolve(name + ".pdf"));
            }
            if (hocr != null) {
                hocr.commit();
            }
            JsonOutput.write(result, dir.resolve(name + ".json"));
            TextOutput.write(result, dir.resolve(name + ".txt"));
        } finally {
            abort();
        }
    }

    @Override
    public synchronized void abort() {
        try {
            if (hocr != null) {
                hocr.close();
            }
            if (pdf != null) {
                pdf.close();
            }
        } catch (IOException ignored) {
            // only temp files and memory are released here
        } finally {
            hocr = null;
            pdf = null;
        }
    }
}
