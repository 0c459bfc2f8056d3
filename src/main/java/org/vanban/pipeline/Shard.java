package org.vanban.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of the inputs one run takes: shard {@code index} of {@code count} (1-based, as typed:
 * {@code --shard 2/3}). A file belongs to the shard given by the SHA-256 of its <em>shard key</em>,
 * its path relative to the directory named on the command line ({@code 2024/qd-12.pdf} for
 * {@code /mnt/archive/2024/qd-12.pdf} found under {@code /mnt/archive}; the file name for a file
 * named directly), with {@code /} separators. So N machines that mount the archive at different
 * places still split it the same way, and every file lands in exactly one shard.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("shard must be I/N (for example 2/3), got '" + spec + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the file with this shard key belongs to this shard. */
    public boolean takes(String shardKey) {
        return count == 1 || shardOf(shardKey, count) == index;
    }

    /** The 1-based shard of {@code shardKey} among {@code count}. */
    public static int shardOf(String shardKey, int count) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(shardKey.getBytes(StandardCharsets.UTF_8));
            long v = ByteBuffer.wrap(d).getLong() & Long.MAX_VALUE;
            return (int) (v % count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
