package org.vanban.ocr;

import java.util.Locale;

/** Turns library exceptions into the one-line reasons users see. */
final class Reasons {
    private Reasons() {}

    static String decoding(String format, Throwable e) {
        return "damaged " + format + ": " + message(e);
    }

    /** The first line of the deepest useful message, without class names or trailing dots. */
    static String message(Throwable e) {
        Throwable t = e;
        String msg = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                msg = t.getMessage();
                if (!(t.getCause() != null && msg.equals(t.getCause().toString()))) {
                    break;
                }
            }
            t = t.getCause();
        }
        if (msg == null) {
            msg = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        String line = msg.lines().findFirst().orElse(msg).strip();
        while (line.endsWith(".") || line.endsWith("!")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.length() > 200) {
            line = line.substring(0, 200) + "…";
        }
        if (line.isEmpty()) {
            return "unreadable";
        }
        // "Error reading" becomes "error reading", but "I/O error" and "JPEG" keep their capitals.
        boolean word = line.length() > 1 && Character.isLowerCase(line.charAt(1));
        return word ? Character.toLowerCase(line.charAt(0)) + line.substring(1) : line;
    }
}
