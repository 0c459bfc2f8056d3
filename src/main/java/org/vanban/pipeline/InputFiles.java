package org.vanban.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The files an index run reads: each named file, and every input file under each named directory
 * (symbolic links followed, loops reported, hidden entries and the index directory itself skipped).
 * Sorted and without duplicates, absolute and normalised, so the same inputs always give the same
 * document ids; each with its shard key (see {@link Shard}).
 */
public final class InputFiles {
    private InputFiles() {}

    /** A file to read and the key that decides its shard. */
    public record Input(Path path, String shardKey) {
        public Input {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(shardKey, "shardKey");
        }
    }

    /** What a walk found. */
    public record Found(List<Input> files, List<FileFailure> failures) {
        public Found {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    public static Found walk(List<Path> inputs) {
        return walk(inputs, null);
    }

    /**
     * @param exclude a directory never walked into (the index being written, when it lies under an
     *                input: its artefacts are text files too), or null
     */
    public static Found walk(List<Path> inputs, Path exclude) {
        TreeMap<Path, String> files = new TreeMap<>();
        List<FileFailure> failures = new ArrayList<>();
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path p = input.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                walkDirectory(p, skip, files, failures);
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                files.putIfAbsent(p, p.getFileName().toString());
            } else {
                failures.add(new FileFailure(input.toString(), "no such file or directory"));
            }
        }
        List<Input> found = new ArrayList<>();
        files.forEach((path, key) -> found.add(new Input(path, key)));
        return new Found(found, failures);
    }

    private static void walkDirectory(Path root, Path skip, TreeMap<Path, String> files, List<FileFailure> failures) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && hidden(dir);
                    return hidden || dir.normalize().equals(skip) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file) || !SourceTexts.isInput(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        Path f = file.normalize();
                        files.putIfAbsent(f, key(root, f));
                    } else if (attrs.isSymbolicLink()) {
                        // The walk hands over a link itself only when it cannot be followed: say why.
                        try {
                            Files.readAttributes(file, BasicFileAttributes.class);
                        } catch (IOException e) {
                            failures.add(new FileFailure(file.toString(), reason(file, e)));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (e instanceof NoSuchFileException && !SourceTexts.isInput(file)) {
                        return FileVisitResult.CONTINUE; // a dangling link to something we would not read anyway
                    }
                    failures.add(new FileFailure(file.toString(), reason(file, e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new FileFailure(root.toString(), "cannot walk directory: " + e.getMessage()));
        }
    }

    /** The path of {@code file} relative to the directory it was found under, with / separators. */
    static String key(Path root, Path file) {
        String rel = root.relativize(file).toString();
        return file.getFileSystem().getSeparator().equals("/") ? rel : rel.replace(file.getFileSystem().getSeparator(), "/");
    }

    static String reason(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (the folder contains itself)";
        }
        if (e instanceof NoSuchFileException) {
            return Files.isSymbolicLink(file) ? "broken symbolic link" : "disappeared while listing";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String r = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
        if (r.toLowerCase(Locale.ROOT).contains("symbolic links")) {
            return "symbolic link loop (" + r.toLowerCase(Locale.ROOT) + ")";
        }
        return "cannot read: " + r;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
