package org.vanban.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Reads a UTF-8 text file (with or without a byte-order mark) into NFC text. */
public final class PlainTextSource implements TextSource {
    @Override
    public SourceText read(SourceFile file) throws UnreadableSourceException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.content()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException("not valid UTF-8 text (legacy Vietnamese encodings are not converted yet)", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableSourceException("binary data in a text file");
        }
        if (text.isBlank()) {
            throw new UnreadableSourceException("empty file");
        }
        return new SourceText(Normalizer.normalize(text, Normalizer.Form.NFC), "text", 0);
    }
}
