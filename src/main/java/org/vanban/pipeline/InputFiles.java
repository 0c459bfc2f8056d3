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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files an index run reads: each named file, and every input file under each named directory
 * (symbolic links followed, loops reported, hidden entries and the index directory itself skipped).
 * Sorted and without duplicates, absolute and normalised, so the same inputs always give the same
 * document ids; each with its shard key (see {@link Shard}).
 *
 * <p>Archives often keep a scanned document as one image per page: {@code NAME-p1.png},
 * {@code NAME-p2.png}… Such a run of page images in one folder, starting at page 1 and numbered
 * without a gap, is one input: one document whose pages are the images in page order.
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * A document to read and the key that decides its shard.
     *
     * @param path  the file, or the first page image of a document kept as one image per page;
     *              it names the document (its id and source)
     * @param parts every file of the document in page order: {@code [path]}, or the page images
     */
    public record Input(Path path, String shardKey, List<Path> parts) {
        public Input {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(shardKey, "shardKey");
            parts = List.copyOf(parts);
            if (parts.isEmpty() || !parts.get(0).equals(path)) {
                throw new IllegalArgumentException("the first part must be the input's own path: " + path);
            }
        }

        public Input(Path path, String shardKey) {
            this(path, shardKey, List.of(path));
        }
    }

    /** NAME-pN.ext of a page image: the document's name, the page number and the extension. */
    private static final Pattern PAGE_IMAGE = Pattern.compile("(.+)-[pP](\\d{1,4})\\.(png|jpe?g|tiff?)", Pattern.CASE_INSENSITIVE);

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
        return new Found(groupPageImages(files), failures);
    }

    /**
     * Inputs in path order, page images of one document joined: NAME-p1, NAME-p2… with the same
     * name and extension in the same folder, from page 1 without a gap. A lone NAME-p2 (its first
     * page missing) or a page after a gap stays a document of its own.
     */
    static List<Input> groupPageImages(TreeMap<Path, String> files) {
        Map<Path, List<Path>> pagesOf = new HashMap<>();
        Set<Path> joined = new HashSet<>();
        for (Path p : files.keySet()) {
            Matcher m = PAGE_IMAGE.matcher(p.getFileName().toString());
            if (!m.matches() || Integer.parseInt(m.group(2)) != 1) {
                continue;
            }
            List<Path> pages = new ArrayList<>(List.of(p));
            for (int n = 2; ; n++) {
                Path next = pageFile(p, m, n, files);
                if (next == null) {
                    break;
                }
                pages.add(next);
            }
            if (pages.size() > 1) {
                pagesOf.put(p, pages);
                joined.addAll(pages.subList(1, pages.size()));
            }
        }
        List<Input> found = new ArrayList<>();
        files.forEach((path, key) -> {
            if (!joined.contains(path)) {
                found.add(new Input(path, key, pagesOf.getOrDefault(path, List.of(path))));
            }
        });
        return found;
    }

    /** Page {@code n} of the document whose page 1 is {@code first}, when the walk found it. */
    private static Path pageFile(Path first, Matcher m, int n, TreeMap<Path, String> files) {
        // Numbered as page 1 was (p2 after p1, p02 after p01), with the same extension.
        String digits = m.group(2).length() > 1 ? String.format(Locale.ROOT, "%0" + m.group(2).length() + "d", n) : Integer.toString(n);
        String name = first.getFileName().toString();
        String candidate = name.substring(0, m.start(2)) + digits + name.substring(m.end(2));
        Path p = first.resolveSibling(candidate);
        return files.containsKey(p) ? p : null;
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
