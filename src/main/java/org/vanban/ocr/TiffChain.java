package org.vanban.ocr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts the pages of a classic TIFF by walking its chain of image directories (IFDs) from the
 * header, refusing chains that loop: ImageIO would otherwise return the same pages forever.
 */
final class TiffChain {
    private static final int MAX_PAGES = 10_000;

    private TiffChain() {}

    static int countPages(Path file) throws IOException, InputException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = read(ch, 0, 8);
            if (head == null) {
                throw new InputException("damaged TIFF: header cut off");
            }
            head.order(head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            ByteOrder order = head.order();
            long offset = Integer.toUnsignedLong(head.getInt(4));
            Set<Long> seen = new HashSet<>();
            int pages = 0;
            while (offset != 0) {
                if (offset < 8 || offset + 2 > size) {
                    if (pages == 0) {
                        throw new InputException("damaged TIFF: first page directory points outside the file");
                    }
                    break; // a bad link after good pages: keep the pages that are there
                }
                if (!seen.add(offset)) {
                    throw new InputException("damaged TIFF: the page list loops back on itself");
                }
                if (++pages > MAX_PAGES) {
                    throw new InputException("TIFF has more than " + MAX_PAGES + " pages");
                }
                ByteBuffer count = read(ch, offset, 2).order(order);
                int entries = Short.toUnsignedInt(count.getShort(0));
                ByteBuffer next = read(ch, offset + 2 + 12L * entries, 4);
                if (next == null) {
                    break;
                }
                offset = Integer.toUnsignedLong(next.order(order).getInt(0));
            }
            return pages;
        }
    }

    private static ByteBuffer read(FileChannel ch, long pos, int n) throws IOException {
        if (pos < 0 || pos + n > ch.size()) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                return null;
            }
        }
        return buf;
    }
}
