package org.vanban.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/** Reads a UTF-8 text file strictly: empty files, binary data and invalid UTF-8 are refused with a reason. */
public final class TextFileReader implements DocumentReader {
    /** Larger inputs are not one directive; refusing them keeps a stray archive from eating memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public String read(Path path) throws IOException, UnreadableInputException {
        if (Files.isDirectory(path)) {
            throw new UnreadableInputException("is a directory");
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new UnreadableInputException("too large for a directive (" + size + " bytes)");
        }
        byte[] bytes = Files.readAllBytes(path);
        if (bytes.length == 0) {
            throw new UnreadableInputException("empty file");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableInputException("binary data, not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("not valid UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableInputException("no text");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
