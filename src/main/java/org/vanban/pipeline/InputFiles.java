package org.vanban.pipeline;

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
import java.util.List;
import java.util.TreeSet;

/**
 * The files an index run reads: each named file, and every input file under each named directory
 * (symbolic links followed, loops reported). Sorted and without duplicates, absolute and normalised,
 * so the same inputs always give the same document ids.
 */
public final class InputFiles {
    private InputFiles() {}

    /** What a walk found. */
    public record Found(List<Path> files, List<FileFailure> failures) {
        public Found {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    public static Found walk(List<Path> inputs) {
        TreeSet<Path> files = new TreeSet<>();
        List<FileFailure> failures = new ArrayList<>();
        for (Path input : inputs) {
            Path p = input.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                walkDirectory(p, files, failures);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                failures.add(new FileFailure(input.toString(), "no such file or directory"));
            }
        }
        return new Found(new ArrayList<>(files), failures);
    }

    private static void walkDirectory(Path dir, TreeSet<Path> files, List<FileFailure> failures) {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && SourceTexts.isInput(file)) {
                        files.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String reason = e instanceof FileSystemLoopException
                            ? "symbolic link loop"
                            : "cannot read: " + e.getClass().getSimpleName().replace("Exception", "");
                    failures.add(new FileFailure(file.toString(), reason));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new FileFailure(dir.toString(), "cannot walk directory: " + e.getMessage()));
        }
    }
}
