package org.vanban.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vanban.ocr.DoubtfulWord;
import org.vanban.ocr.output.JsonOutput;

/**
 * Text made from scans by OCR, kept beside the index by the scan's content hash:
 * {@code artefacts/ab/abcd….txt} (the corrected text indexed) and {@code abcd….json} (the OCR
 * output: every page's raw and corrected text, confidence, mode and dpi, as {@code vanban ocr}
 * writes it). Each file is written to a temporary file, flushed to disk and renamed, text first:
 * the JSON marks an artefact complete. Artefacts are written before the Lucene commit that
 * references them, and keyed by content, so they can never disagree with the index, only be
 * missing (then the scan is OCR'd again).
 */
public final class ArtefactStore {
    private final Path root;
    private final ObjectMapper json = new ObjectMapper();

    public ArtefactStore(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    public Path root() {
        return root;
    }

    /**
     * Whether nothing has been stored yet, as in a new index: then no scan's text can be found
     * here, and a run need not hash a scan before reading it. A store that cannot be listed is
     * taken as not empty, so that it is still looked up.
     */
    public boolean isEmpty() {
        try (java.util.stream.Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The cached text of the source with this hash, or empty when there is none (or it is unreadable). */
    public Optional<SourceText> get(String hash) {
        Path txt = textPath(hash);
        Path meta = jsonPath(hash);
        if (!Files.isRegularFile(txt) || !Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            JsonNode m = json.readTree(meta.toFile());
            JsonNode pages = m.path("pages");
            if (!pages.isArray() || pages.isEmpty() || !hash.equals(m.path("sha256").asText())) {
                return Optional.empty();
            }
            boolean ocr = false;
            List<List<DoubtfulWord>> doubtful = new ArrayList<>();
            for (JsonNode p : pages) {
                ocr |= "ocr".equals(p.path("mode").asText());
                doubtful.add(doubtful(p.path("doubtful")));
            }
            return Optional.of(new SourceText(Files.readString(txt, StandardCharsets.UTF_8), ocr ? "ocr" : "text-layer", 0,
                    null, doubtful));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable artefact is remade
        }
    }

    /**
     * A page's doubted words as stored; none when the list is absent (an artefact from before it was kept)
     * or malformed, which only costs the correction its doubts.
     */
    private static List<DoubtfulWord> doubtful(JsonNode words) {
        List<DoubtfulWord> out = new ArrayList<>();
        for (JsonNode w : words) {
            JsonNode line = w.path("line");
            JsonNode word = w.path("word");
            double confidence = w.path("confidence").asDouble(-1);
            if (!line.canConvertToInt() || line.asInt() < 0 || !word.isTextual() || !(confidence >= 0 && confidence <= 100)) {
                return List.of();
            }
            out.add(new DoubtfulWord(line.asInt(), word.asText(), (float) confidence));
        }
        return out;
    }

    /** Stores the text of an OCR'd source; text without OCR output is not cached (it is cheap to remake). */
    public void put(String hash, SourceText text) throws IOException {
        if (text.ocr() == null) {
            return;
        }
        Path txt = textPath(hash);
        Files.createDirectories(txt.getParent());
        Path tmp = Files.createTempFile(txt.getParent(), ".tmp-", ".txt");
        try {
            Files.writeString(tmp, text.text(), StandardCharsets.UTF_8);
            durableMove(tmp, txt);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Path jsonTmp = txt.resolveSibling(".tmp-" + hash + ".json");
        try {
            JsonOutput.write(text.ocr(), jsonTmp);
            durableMove(jsonTmp, jsonPath(hash));
        } finally {
            Files.deleteIfExists(jsonTmp);
        }
    }

    public Path textPath(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".txt");
    }

    public Path jsonPath(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

    /** Flushes {@code tmp} to disk and renames it over {@code target}: after a crash, target is whole or absent. */
    private static void durableMove(Path tmp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
