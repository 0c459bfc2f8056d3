package org.vanban.ocr.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutputNamesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // distinct names are kept, extension dropped
                Arguments.of(List.of("a/x.pdf", "a/y.tif"), List.of("x", "y")),
                // same name in two folders: the first path keeps it
                Arguments.of(List.of("b/x.pdf", "a/x.pdf"), List.of("x-2", "x")),
                // same stem, different extensions
                Arguments.of(List.of("d/x.tif", "d/x.pdf", "d/x.png"), List.of("x-3", "x", "x-2")),
                // a real file already named x-2 keeps its name; the clash skips to x-3
                Arguments.of(List.of("a/x.pdf", "b/x.pdf", "c/x-2.pdf"), List.of("x", "x-3", "x-2")),
                // names differing only by case clash (case-insensitive file systems)
                Arguments.of(List.of("a/Scan.pdf", "b/scan.pdf"), List.of("Scan", "scan-2")),
                // only the last extension goes; dot-files keep their name
                Arguments.of(List.of("a/v1.2.pdf", "a/.pdf"), List.of("v1.2", ".pdf")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void assigns(List<String> inputs, List<String> expected) {
        Map<Path, String> names = OutputNames.assign(inputs.stream().map(Path::of).toList());
        assertEquals(expected, inputs.stream().map(p -> names.get(Path.of(p))).toList());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void doesNotDependOnInputOrder(List<String> inputs, List<String> expected) {
        List<Path> shuffled = new ArrayList<>(inputs.stream().map(Path::of).toList());
        Collections.shuffle(shuffled, new Random(42));
        Map<Path, String> names = OutputNames.assign(shuffled);
        assertEquals(expected, inputs.stream().map(p -> names.get(Path.of(p))).toList());
    }
}
