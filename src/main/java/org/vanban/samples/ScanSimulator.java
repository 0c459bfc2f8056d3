package org.vanban.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;

/**
 * Damages a clean page the way a scanner does, in the order it happens: dust and toner specks on
 * the paper, the page lying crooked on the glass, soft optics, faded contrast, sensor noise, and
 * finally JPEG compression. All randomness comes from the given generator.
 */
final class ScanSimulator {
    private static final double REFERENCE_DPI = 300;

    private ScanSimulator() {}

    static BufferedImage apply(BufferedImage clean, Degradation d, int dpi, RandomGenerator random) {
        if (d.equals(Degradation.NONE)) {
            return clean;
        }
        double scale = dpi / REFERENCE_DPI;
        drawSpecks(clean, d.specks(), scale, random);
        int width = clean.getWidth();
        int height = clean.getHeight();
        float[] pixels = toFloats(clean);
        if (d.skewDegrees() > 0) {
            double magnitude = d.skewDegrees() * (0.5 + 0.5 * random.nextDouble());
            pixels = rotate(pixels, width, height, Math.toRadians(random.nextBoolean() ? magnitude : -magnitude));
        }
        if (d.blurSigma() > 0) {
            gaussianBlur(pixels, width, height, d.blurSigma() * scale);
        }
        byte[] out = new byte[pixels.length];
        double contrast = d.contrast();
        // Binning sensor cells at a lower resolution averages noise out. Physically sigma falls with
        // the linear scale; Tesseract measurements showed that makes 200 dpi pages easier to read
        // than 300 dpi ones, so the fall is softened to its square root.
        double noise = d.noiseSigma() * Math.sqrt(Math.min(1, scale));
        for (int i = 0; i < pixels.length; i++) {
            double v = 127.5 + (pixels[i] - 127.5) * contrast;
            if (noise > 0) {
                v += random.nextGaussian() * noise;
            }
            out[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
        }
        BufferedImage result = fromBytes(out, width, height);
        return d.jpeg() ? jpegRoundTrip(result, d.jpegQuality()) : result;
    }

    /** Mostly tiny dots, a few larger blots; dark but not always black. */
    private static void drawSpecks(BufferedImage image, int count, double scale, RandomGenerator random) {
        if (count == 0) {
            return;
        }
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int i = 0; i < count; i++) {
                double x = random.nextDouble() * image.getWidth();
                double y = random.nextDouble() * image.getHeight();
                double r = (random.nextDouble() < 0.9 ? 0.6 + random.nextDouble() * 1.6 : 2 + random.nextDouble() * 2.5) * scale;
                double stretch = 0.6 + random.nextDouble() * 0.8;
                int gray = random.nextInt(90);
                g.setColor(new Color(gray, gray, gray));
                g.fill(new Ellipse2D.Double(x - r, y - r * stretch, 2 * r, 2 * r * stretch));
            }
        } finally {
            g.dispose();
        }
    }

    /** Rotation about the page centre with bilinear sampling; what comes in from outside is white. */
    private static float[] rotate(float[] src, int width, int height, double angle) {
        float[] dst = new float[src.length];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                // Inverse mapping: where in the source does this destination pixel come from?
                double sx = cos * dx + sin * dy + cx;
                double sy = -sin * dx + cos * dy + cy;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                double fx = sx - x0;
                double fy = sy - y0;
                double top = lerp(sample(src, width, height, x0, y0), sample(src, width, height, x0 + 1, y0), fx);
                double bottom = lerp(sample(src, width, height, x0, y0 + 1), sample(src, width, height, x0 + 1, y0 + 1), fx);
                dst[y * width + x] = (float) lerp(top, bottom, fy);
            }
        }
        return dst;
    }

    private static double sample(float[] src, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 255 : src[y * width + x];
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** Separable gaussian, edges clamped. */
    private static void gaussianBlur(float[] pixels, int width, int height, double sigma) {
        int radius = Math.max(1, (int) Math.ceil(3 * sigma));
        float[] kernel = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= (float) sum;
        }
        float[] line = new float[width];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float acc = 0;
                for (int k = -radius; k <= radius; k++) {
                    int xx = Math.min(width - 1, Math.max(0, x + k));
                    acc += kernel[k + radius] * pixels[row + xx];
                }
                line[x] = acc;
            }
            System.arraycopy(line, 0, pixels, row, width);
        }
        // Vertical pass row by row, so memory is read in order.
        float[] columnPass = new float[pixels.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int k = -radius; k <= radius; k++) {
                int source = Math.min(height - 1, Math.max(0, y + k)) * width;
                float w = kernel[k + radius];
                for (int x = 0; x < width; x++) {
                    columnPass[row + x] += w * pixels[source + x];
                }
            }
        }
        System.arraycopy(columnPass, 0, pixels, 0, pixels.length);
    }

    private static float[] toFloats(BufferedImage image) {
        byte[] bytes = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float[] out = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xFF;
        }
        return out;
    }

    private static BufferedImage fromBytes(byte[] bytes, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(bytes, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, bytes.length);
        return image;
    }

    private static BufferedImage jpegRoundTrip(BufferedImage image, int quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            GrayImages.encodeJpeg(image, quality / 100f, 0, bytes);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            return GrayImages.toGray(decoded);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip failed", e);
        }
    }
}
