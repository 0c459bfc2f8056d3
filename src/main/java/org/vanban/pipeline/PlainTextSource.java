package org.vanban.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.vanban.text.legacy.Encoding;
import org.vanban.text.legacy.LegacyDecoder;
import org.vanban.text.legacy.LegacyEncoding;

/**
 * Reads a text file into NFC text: UTF-8 (with or without a byte-order mark), or a pre-Unicode
 * Vietnamese encoding (TCVN3, VNI) converted to Unicode. Legacy files come in two shapes: the
 * original single-byte files (not valid UTF-8: their bytes are read as the Latin-1 characters the
 * legacy fonts drew as Vietnamese letters), and files already re-saved as UTF-8 but still holding
 * those Latin-1 characters ("Céng hßa"). {@link LegacyEncoding} decides for both, so a file that is
 * neither UTF-8 nor a legacy encoding is refused rather than indexed as mojibake.
 */
public final class PlainTextSource implements TextSource {
    @Override
    public SourceText read(SourceFile file) throws UnreadableSourceException {
        byte[] bytes;
        try {
            bytes = file.content() != null ? file.content() : Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new UnreadableSourceException("empty file");
        }
        Optional<String> utf8 = utf8(bytes);
        String text = utf8.orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableSourceException("binary data in a text file");
        }
        if (text.isBlank()) {
            throw new UnreadableSourceException("empty file");
        }
        Optional<Encoding> legacy = LegacyEncoding.detect(text);
        if (legacy.isPresent()) {
            String unicode = LegacyDecoder.toUnicode(text, legacy.get());
            return new SourceText(Normalizer.normalize(unicode, Normalizer.Form.NFC),
                    "legacy-" + legacy.get().name().toLowerCase(Locale.ROOT), 0);
        }
        if (utf8.isEmpty()) {
            throw new UnreadableSourceException("not valid UTF-8 text, nor Vietnamese in a legacy encoding (TCVN3, VNI)");
        }
        return new SourceText(Normalizer.normalize(text, Normalizer.Form.NFC), "text", 0);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
