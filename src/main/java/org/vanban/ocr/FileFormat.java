package org.vanban.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The format of a file judged by its first bytes, never by its name: a JPEG saved as {@code .png}
 * is read as the JPEG it is; a text file named {@code .png} is refused for what it is.
 */
public enum FileFormat {
    PDF("PDF", true),
    TIFF("TIFF", true),
    PNG("PNG", true),
    JPEG("JPEG", true),
    BIG_TIFF("BigTIFF", false),
    GIF("GIF", false),
    BMP("BMP", false),
    JPEG2000("JPEG 2000", false),
    WEBP("WebP", false),
    GZIP("gzip", false),
    ZIP("ZIP", false),
    HTML("HTML", false),
    TEXT("text", false),
    UNKNOWN("unknown", false);

    /** PDF readers accept junk before the header; so does PDFBox, so look this far for it. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String label;
    private final boolean supported;

    FileFormat(String label, boolean supported) {
        this.label = label;
        this.supported = supported;
    }

    public String label() {
        return label;
    }

    public boolean supported() {
        return supported;
    }

    public static FileFormat detect(Path file) throws IOException {
        byte[] head = new byte[PDF_HEADER_WINDOW];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return detect(head, n);
    }

    static FileFormat detect(byte[] b, int n) {
        if (starts(b, n, 0x25, 0x50, 0x44, 0x46)) {
            return PDF;
        }
        if (starts(b, n, 0x49, 0x49, 0x2A, 0x00) || starts(b, n, 0x4D, 0x4D, 0x00, 0x2A)) {
            return TIFF;
        }
        if (starts(b, n, 0x49, 0x49, 0x2B, 0x00) || starts(b, n, 0x4D, 0x4D, 0x00, 0x2B)) {
            return BIG_TIFF;
        }
        if (starts(b, n, 0x89, 0x50, 0x4E, 0x47)) {
            return PNG;
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, n, 0x47, 0x49, 0x46, 0x38)) {
            return GIF;
        }
        if (starts(b, n, 0x42, 0x4D)) {
            return BMP;
        }
        if (starts(b, n, 0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50) || starts(b, n, 0xFF, 0x4F, 0xFF, 0x51)) {
            return JPEG2000;
        }
        if (n >= 12 && starts(b, n, 0x52, 0x49, 0x46, 0x46) && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        if (starts(b, n, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (starts(b, n, 0x50, 0x4B, 0x03, 0x04)) {
            return ZIP;
        }
        String text = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        int pdf = text.indexOf("%PDF-");
        if (pdf > 0) {
            return PDF;
        }
        String lower = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return HTML;
        }
        return looksLikeText(b, n) ? TEXT : UNKNOWN;
    }

    private static boolean looksLikeText(byte[] b, int n) {
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
