package org.vanban.ocr.tesseract;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Silences Leptonica, which Tesseract uses for images and which prints its own "Error in ..."
 * lines straight to stderr (e.g. "Error in boxClipToRectangle: box outside rectangle" on some
 * noisy pages). Those are internal and harmless, and vanban promises one line per failed file.
 */
final class Leptonica {
    private static final int L_SEVERITY_NONE = 6;
    private static volatile boolean done;

    private interface Lept extends Library {
        int setMsgSeverity(int severity);
    }

    private Leptonica() {}

    static synchronized void silence() {
        if (done) {
            return;
        }
        done = true;
        for (String name : new String[] {"lept", "leptonica"}) {
            try {
                Native.load(name, Lept.class).setMsgSeverity(L_SEVERITY_NONE);
                return;
            } catch (UnsatisfiedLinkError e) {
                // try the other name: Debian 12 ships liblept.so.5, newer systems libleptonica.so.6
            }
        }
    }
}
