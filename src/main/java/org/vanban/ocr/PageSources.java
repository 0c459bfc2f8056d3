package org.vanban.ocr;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the right {@link PageSource} for a file, judged by its content. */
public final class PageSources {
    private PageSources() {}

    public static PageSource open(Path file, OcrConfig config) throws InputException {
        FileFormat format;
        try {
            format = FileFormat.detect(file);
        } catch (IOException e) {
            throw new InputException(Reasons.message(e), e);
        }
        if (!format.supported()) {
            throw new InputException(format == FileFormat.UNKNOWN || format == FileFormat.TEXT || format == FileFormat.HTML
                    ? "not a PDF, TIFF, PNG or JPEG file (content is " + (format == FileFormat.UNKNOWN ? "unrecognised" : format.label()) + ")"
                    : "unsupported format " + format.label() + " (vanban reads PDF, TIFF, PNG and JPEG)");
        }
        if (format == FileFormat.PDF) {
            return new PdfPageSource(file, config.mode(), config.dpi(), config.keepImages());
        }
        try {
            return new ImagePageSource(file, format, config.dpi());
        } catch (IOException e) {
            throw new InputException(Reasons.decoding(format.label(), e), e);
        }
    }
}
