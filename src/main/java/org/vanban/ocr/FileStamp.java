package org.vanban.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What tells a rewritten file from an untouched one without reading it: its size, modification
 * time (to the nanosecond where the file system keeps it) and identity (the inode, where there is
 * one). Copying a file over it, or writing into it, changes the stamp.
 */
record FileStamp(long size, FileTime modified, Object key) {
    static FileStamp of(Path file) throws InputException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (IOException e) {
            throw new InputException("cannot read: " + Reasons.message(e), e);
        }
    }
}
