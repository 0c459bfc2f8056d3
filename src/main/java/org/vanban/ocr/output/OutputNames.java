package org.vanban.ocr.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Output base names for a batch: {@code a/b/NAME.EXT} becomes {@code NAME}. When several inputs
 * share a name, the one whose path sorts first keeps it and the others get {@code NAME-2},
 * {@code NAME-3}, … in path order, skipping names another input owns outright, so the mapping
 * depends only on the set of inputs, not on the order they were given or finished in.
 * Names are compared case-insensitively, because output folders may be on such file systems.
 */
public final class OutputNames {
    private OutputNames() {}

    public static Map<Path, String> assign(List<Path> inputs) {
        List<Path> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(Path::toString));
        Set<String> natural = new HashSet<>();
        for (Path p : sorted) {
            natural.add(key(base(p)));
        }
        Set<String> used = new HashSet<>();
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path p : sorted) {
            String base = base(p);
            String name = base;
            if (!used.add(key(name))) {
                int n = 2;
                while (natural.contains(key(base + "-" + n)) || !used.add(key(base + "-" + n))) {
                    n++;
                }
                name = base + "-" + n;
            }
            names.put(p, name);
        }
        return names;
    }

    /** The file name without its last extension; hidden-file style names keep their dot. */
    public static String base(Path p) {
        String name = p.getFileName() == null ? "output" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
