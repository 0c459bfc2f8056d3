package org.vanban.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * Text made from sources (by OCR), kept beside the index by content hash:
 * {@code artefacts/ab/abcd….txt} and {@code abcd….json} ({@code method}, {@code pages}).
 * Written atomically (temporary file, then rename) so a crash never leaves half an artefact; it is
 * a cache keyed by content, so it can never disagree with the index, only miss.
 */
public final class ArtefactStore {
    private final Path root;
    private final ObjectMapper json = new ObjectMapper();

    public ArtefactStore(Path root) {
        this.root = root;
    }

    public Optional<SourceText> get(String hash) {
        Path txt = textPath(hash);
        Path meta = metaPath(hash);
        if (!Files.isRegularFile(txt) || !Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            JsonNode m = json.readTree(meta.toFile());
            return Optional.of(new SourceText(Files.readString(txt, StandardCharsets.UTF_8),
                    m.path("method").asText("ocr"), 0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable artefact is remade
        }
    }

    public void put(String hash, SourceText text) throws IOException {
        Path dir = textPath(hash).getParent();
        Files.createDirectories(dir);
        // Text first: an artefact counts as present only once its metadata exists.
        write(textPath(hash), text.text().getBytes(StandardCharsets.UTF_8));
        write(metaPath(hash), json.writeValueAsBytes(Map.of("method", text.method(), "pages", text.pages())));
    }

    public Path textPath(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".txt");
    }

    private Path metaPath(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
