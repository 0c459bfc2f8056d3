package org.vanban.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp that tells OCR a file was rewritten while its pages were being read. */
class FileStampTest {
    @TempDir
    Path tmp;

    @Test
    void anUntouchedFileKeepsItsStamp() throws Exception {
        Path f = Files.write(tmp.resolve("scan.png"), new byte[] {1, 2, 3});
        assertEquals(FileStamp.of(f), FileStamp.of(f));
    }

    @Test
    void bytesRewrittenInPlaceAtTheSameSizeChangeTheStamp() throws Exception {
        Path f = Files.write(tmp.resolve("scan.png"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        FileStamp before = FileStamp.of(f);
        Files.write(f, new byte[] {4, 5, 6});
        assertNotEquals(before, FileStamp.of(f));
    }

    @Test
    void aFileMovedOverItChangesTheStampEvenWithTheSameTime() throws Exception {
        Path f = Files.write(tmp.resolve("scan.png"), new byte[] {1, 2, 3});
        FileStamp before = FileStamp.of(f);
        Path other = Files.write(tmp.resolve("other.png"), new byte[] {4, 5, 6});
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(f));
        Files.move(other, f, StandardCopyOption.REPLACE_EXISTING);
        assertNotEquals(before, FileStamp.of(f), "another inode");
    }

    @Test
    void aMissingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> FileStamp.of(tmp.resolve("gone.png")));
        assertTrue(e.getMessage().startsWith("cannot read"), e.getMessage());
    }
}
