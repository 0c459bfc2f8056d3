package org.vanban.ocr;

/** The OCR engine failed on a page or could not start; the message is meant for the user. */
public class OcrEngineException extends Exception {
    public OcrEngineException(String message) {
        super(message);
    }
}
