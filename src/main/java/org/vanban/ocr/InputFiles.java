package org.vanban.ocr;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands command-line inputs into files: a file is taken as given (its content decides how it is
 * read); a folder is walked recursively, following symbolic links, taking files whose extension is
 * an image or PDF one and skipping hidden entries. Folders that cannot be read and symbolic-link
 * loops become errors for the report, not aborts.
 */
public final class InputFiles {
    /** Extensions picked up inside folders; unsupported image formats are picked up to be reported. */
    private static final Set<String> EXTENSIONS = Set.of(
            "pdf", "tif", "tiff", "png", "jpg", "jpeg", "jpe", "jfif", "gif", "bmp", "jp2", "j2k", "webp");

    /** The files found, in a stable order, and the paths that could not be walked with reasons. */
    public record Found(List<Path> files, Map<Path, String> errors) {
        public Found {
            files = List.copyOf(files);
            errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }
    }

    private InputFiles() {}

    public static Found collect(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        Map<Path, String> errors = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, files, errors);
            } else {
                files.add(input); // missing or odd paths fail later with their own reason
            }
        }
        List<Path> sorted = new ArrayList<>(files);
        return new Found(sorted, errors);
    }

    private static void walk(Path root, Set<Path> files, Map<Path, String> errors) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && EXTENSIONS.contains(extension(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        errors.put(file, "symbolic link loop (folder contains itself)");
                    } else if (!hidden(file) && (EXTENSIONS.contains(extension(file)) || !(e instanceof java.nio.file.NoSuchFileException))) {
                        found.add(file); // let the file's own check give the precise reason
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.put(root, "cannot read folder: " + e.getMessage());
        }
        found.sort(null);
        files.addAll(found);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
