package org.vanban.pipeline;

/** A source file that gives no text; the message is the reason shown to the user next to the path. */
public final class UnreadableSourceException extends Exception {
    public UnreadableSourceException(String reason) {
        super(reason);
    }

    public UnreadableSourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
