package org.vanban.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses how a file becomes text, by its extension: {@code .txt} is read as text; scans (PDF and
 * images) go to the OCR source, cached in the index's artefact store so an unchanged scan is never
 * OCR'd twice. Until an OCR engine is plugged in, scans fail with a clear reason.
 */
public final class SourceTexts {
    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt");
    public static final Set<String> SCAN_EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif", "webp");

    private final TextSource text;
    private final TextSource scans;

    /**
     * @param ocr   the OCR engine adapter, or null when this build has none
     * @param store where OCR text is cached
     */
    public SourceTexts(TextSource ocr, ArtefactStore store) {
        this.text = new PlainTextSource();
        this.scans = ocr == null
                ? file -> {
                    throw new UnreadableSourceException("scans need OCR, which this build cannot do yet");
                }
                : new CachingTextSource(ocr, store);
    }

    /** Whether a file found while walking a directory is an input (other files are passed over). */
    public static boolean isInput(Path file) {
        String ext = extension(file);
        return TEXT_EXTENSIONS.contains(ext) || SCAN_EXTENSIONS.contains(ext);
    }

    /** The source for {@code file}, or empty when its type is not one vanban reads. */
    public Optional<TextSource> forFile(Path file) {
        String ext = extension(file);
        if (TEXT_EXTENSIONS.contains(ext)) {
            return Optional.of(text);
        }
        if (SCAN_EXTENSIONS.contains(ext)) {
            return Optional.of(scans);
        }
        return Optional.empty();
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
