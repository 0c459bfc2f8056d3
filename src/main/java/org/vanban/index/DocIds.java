package org.vanban.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Document ids and content hashes. */
public final class DocIds {
    /** 12 hex digits (48 bits): short enough to type after {@code show}, collision-free for millions. */
    private static final int ID_HEX_DIGITS = 12;

    private DocIds() {}

    /** The id of the document read from {@code source}: the same path always gives the same id. */
    public static String forSource(String source) {
        return sha256(source.getBytes(StandardCharsets.UTF_8)).substring(0, ID_HEX_DIGITS);
    }

    /** SHA-256 of {@code bytes} in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
