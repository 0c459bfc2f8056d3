package org.vanban.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds an index's write lock: process id, host and start time, in {@code DIR/lock.json}.
 * Lucene's {@code write.lock} (an OS file lock, released by the kernel when the process dies, even
 * by {@code kill -9}) is the real lock; this file only lets a refused second run say by whom. It is
 * written after the lock is taken and removed when it is released; one left behind by a killed
 * run is simply overwritten by the next run that gets the lock.
 */
public record LockInfo(long pid, String host, Instant started) {
    public static final String FILE = "lock.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public LockInfo {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(started, "started");
    }

    /** This process, now. */
    public static LockInfo current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown host");
        }
        return new LockInfo(ProcessHandle.current().pid(), host, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    void write(IndexLayout layout) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid);
        m.put("host", host);
        m.put("started", started.toString());
        Path target = layout.root().resolve(FILE);
        Path tmp = layout.root().resolve("." + FILE + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(m));
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void remove(IndexLayout layout) throws IOException {
        Files.deleteIfExists(layout.root().resolve(FILE));
    }

    /** The holder recorded for this index, if the file is there and readable. */
    public static Optional<LockInfo> read(IndexLayout layout) {
        try {
            JsonNode n = JSON.readTree(layout.root().resolve(FILE).toFile());
            return Optional.of(new LockInfo(n.path("pid").asLong(), n.path("host").asText(), Instant.parse(n.path("started").asText())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "process 1234 on host archive-01, started 2025-01-05T02:00:00Z". */
    public String describe() {
        return "process " + pid + " on host " + host + ", started " + started;
    }
}
