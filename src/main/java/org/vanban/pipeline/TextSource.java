package org.vanban.pipeline;

/**
 * The seam "turn a source file into text". Text files are read by {@link PlainTextSource}; scans
 * go to an OCR engine adapter implementing this interface, plugged into {@link SourceTexts}.
 */
@FunctionalInterface
public interface TextSource {
    /**
     * The text of {@code file}.
     *
     * @throws UnreadableSourceException with a one-line reason when the file cannot give text
     */
    SourceText read(SourceFile file) throws UnreadableSourceException;
}
