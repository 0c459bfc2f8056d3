package org.vanban.text.restore;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a supposed text file into a string, refusing binary data and invalid UTF-8. */
public final class TextInput {
    /** The input is not UTF-8 text; the message says why, in words for the user. */
    public static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }

    private TextInput() {}

    /** The text, without a leading byte-order mark. */
    public static String decode(byte[] bytes) throws NotTextException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw new NotTextException("binary data, not text (NUL byte at offset " + i + ")");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 20L > bytes.length) {
            throw new NotTextException("binary data, not text (" + controls + " control bytes)");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new NotTextException("not valid UTF-8 (bad byte at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
