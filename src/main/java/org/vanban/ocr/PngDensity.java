package org.vanban.ocr;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The resolution in a PNG's pHYs chunk, read by walking chunk headers up to the image data.
 * ImageIO's metadata reader would also inflate every text chunk, which can be a bomb.
 */
final class PngDensity {
    private static final int PHYS = 0x70485973;
    private static final int IDAT = 0x49444154;

    private PngDensity() {}

    static OptionalInt dpi(Path png) {
        try (InputStream raw = Files.newInputStream(png); DataInputStream in = new DataInputStream(raw)) {
            in.skipNBytes(8);
            for (int chunks = 0; chunks < 1000; chunks++) {
                long length = Integer.toUnsignedLong(in.readInt());
                int type = in.readInt();
                if (type == IDAT) {
                    return OptionalInt.empty();
                }
                if (type == PHYS && length == 9) {
                    long x = Integer.toUnsignedLong(in.readInt());
                    in.readInt();
                    int unit = in.readUnsignedByte();
                    if (unit == 1) { // pixels per metre
                        int dpi = ImagePageSource.plausible(Math.round(x * 0.0254), -1);
                        return dpi > 0 ? OptionalInt.of(dpi) : OptionalInt.empty();
                    }
                    return OptionalInt.empty();
                }
                in.skipNBytes(length + 4);
            }
        } catch (IOException | RuntimeException e) {
            // no usable density: the caller assumes the default
        }
        return OptionalInt.empty();
    }
}
