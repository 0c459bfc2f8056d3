package org.vanban.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vanban.ocr.PageCorrector;

/**
 * Chooses how a file becomes text, by its extension: {@code .txt} is read as text; scans (PDF and
 * images) go to the OCR source, cached in the index's artefact store so an unchanged scan is never
 * OCR'd twice. A run without an OCR engine (none of its inputs is a scan) fails scans with a clear reason.
 */
public final class SourceTexts {
    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt");
    /** What {@code vanban ocr} picks up in folders; formats it cannot read are picked up to be reported. */
    public static final Set<String> SCAN_EXTENSIONS = Set.of(
            "pdf", "tif", "tiff", "png", "jpg", "jpeg", "jpe", "jfif", "gif", "bmp", "jp2", "j2k", "webp");

    private final TextSource text;
    private final TextSource scans;
    private final boolean ocr;
    private final ArtefactStore store;

    /**
     * @param ocr   the OCR engine adapter, or null when this build has none
     * @param store where OCR text is cached
     */
    public SourceTexts(TextSource ocr, ArtefactStore store) {
        this(ocr, store, PageCorrector.NONE);
    }

    /**
     * @param ocr       the OCR engine adapter, or null when this run has none
     * @param store     where OCR text is cached (as the engine gave it)
     * @param corrector applied to OCR text after the cache (see {@link Correction})
     */
    public SourceTexts(TextSource ocr, ArtefactStore store, PageCorrector corrector) {
        this.text = new PlainTextSource();
        this.ocr = ocr != null;
        this.store = store;
        this.scans = ocr == null
                ? file -> {
                    throw new UnreadableSourceException("scans need OCR, and no OCR engine was started for this run");
                }
                : new Correction(new CachingTextSource(ocr, store), corrector);
    }

    /** Whether a scan's text may already be cached: false for a new index, whose store is empty. */
    public boolean mayHaveCachedText() {
        return store != null && !store.isEmpty();
    }

    /** Whether scans can be read (an OCR engine is plugged in). */
    public boolean hasOcr() {
        return ocr;
    }

    /** Whether a file found while walking a directory is an input (other files are passed over). */
    public static boolean isInput(Path file) {
        String ext = extension(file);
        return TEXT_EXTENSIONS.contains(ext) || SCAN_EXTENSIONS.contains(ext);
    }

    /** Whether the file is read as text (not OCR'd). */
    public static boolean isText(Path file) {
        return TEXT_EXTENSIONS.contains(extension(file));
    }

    /** Whether the file is a scan (OCR'd). */
    public static boolean isScan(Path file) {
        return SCAN_EXTENSIONS.contains(extension(file));
    }

    /** Whether an input named on the command line may hold scans: a folder, or a scan itself. */
    public static boolean mayHoldScans(Path input) {
        return Files.isDirectory(input) || isScan(input);
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
