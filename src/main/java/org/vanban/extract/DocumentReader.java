package org.vanban.extract;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns an input file into the text to parse. The one replaceable step before parsing: plain text
 * today ({@link TextFileReader}); an OCR-backed reader for scans plugs in here.
 */
@FunctionalInterface
public interface DocumentReader {
    /**
     * @return the text, Unicode NFC
     * @throws UnreadableInputException when the file is not something this reader can turn into text
     * @throws IOException when the file cannot be read at all
     */
    String read(Path path) throws IOException, UnreadableInputException;

    /** A file that was read but holds no usable text; the message says why, for the user. */
    final class UnreadableInputException extends Exception {
        public UnreadableInputException(String reason) {
            super(reason);
        }
    }
}
