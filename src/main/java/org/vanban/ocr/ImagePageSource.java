package org.vanban.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Pages of a TIFF (one per directory), PNG or JPEG, through the JDK's ImageIO readers. Each
 * page's size is read from its header and checked against {@link ImageLimits} before its pixels
 * are decoded. The page's own resolution is used when it declares a plausible one.
 */
final class ImagePageSource implements PageSource {
    static {
        ImageIO.setUseCache(false); // decode in memory, never into stray temp files
    }

    private final Path file;
    private final FileFormat format;
    private final int defaultDpi;
    private final ImageInputStream stream;
    private final ImageReader reader;
    private final int pages;
    private int next;

    ImagePageSource(Path file, FileFormat format, int defaultDpi) throws InputException, IOException {
        this.file = file;
        this.format = format;
        this.defaultDpi = defaultDpi;
        this.pages = format == FileFormat.TIFF ? TiffChain.countPages(file) : 1;
        this.stream = ImageIO.createImageInputStream(file.toFile());
        if (stream == null) {
            throw new InputException("cannot open file");
        }
        String name = switch (format) {
            case TIFF -> "tiff";
            case PNG -> "png";
            case JPEG -> "jpeg";
            default -> throw new InputException("unsupported format " + format.label());
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
        if (!readers.hasNext()) {
            stream.close();
            throw new InputException("no " + format.label() + " reader available");
        }
        this.reader = readers.next();
        // PNG text chunks can be decompression bombs; nothing in them is needed.
        reader.setInput(stream, false, format == FileFormat.PNG);
    }

    @Override
    public int declaredPages() {
        return pages;
    }

    @Override
    public SourcePage next() throws InputException {
        if (next >= pages) {
            return null;
        }
        int index = next++;
        String what = pages > 1 ? "page " + (index + 1) : "image";
        try {
            ImageLimits.check(reader.getWidth(index), reader.getHeight(index), what);
            int dpi = format == FileFormat.PNG ? PngDensity.dpi(file).orElse(defaultDpi) : declaredDpi(index);
            BufferedImage image = reader.read(index);
            if (image == null) {
                throw new InputException("damaged " + format.label() + ": no image data in " + what);
            }
            GrayImage gray = Grayscale.of(image, dpi);
            image = null;
            if (format == FileFormat.JPEG) {
                gray = ExifOrientation.apply(gray, ExifOrientation.read(file));
            }
            return new SourcePage(index + 1, null, gray, java.util.List.of());
        } catch (IndexOutOfBoundsException e) {
            throw new InputException("damaged " + format.label() + ": " + what + " is missing");
        } catch (IOException | RuntimeException e) {
            throw new InputException(Reasons.decoding(format.label(), e), e);
        }
    }

    /** The resolution in the image's metadata when plausible, else the default. */
    private int declaredDpi(int index) {
        try {
            IIOMetadata meta = reader.getImageMetadata(index);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return defaultDpi;
            }
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
            NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() == 0) {
                return defaultDpi;
            }
            Node value = nodes.item(0).getAttributes().getNamedItem("value");
            double mmPerPixel = Double.parseDouble(value.getNodeValue());
            return plausible(Math.round(25.4 / mmPerPixel), defaultDpi);
        } catch (IOException | RuntimeException e) {
            return defaultDpi; // bad resolution metadata does not spoil good pixels
        }
    }

    static int plausible(long dpi, int fallback) {
        return dpi >= 70 && dpi <= 1200 ? (int) dpi : fallback;
    }

    @Override
    public void close() {
        reader.dispose();
        try {
            stream.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read-only stream changes nothing
        }
    }
}
