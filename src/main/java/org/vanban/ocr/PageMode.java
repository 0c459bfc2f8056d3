package org.vanban.ocr;

/** How the text of a page was obtained. */
public enum PageMode {
    /** Taken from the PDF's own text layer. */
    TEXT_LAYER("text-layer"),
    /** Recognised by the OCR engine from the page image. */
    OCR("ocr");

    private final String label;

    PageMode(String label) {
        this.label = label;
    }

    /** The name used in JSON output and messages. */
    public String label() {
        return label;
    }
}
