package org.vanban.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which page images a walk joins into one document (the files' content does not matter to the walk). */
class PageImageGroupsTest {
    @TempDir
    Path tmp;

    @Test
    void aRunOfPageImagesFromPageOneWithoutAGapIsOneInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path other = Files.createDirectories(tmp.resolve("in/other"));
        for (String name : List.of("kh-p1.png", "kh-p2.png", "kh-p3.png", // one document of three pages
                "cv-p2.png", // page 1 missing: a document of its own
                "qd-p1.jpg", "qd-p3.jpg", // gap after page 1: two documents
                "ct-p01.tif", "ct-p02.tif", // zero-padded numbers
                "bc-p1.png", "bc-p2.jpg", // different formats are different documents
                "kh.txt")) {
            Files.writeString(in.resolve(name), "x");
        }
        Files.writeString(other.resolve("kh-p2.png"), "x"); // another folder: not a page of in/kh

        Map<String, List<String>> found = InputFiles.walk(List.of(in)).files().stream().collect(Collectors.toMap(
                i -> in.relativize(i.path()).toString(),
                i -> i.parts().stream().map(p -> in.relativize(p).toString()).toList()));

        assertEquals(Map.of(
                "kh-p1.png", List.of("kh-p1.png", "kh-p2.png", "kh-p3.png"),
                "cv-p2.png", List.of("cv-p2.png"),
                "qd-p1.jpg", List.of("qd-p1.jpg"),
                "qd-p3.jpg", List.of("qd-p3.jpg"),
                "ct-p01.tif", List.of("ct-p01.tif", "ct-p02.tif"),
                "bc-p1.png", List.of("bc-p1.png"),
                "bc-p2.jpg", List.of("bc-p2.jpg"),
                "kh.txt", List.of("kh.txt"),
                "other/kh-p2.png", List.of("other/kh-p2.png")), found);
    }

    @Test
    void theHashOfAPagedDocumentChangesWithAnyPageAndWithThePageOrder() {
        String a = "a".repeat(64), b = "b".repeat(64);
        assertEquals(SourceFile.ofParts(List.of(a, b)), SourceFile.ofParts(List.of(a, b)));
        assertEquals(false, SourceFile.ofParts(List.of(a, b)).equals(SourceFile.ofParts(List.of(b, a))));
        assertEquals(false, SourceFile.ofParts(List.of(a, b)).equals(SourceFile.ofParts(List.of(a))));
    }
}
