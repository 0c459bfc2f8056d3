package org.vanban.ocr;

/** Whether PDF pages are OCRed; images are always OCRed. */
public enum OcrMode {
    /** Use the text layer when it holds real text, OCR the page otherwise. */
    AUTO,
    /** Always OCR, ignoring any text layer. */
    FORCE,
    /** Never OCR PDF pages: take the text layer, even when it is empty or garbage. */
    SKIP
}
