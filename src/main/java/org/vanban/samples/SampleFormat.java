package org.vanban.samples;

/** The file formats a sample can be written in, with the extension each gets. */
public enum SampleFormat {
    /** Image-only PDF, as a scanner makes it. */
    PDF("pdf"),
    /** One multi-page TIFF. */
    TIFF("tif"),
    /** One PNG per page. */
    PNG("png"),
    /** One JPEG per page. */
    JPG("jpg");

    private final String extension;

    SampleFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
