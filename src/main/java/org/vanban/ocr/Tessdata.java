package org.vanban.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the folder holding {@code vie.traineddata}: {@code $VANBAN_TESSDATA} when set, then
 * {@code tessdata/} under the {@code vanban.home} system property (set by bin/vanban), then
 * {@code ./tessdata}. The project ships its own model so results do not depend on the system's.
 */
public final class Tessdata {
    public static final String LANGUAGE = "vie";

    private Tessdata() {}

    /** The folder, or an explanation of where it was looked for. */
    public static Path locate() throws OcrEngineException {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("VANBAN_TESSDATA")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getProperty("vanban.home")).filter(s -> !s.isBlank())
                .map(home -> Path.of(home, "tessdata")).ifPresent(candidates::add);
        candidates.add(Path.of("tessdata"));
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(LANGUAGE + ".traineddata"))) {
                return dir.toAbsolutePath().normalize();
            }
        }
        throw new OcrEngineException("no " + LANGUAGE + ".traineddata found in " + candidates
                + " (set VANBAN_TESSDATA to the folder holding it)");
    }
}
