package org.vanban.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Small ImageIO helpers shared by the scan simulator and the writers. */
final class GrayImages {
    private GrayImages() {}

    /** JFIF JPEG bytes; a dpi of 0 leaves the density unset (aspect ratio only). */
    static void encodeJpeg(BufferedImage page, float quality, int dpi, OutputStream stream) throws IOException {
        if (!(quality > 0 && quality <= 1)) {
            throw new IllegalArgumentException("jpeg quality must be in (0, 1]: " + quality);
        }
        BufferedImage gray = toGray(page);
        ImageWriter writer = writerFor("jpeg");
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(gray), param);
            if (dpi > 0) {
                String format = "javax_imageio_jpeg_image_1.0";
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
                jfif.setAttribute("resUnits", "1"); // dots per inch
                jfif.setAttribute("Xdensity", Integer.toString(dpi));
                jfif.setAttribute("Ydensity", Integer.toString(dpi));
                metadata.setFromTree(format, root);
            }
            writer.setOutput(ios);
            writer.write(null, new IIOImage(gray, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The image itself when it is 8-bit gray already, else a gray copy. */
    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    static ImageWriter writerFor(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no " + format + " image writer");
        }
        return writers.next();
    }
}
