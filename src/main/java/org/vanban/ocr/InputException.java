package org.vanban.ocr;

/**
 * An input file that cannot be processed, with a reason meant for the user (one line, no class
 * names). The batch reports it as {@code vanban: FILE: reason} and goes on with the next file.
 */
public class InputException extends Exception {
    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
